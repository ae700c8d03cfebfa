/**
 * T13: spam vocabulary disguised with Unicode tricks so that keyword filters miss it: zero-width
 * characters inside words, full-width letters (`ｂｅｔ３６５`), look-alike letters (Cyrillic `е`
 * in `bеt365`), CJK radical forms (`⻔`), separators inside words (`六-合-彩`, `澳 门`). The
 * lexicon matches through them (`normalize.ts`); this module says which trick was used.
 */
import type { SpamHit } from '../stage';
import type { LexiconMatch } from './lexicon';
import { hasZeroWidth } from './normalize';
import type { PageScan } from './scan';
import { visibleSpam } from './visible';

/** Which tricks hide the matched terms of `text`, as evidence; null when none did. */
export function trickEvidence(text: string, lex: LexiconMatch): string | null {
  if (!lex.tricked.length) return null;
  const kinds: string[] = [];
  if (hasZeroWidth(text)) kinds.push('zero-width characters');
  if (/[\uff01-\uff5e]/.test(text) && text.normalize('NFKC') !== text) kinds.push('full-width letters');
  if (/[\u0400-\u04ff\u0370-\u03ff\u2e80-\u2eff]/.test(text)) kinds.push('look-alike characters');
  if (!kinds.length || /[\s\-_|·•.*~]/.test(text)) kinds.push('separators inside words');
  return `disguised with ${kinds.join(', ')}: ${lex.tricked.slice(0, 4).join(', ')}`;
}

/** Visible spam disguised with Unicode tricks. */
export function findUnicodeTricks(scan: PageScan): SpamHit[] {
  return visibleSpam(scan).filter((f) => f.hit.technique === 'T13').map((f) => f.hit);
}
