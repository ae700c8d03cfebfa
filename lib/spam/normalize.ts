/**
 * Normalisation applied before matching spam vocabulary. Attackers pad keywords with zero-width
 * characters, write them in full-width letters or look-alike characters, and put separators inside
 * words (`六-合-彩`, `澳 门`); pages come in both Chinese scripts. Three views of a text:
 *
 * - `plainText`: lower-cased, lexicon characters folded to Simplified; nothing else changed. A
 *   term found here was written openly.
 * - `foldText`: plus NFKC (full-width → ASCII, compatibility ideographs), zero-width characters
 *   removed and look-alike characters mapped to what they imitate.
 * - `squeezeText`: plus the separators that are put inside words removed. Sentence punctuation
 *   (`，。、；！？` and ASCII `, ; ! ?`) stays, so separate words do not run together.
 */
import { FOLD_FROM, FOLD_TO } from './fold-chars';

const INVISIBLE = '\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0';
// eslint-disable-next-line no-misleading-character-class -- the class lists combining/invisible characters one by one on purpose
const ZERO_WIDTH = new RegExp(`[${INVISIBLE}]`, 'g');
/** Zero-width and invisible formatting characters between two visible characters. */
// eslint-disable-next-line no-misleading-character-class -- as above
const HAS_ZERO_WIDTH = new RegExp(`[^\\s${INVISIBLE}][${INVISIBLE}]+[^\\s${INVISIBLE}]`);
/** Characters put between the characters of a word to break keyword filters. */
export const INNER_SEPARATORS = /[\s\-_|·•‧∙⋅・.*~^=+/\\'"`#@&％%<>()（）【】[\]{}「」『』〈〉《》♥♡★☆◆◇○●■□▲△▼▽→←↑↓※〓]+/g;

/** Look-alikes that NFKC leaves alone: Cyrillic/Greek letters and CJK radical forms. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ք: 'q',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', κ: 'k', ι: 'i', υ: 'u', χ: 'x', ε: 'e',
  '⻔': '门', '⻢': '马', '⻓': '长', '⻋': '车', '⻅': '见', '⻉': '贝', '⻚': '页', '⻛': '风', '⻜': '飞', '⻥': '鱼', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟', '⻆': '角', '⻄': '西',
};

const FOLD = new Map<string, string>();
{
  const from = [...FOLD_FROM];
  const to = [...FOLD_TO];
  from.forEach((ch, i) => FOLD.set(ch, to[i]!));
  for (const [k, v] of Object.entries(CONFUSABLES)) FOLD.set(k, v);
}

const T2S_ONLY = new Map<string, string>();
{
  const from = [...FOLD_FROM];
  const to = [...FOLD_TO];
  from.forEach((ch, i) => T2S_ONLY.set(ch, to[i]!));
}
/** The Traditional lexicon characters, found in one native pass (all are single BMP characters). */
const T2S_ALL = new RegExp(`[${[...T2S_ONLY.keys()].join('')}]`, 'g');

/** Lower-cased, lexicon characters folded to Simplified script; otherwise unchanged. */
export function plainText(text: string): string {
  return text.toLowerCase().replace(T2S_ALL, (ch) => T2S_ONLY.get(ch)!);
}

/** Characters NFKC may change: Latin-1 and compatibility blocks, full-width forms, compatibility ideographs, Kangxi radicals. */
const NFKC_CANDIDATES = /[\u00a0-\u00ff\u2000-\u2bff\u2e80-\u2fdf\u3000-\u303f\u3200-\u33ff\uf900-\ufaff\ufb00-\ufb4f\ufe10-\ufe6f\uff00-\uffef]|[\ud800-\udfff]/;
/** The characters `foldText` maps, found in one native pass (every key is one BMP character). */
const FOLD_ALL = new RegExp(`[${[...FOLD.keys()].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'g');

/** NFKC (full-width → ASCII), lower-case, zero-width characters removed, look-alikes and Traditional lexicon characters folded. */
export function foldText(text: string): string {
  // Most text needs only lower-casing: skip the costly steps when nothing in it would change.
  let out = NFKC_CANDIDATES.test(text) ? text.normalize('NFKC') : text;
  out = out.replace(ZERO_WIDTH, '').toLowerCase();
  return out.replace(FOLD_ALL, (ch) => FOLD.get(ch)!);
}

/** `foldText` plus the separators that attackers put inside words removed. */
export function squeezeText(text: string): string {
  return foldText(text).replace(INNER_SEPARATORS, '');
}

/** Whether `text` hides zero-width characters between visible ones. */
export function hasZeroWidth(text: string): boolean {
  return HAS_ZERO_WIDTH.test(text);
}
