/**
 * Repair of naive conversions. Many sites serve a character-by-character conversion of their
 * Simplified pages that leaves behind the characters with several Traditional forms (示范, 位于,
 * 翠云, 后橋, 并在) and picks wrong forms elsewhere (凈化). Converting such a block to Simplified and
 * back to the target repairs it; doing that to genuine Taiwan or Hong Kong text would change it
 * (計畫 → 計劃, 公布 → 公佈), so only blocks that show leftovers are repaired. Three kinds:
 *
 * - strong: a character written only in Simplified (并, 这) in a block that also has
 *   Traditional-only characters;
 * - phrase: a Simplified form that Traditional also writes in some words (后 in 皇后, 干 in 干涉,
 *   范 and 余 as surnames), where a dictionary phrase around it writes another form (示范 →
 *   示範, 位于 → 位於, 干部 → 幹部);
 * - character: such a form that only the character table changes (翠云 → 翠雲), a variant no
 *   standard writes (凈), or a character both scripts write that a phrase converts (依托 →
 *   依託). Genuine Taiwan text has these too (范 and 于 as surnames, 里 in place names, and
 *   OpenCC's own slips), so they count only on a page that is naive by the other two kinds.
 *
 * Measured on 2,327 paragraphs of Taiwan news (../shared/corpus/twnews*): 2 show a phrase
 * leftover (旱坑里, 柿干), none a strong one.
 */
import { isAmbiguousHans, type ScriptCounts } from './detect';

/**
 * Forms Taiwan and Hong Kong write where OpenCC's dictionaries, in context, write another (占領,
 * 凶嫌, names with 杰 and 岳, the Korean surname 朴): never taken as leftovers.
 */
const REGIONAL_USAGE = new Set('占凶杰岳朴吁');

/**
 * Ambiguous forms that Taiwan writes in words the phrase dictionary does not know (各地里長: 里 as
 * the village unit, read by the dictionary as 地里 → 地裏): a phrase changing them counts only as a
 * character leftover.
 */
const PHRASE_UNRELIABLE = new Set('里');

/** Variants that naive converters produce and no standard writes. */
const NAIVE_VARIANTS = new Set('凈');

/**
 * Characters both scripts write that the Simplified dictionaries turn into another form inside
 * certain phrases (依托 → 依託, 制造 → 製造, 联系 → 聯繫, 面条 → 麵條): a naive converter leaves
 * them. Left out: those Taiwan writes in the same phrases (宣布, 了解, 周年, surnames 胡, 沈, 姜).
 */
const NAIVE_SHARED = new Set('面制系松卷谷表只杆舍蒙扎志托注折御扣曲板');

export interface Leftovers {
  strong: number;
  phrase: number;
  char: number;
}

/** Simplified-only characters in a block that also has Traditional-only ones. */
export function strongLeftovers(c: ScriptCounts): number {
  return c.hant > 0 ? c.hans : 0;
}

/** Whether the block has characters that can be weak leftovers (then a round trip tells). */
export function mayHaveWeakLeftovers(block: string, c: ScriptCounts): boolean {
  if (c.ambiguous > 0) return true;
  for (let i = 0; i < block.length; i++) {
    const ch = block[i]!;
    if (NAIVE_VARIANTS.has(ch) || NAIVE_SHARED.has(ch)) return true;
  }
  return false;
}

/**
 * Weak leftovers of `block`, from `roundTrip` (the block through Simplified and back to OpenCC's
 * Traditional, as long as the block) and `phrases` (the code units a phrase converted in it).
 * None when the round trip changed the length.
 */
export function weakLeftovers(block: string, roundTrip: string, phrases: Uint8Array): { phrase: number; char: number } {
  let phrase = 0;
  let char = 0;
  if (roundTrip.length !== block.length) return { phrase, char };
  for (let i = 0; i < block.length; i++) {
    if (roundTrip.charCodeAt(i) === block.charCodeAt(i)) continue;
    const ch = block[i]!;
    if (NAIVE_VARIANTS.has(ch) || (NAIVE_SHARED.has(ch) && phrases[i])) char++;
    else if (isAmbiguousHans(ch) && !REGIONAL_USAGE.has(ch)) {
      if (phrases[i] && !PHRASE_UNRELIABLE.has(ch)) phrase++;
      else char++;
    }
  }
  return { phrase, char };
}

/** Whether a block is repaired, on a page naive or not. */
export function needsRepair(l: Leftovers, naivePage: boolean): boolean {
  return l.strong > 0 || l.phrase > 0 || (naivePage && l.char > 0);
}

/**
 * A page was converted naively when at least two of its Traditional blocks show strong or phrase
 * leftovers, one of them strong; or, without strong ones, when at least three and a fifth of them
 * do (a genuine Taiwan page may have a phrase leftover or two: 柿干 for dried persimmons).
 */
export function isNaivePage(strongBlocks: number, evidenceBlocks: number, traditionalBlocks: number): boolean {
  if (strongBlocks >= 1 && evidenceBlocks >= 2) return true;
  return evidenceBlocks >= 3 && evidenceBlocks >= traditionalBlocks * 0.2;
}
