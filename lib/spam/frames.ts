/**
 * T15: hidden frames and `meta refresh` redirects to other sites, reported (never loaded, never
 * followed). A frame counts as hidden when it is a few pixels large, or hidden by its own style
 * or an ancestor's; a refresh counts when it leaves the site (news front pages refresh themselves).
 */
import type { SpamHit } from '../stage';
import { weak } from './corroborate';
import { hidingOf } from './hidden';
import { classifyHref } from './links';
import type { PageScan } from './scan';
import { lengthPx } from './style';

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** How a frame is hidden, or null. */
function frameHiding(scan: PageScan, frame: Element): string | null {
  const size = (name: 'width' | 'height') => Math.min(lengthPx(frame.getAttribute(name) ?? ''), lengthPx(scan.style.get(frame, name)));
  const w = size('width');
  const h = size('height');
  if (w <= 5 || h <= 5) return `${Number.isFinite(w) ? w : 'auto'}×${Number.isFinite(h) ? h : 'auto'} px`;
  for (let cur: Element | null = frame, depth = 0; cur && cur !== scan.body && depth < 6; cur = cur.parentElement, depth++) {
    const hidden = hidingOf(scan, cur);
    if (hidden) return `${cur === frame ? '' : 'inside an element '}hidden by ${hidden.hiding.label}`;
  }
  return null;
}

/** Hidden frames of unknown sites and off-site meta refreshes. */
export function findFrames(scan: PageScan): SpamHit[] {
  const hits: SpamHit[] = [];
  for (const frame of scan.frames) {
    const src = frame.getAttribute('src') ?? '';
    const kind = classifyHref(src, scan.host).kind;
    if (kind !== 'untrusted' && kind !== 'ip') continue;
    const how = frameHiding(scan, frame);
    if (!how) continue;
    const hit: SpamHit = { text: src, reason: `hidden frame (${how}) loading ${kind === 'ip' ? 'a raw IP address' : 'an unknown site'}`, technique: 'T15', techniques: ['T15'], action: 'report', element: frame };
    // Ad trackers load 1×1 frames from unknown hosts too: alone, only a raw address or spam words in it count.
    hits.push(kind === 'ip' || scan.lex(decodeURIComponentSafe(src)).score >= 1 ? hit : weak(hit));
  }
  for (const meta of scan.metas.filter((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh')) {
    const content = meta.getAttribute('content') ?? '';
    const m = /url\s*=\s*['"]?([^'";\s]+)/i.exec(content) ?? /url\s*=\s*['"]?([^'";\s]+)/i.exec(meta.outerHTML);
    if (!m) continue;
    const kind = classifyHref(m[1]!, scan.host).kind;
    if (kind === 'untrusted' || kind === 'ip') hits.push({ text: m[1]!, reason: `meta refresh sends every visitor to ${m[1]} after ${parseFloat(content) || 0} s`, technique: 'T15', techniques: ['T15'], action: 'report' });
  }
  return hits;
}
