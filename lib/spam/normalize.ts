/**
 * Normalisation applied before matching spam vocabulary: attackers pad keywords with zero-width
 * characters, full-width letters and separators inside words (`六-合-彩`, `澳 门`).
 */

const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;
const SEPARATORS = /[\s\-_|·•.,，、。*~^=+\/\\]+/g;

/** NFKC (full-width → ASCII), lower-case, zero-width characters removed. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(ZERO_WIDTH, '').toLowerCase();
}

/** `foldText` plus every separator removed, for matching keywords split by padding. */
export function squeezeText(text: string): string {
  return foldText(text).replace(SEPARATORS, '');
}
