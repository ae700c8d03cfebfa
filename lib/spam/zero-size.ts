/**
 * T3: text shrunk to nothing: `font-size:0` (where the text really inherits it), a zero height or
 * width that clips its content, or no size at all in either direction.
 */
import { spamRoots } from './hidden';
import type { HidingTest } from './hiding';
import type { PageScan } from './scan';
import { clipsOverflow, lengthPx, type StyleView } from './style';
import type { SpamHit } from '../stage';

/** Whether every text of `el` is drawn at font size 0 (children may set their own size back). */
function allTextAtZeroSize(el: Element, view: StyleView): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < 50; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    seen++;
    const parent = n.parentElement;
    if (parent && lengthPx(view.get(parent, 'font-size')) > 0.5) return false;
  }
  return true;
}

export const zeroSize: HidingTest = (el, view) => {
  const fontSize = view.get(el, 'font-size');
  const parent = el.parentElement;
  if (lengthPx(fontSize) <= 0.5 && !(parent && lengthPx(view.get(parent, 'font-size')) <= 0.5) && allTextAtZeroSize(el, view))
    return { technique: 'T3', label: `font-size:${fontSize}`, prop: 'font-size' };
  const height = lengthPx(view.get(el, 'height'));
  const width = lengthPx(view.get(el, 'width'));
  const maxHeight = lengthPx(view.get(el, 'max-height'));
  const clips = clipsOverflow(view, el);
  if (clips && (height <= 1 || maxHeight <= 1)) return { technique: 'T3', label: `${maxHeight <= 1 ? 'max-height' : 'height'}:0 with overflow hidden`, prop: maxHeight <= 1 ? 'max-height' : 'height' };
  if (clips && width <= 1) return { technique: 'T3', label: 'width:0 with overflow hidden', prop: 'width' };
  if (height <= 1 && width <= 1) return { technique: 'T3', label: 'zero width and height', prop: 'height' };
  return null;
};

/** Injected spam shrunk to zero size. */
export function findZeroSize(scan: PageScan): SpamHit[] {
  return spamRoots(scan).filter((r) => r.technique === 'T3').map((r) => r.hit);
}
