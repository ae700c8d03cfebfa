/**
 * Which script a text is written in, from the text itself (the `lang` attribute is often missing
 * or wrong on Chinese pages): the share of characters that exist in only one script.
 */
import type { Script } from '../report';
import { HANS_ONLY, HANT_ONLY } from './script-chars';

const hans = new Set(HANS_ONLY);
const hant = new Set(HANT_ONLY);
const KANA = /[\u3040-\u30ff]/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

export interface ScriptCounts {
  han: number;
  hans: number;
  hant: number;
  kana: number;
}

/** Counts Han characters and the script-specific ones among them. */
export function countScript(text: string): ScriptCounts {
  let hansN = 0;
  let hantN = 0;
  for (const ch of text) {
    if (hans.has(ch)) hansN++;
    else if (hant.has(ch)) hantN++;
  }
  return { han: text.match(HAN)?.length ?? 0, hans: hansN, hant: hantN, kana: text.match(KANA)?.length ?? 0 };
}

/**
 * `hans` or `hant` when one script clearly dominates, `mixed` when both appear in strength (for
 * example a naively converted page), `other` for text that is not Chinese (including Japanese).
 */
export function detectScript(text: string): Script {
  const c = countScript(text);
  if (c.han < 4 || c.kana > c.han * 0.05) return 'other';
  const marked = c.hans + c.hant;
  if (marked === 0) return 'other';
  const minority = Math.min(c.hans, c.hant);
  if (minority >= 3 && minority / marked >= 0.1) return 'mixed';
  return c.hans >= c.hant ? 'hans' : 'hant';
}
