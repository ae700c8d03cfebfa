/**
 * Which script a text is written in, from the text itself (the `lang` attribute is often missing
 * or wrong on Chinese pages): the share of characters that exist in only one script.
 *
 * Characters that both scripts write in some words (后 in 皇后, 干 in 干涉, 台 in 台灣, surnames
 * 范 and 余) are not counted: a Taiwan paragraph about 台北 is not partly Simplified. Kana make a
 * text Japanese, which is never converted.
 */
import type { Script } from '../report';
import { HANS_AMBIGUOUS, HANS_ONLY, HANS_REGIONAL, HANT_ONLY } from './script-chars';

const ambiguousSet = new Set(HANS_AMBIGUOUS);
const regionalSet = new Set(HANS_REGIONAL);

/** The characters that tell the scripts apart. */
export interface ScriptSets {
  /** Written only in Simplified. */
  readonly hans: ReadonlySet<string>;
  /** Written only in Traditional. */
  readonly hant: ReadonlySet<string>;
}

const HANS = 1;
const HANT = 2;
const AMBIGUOUS = 4;
const JAPANESE = 8;

/**
 * Japanese forms (shinjitai) that neither Chinese script writes: they count as kana, so a Japanese
 * headline written in kanji alone (地球温暖化、大気汚染) is still Japanese.
 */
const JAPANESE_ONLY = '気沢発駅図労済対広変転読売実楽薬関観験険検様歳戦営団圧囲拡拠挙権桜渋壊県継続絵総縦聴臓覧賛辺鉄隠雑霊駆髪剤単弾稲穏斎従粋酔砕黙齢恵価汚';
const tables = new WeakMap<ScriptSets, Uint8Array>();

/** One byte per BMP code unit: which of the sets it is in (counting is then one array read per character). */
function tableOf(sets: ScriptSets): Uint8Array {
  let table = tables.get(sets);
  if (!table) {
    table = new Uint8Array(65536);
    for (const ch of JAPANESE_ONLY) table[ch.charCodeAt(0)] = JAPANESE;
    for (const ch of ambiguousSet) table[ch.charCodeAt(0)] = AMBIGUOUS;
    for (const ch of sets.hant) if (ch.length === 1) table[ch.charCodeAt(0)] = HANT;
    for (const ch of sets.hans) if (ch.length === 1) table[ch.charCodeAt(0)] = HANS;
    tables.set(sets, table);
  }
  return table;
}

/**
 * The most frequent telling characters (script-chars.ts, small enough for the content script).
 * The converter, which has the dictionaries, uses all of them (`scriptSetsFrom`).
 */
export const FREQUENT_SETS: ScriptSets = { hans: new Set(HANS_ONLY), hant: new Set(HANT_ONLY) };

function parseCharTable(dict: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of dict.split('|')) {
    const [from, ...to] = entry.split(' ');
    if (from && to.length && from.length === 1) map.set(from, to);
  }
  return map;
}

/**
 * The telling characters for the converter, which has OpenCC's Traditional → Simplified character
 * table: every Traditional-only character (幹部 alone is Traditional), but still only the frequent
 * Simplified-only ones, because rare ones are written in Taiwan too (發霉, 防螨) and a Simplified
 * character in a Traditional block triggers the repair.
 */
export function scriptSetsFrom(tsCharacters: string): ScriptSets {
  const ts = parseCharTable(tsCharacters);
  const hans = FREQUENT_SETS.hans;
  const hant = new Set<string>(FREQUENT_SETS.hant);
  for (const [t, ss] of ts) if (!ss.includes(t) && !hans.has(t) && !ambiguousSet.has(t) && !regionalSet.has(t)) hant.add(t);
  return { hans, hant };
}

export interface ScriptCounts {
  /** Han characters (CJK unified ideographs, extension A, compatibility ideographs). */
  han: number;
  /** Characters written only in Simplified. */
  hans: number;
  /** Characters written only in Traditional. */
  hant: number;
  /** Simplified forms that Traditional also uses in some words (not counted in `hans`; see repair.ts). */
  ambiguous: number;
  /** Hiragana, katakana, and kanji forms only Japanese writes (気, 発, 図). */
  kana: number;
}

/** Counts Han characters and the script-specific ones among them (one pass, no allocation). */
export function countScript(text: string, sets: ScriptSets = FREQUENT_SETS): ScriptCounts {
  const table = tableOf(sets);
  let han = 0;
  let hans = 0;
  let hant = 0;
  let ambiguous = 0;
  let kana = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3040) continue;
    if (c <= 0x30ff) {
      kana++;
      continue;
    }
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      const kind = table[c];
      if (kind === HANS) hans++;
      else if (kind === HANT) hant++;
      else if (kind === AMBIGUOUS) ambiguous++;
      else if (kind === JAPANESE) kana++;
    }
  }
  return { han, hans, hant, ambiguous, kana };
}

/** True for text with hiragana or katakana in a share that only Japanese has. */
export function isJapanese(c: ScriptCounts): boolean {
  return c.kana > 0 && c.kana >= (c.han + c.kana) * 0.05;
}

/**
 * `hans` or `hant` when one script clearly dominates, `mixed` when both appear in strength (for
 * example a naively converted page), `other` for text that is not Chinese (including Japanese).
 */
export function detectScript(text: string): Script {
  return scriptOf(countScript(text));
}

/** `detectScript` from counts already made. */
export function scriptOf(c: ScriptCounts): Script {
  if (c.han < 4 || isJapanese(c)) return 'other';
  const marked = c.hans + c.hant;
  if (marked === 0) return 'other';
  const minority = Math.min(c.hans, c.hant);
  if (minority >= 3 && minority / marked >= 0.1) return 'mixed';
  return c.hans >= c.hant ? 'hans' : 'hant';
}

/**
 * The script of one block (a paragraph, a heading, a table cell): like `scriptOf`, but a short
 * block with a single telling character still counts, and a block without one is `other` (the
 * page's script decides for it).
 */
export function blockScriptOf(c: ScriptCounts): Script {
  if (c.han === 0 || isJapanese(c)) return 'other';
  if (c.hans === 0 && c.hant === 0) return 'other';
  if (c.hans && c.hant) return 'mixed';
  return c.hans ? 'hans' : 'hant';
}

/** Whether a character is a Simplified form that Traditional text also uses in some words. */
export function isAmbiguousHans(ch: string): boolean {
  return ambiguousSet.has(ch);
}

/** Whether a character is a Simplified form that the Taiwan or Hong Kong standard writes too (吃, 群, 台). */
export function isRegionalHans(ch: string): boolean {
  return regionalSet.has(ch);
}

/** The BCP 47 tag of a conversion target, for the `lang` attribute. */
export function langTag(to: string): string {
  switch (to) {
    case 'cn':
      return 'zh-CN';
    case 'tw':
    case 'twp':
      return 'zh-TW';
    case 'hk':
      return 'zh-HK';
    default:
      return 'zh-Hant';
  }
}
