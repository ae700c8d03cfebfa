/**
 * T11: link lists to gambling brands and raw `IP:port` hosts, visible on the page (a 友情链接
 * widget listing 必威体育, a block of links to 103.x.x.x:8888), and single spam links inside a
 * legitimate list. Hidden link blocks are reported under their hiding technique.
 */
import type { SpamHit } from '../stage';
import type { PageScan } from './scan';
import { visibleSpam } from './visible';

/** Visible spam links and link lists. */
export function findLinkFarms(scan: PageScan): SpamHit[] {
  return visibleSpam(scan).filter((f) => f.hit.technique === 'T11').map((f) => f.hit);
}
