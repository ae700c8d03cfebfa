/**
 * T14: spam written in the other Chinese script than the page: Simplified keyword lines inside a
 * Traditional page (this project's source page) or Traditional ones in a Simplified page.
 * Injected text keeps the attacker's script; a page converted to Traditional by its CMS does not
 * convert what was injected after it.
 */
import type { SpamHit } from '../stage';
import { clearScript } from './evidence';
import type { PageScan } from './scan';
import { visibleSpam } from './visible';

/** Evidence line when `text` is in the other script than the page, else null. */
export function mismatchEvidence(scan: PageScan, text: string): string | null {
  const page = scan.pageScript;
  if (page !== 'hans' && page !== 'hant') return null;
  const own = clearScript(text);
  if ((own === 'hans' || own === 'hant') && own !== page) return `${own === 'hans' ? 'Simplified' : 'Traditional'} text in a ${page === 'hans' ? 'Simplified' : 'Traditional'} page`;
  return null;
}

/** Visible spam whose script differs from the page's. */
export function findScriptMismatch(scan: PageScan): SpamHit[] {
  return visibleSpam(scan).filter((f) => f.hit.technique === 'T14').map((f) => f.hit);
}
