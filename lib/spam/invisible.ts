/**
 * T4: text laid out but not drawn: `visibility:hidden|collapse` (where set, not inherited),
 * `opacity:0`, or clipped away (`clip:rect(…)` on a positioned box, `clip-path` to nothing).
 */
import { spamRoots } from './hidden';
import type { HidingTest } from './hiding';
import type { PageScan } from './scan';
import type { SpamHit } from '../stage';

/** Whether a `clip`/`clip-path` value leaves (almost) nothing visible. */
function clipsAway(clip: string, clipPath: string): boolean {
  const rect = /rect\(([^)]*)\)/i.exec(clip);
  if (rect) {
    const n = rect[1]!.split(/[\s,]+/).filter(Boolean).map((v) => parseFloat(v) || 0);
    // rect(top right bottom left): area ≤ 1px, or jsdom's collapsed form `rect(0px)`.
    if (n.length === 1) return n[0] === 0;
    if (n.length === 4) return Math.abs(n[2]! - n[0]!) <= 1 || Math.abs(n[1]! - n[3]!) <= 1;
  }
  return /inset\(\s*50%|circle\(\s*0|polygon\(\s*0(?:px)?\s+0(?:px)?\s*\)/i.test(clipPath);
}

export const invisible: HidingTest = (el, view) => {
  const visibility = view.get(el, 'visibility');
  const parent = el.parentElement;
  if ((visibility === 'hidden' || visibility === 'collapse') && !(parent && view.get(parent, 'visibility') === visibility)) {
    // A descendant may make itself visible again.
    const back = Array.from(el.querySelectorAll(view.computed ? '*' : '[style*="visib" i]')).slice(0, 200).some((d) => view.get(d, 'visibility') === 'visible');
    if (!back) return { technique: 'T4', label: `visibility:${visibility}`, prop: 'visibility' };
  }
  const opacity = parseFloat(view.get(el, 'opacity'));
  if (opacity <= 0.05) return { technique: 'T4', label: `opacity:${view.get(el, 'opacity')}`, prop: 'opacity' };
  const position = view.get(el, 'position');
  const clip = position === 'absolute' || position === 'fixed' ? view.get(el, 'clip') : '';
  const clipPath = view.get(el, 'clip-path');
  if (clipsAway(clip, clipPath)) return { technique: 'T4', label: clip && clip !== 'auto' ? `clip:${clip}` : `clip-path:${clipPath}`, prop: clip && clip !== 'auto' ? 'clip' : 'clip-path' };
  return null;
};

/** Injected spam made invisible. */
export function findInvisible(scan: PageScan): SpamHit[] {
  return spamRoots(scan).filter((r) => r.technique === 'T4').map((r) => r.hit);
}
