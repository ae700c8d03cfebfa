/**
 * T9: a visible spam line appended to the article or put in the attachment area (the line at the
 * end of this project's source page: `性AV无码VR专区,暴雨结婚前人妻侵犯在线,…`), or prepended above
 * it. Judged by `visible.ts` on combined evidence: dense spam vocabulary in the shape of a keyword
 * list, foreign to the article, outside its prose.
 */
import type { SpamHit } from '../stage';
import type { PageScan } from './scan';
import { visibleSpam } from './visible';

/** Visible keyword lines. */
export function findAppendedLines(scan: PageScan): SpamHit[] {
  return visibleSpam(scan).filter((f) => f.hit.technique === 'T9').map((f) => f.hit);
}
