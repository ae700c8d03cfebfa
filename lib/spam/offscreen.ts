/**
 * T2: text moved off-screen: `position:absolute|fixed` with a far negative offset, a far negative
 * `text-indent` or margin, a translation far off, or IE `expression()` offsets (ignored by modern
 * browsers, but the intent is the same and old browsers still hide it).
 */
import { spamRoots } from './hidden';
import type { HidingTest } from './hiding';
import type { PageScan } from './scan';
import { lengthPx, type StyleProp } from './style';
import type { SpamHit } from '../stage';

const FAR = -500;

export const offscreen: HidingTest = (el, view) => {
  const position = view.get(el, 'position');
  if (position === 'absolute' || position === 'fixed') {
    for (const side of ['left', 'top', 'right', 'bottom'] as StyleProp[]) {
      const v = view.get(el, side);
      if (lengthPx(v) <= FAR) return { technique: 'T2', label: `positioned off-screen (${side}:${v})`, prop: side };
    }
  }
  const indent = view.get(el, 'text-indent');
  if (lengthPx(indent) <= FAR) return { technique: 'T2', label: `text-indent:${indent}`, prop: 'text-indent' };
  for (const side of ['margin-left', 'margin-top'] as StyleProp[]) {
    const v = view.get(el, side);
    if (lengthPx(v) <= FAR * 2) return { technique: 'T2', label: `${side}:${v}`, prop: side };
  }
  const transform = view.get(el, 'transform');
  const t = /translate(?:x|y|3d)?\(\s*(-[\d.]+(?:px|em|rem)?)/i.exec(transform) ?? /matrix\((?:[^,]+,){4}\s*(-[\d.]+)/i.exec(transform);
  if (t && lengthPx(t[1]!) <= FAR * 2) return { technique: 'T2', label: `transform:${transform}`, prop: 'transform' };
  const inline = el.getAttribute('style') ?? '';
  if (/(?:left|top|right|bottom)\s*:\s*expression(?:_r)?\s*\([^)]*-\s*\d{3,}/i.test(inline)) return { technique: 'T2', label: 'off-screen IE expression()', prop: null };
  return null;
};

/** Injected spam moved off-screen. */
export function findOffscreen(scan: PageScan): SpamHit[] {
  return spamRoots(scan).filter((r) => r.technique === 'T2').map((r) => r.hit);
}
