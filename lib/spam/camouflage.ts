/**
 * T5: text drawn in (almost) the colour of what is behind it. Judged on the text's effective
 * colour against the first background up the tree; unknown when a background image is involved.
 * The element reported is where the colour is set.
 */
import { camouflaged, parseColor, type Rgba } from './color';
import { spamRoots } from './hidden';
import type { Hiding } from './hiding';
import type { PageScan } from './scan';
import { backgroundOf, parseInlineStyle } from './style';
import type { SpamHit } from '../stage';

const PALETTES = new WeakMap<PageScan, Rgba[]>();

/**
 * Background colours the page declares anywhere (sheets, inline styles, `bgcolor`) and white: a
 * text colour close to none of them cannot be camouflage, which spares walking up the tree for
 * the real background of every link (costly without a layout engine).
 */
function palette(scan: PageScan): Rgba[] {
  let list = PALETTES.get(scan);
  if (!list) {
    const values = [...scan.style.sheetBackgrounds(), ...scan.backgrounds];
    list = [{ r: 255, g: 255, b: 255, a: 1 }, ...values.map(parseColor).filter((c): c is Rgba => c !== null)];
    PALETTES.set(scan, list);
  }
  return list;
}

/** If the text of `el` is camouflaged, the element where its colour is set and how; else null. */
export function camouflage(scan: PageScan, el: Element): { root: Element; hiding: Hiding } | null {
  const view = scan.style;
  const color = view.get(el, 'color');
  const fg = parseColor(color);
  if (!fg || (!view.computed && !palette(scan).some((bg) => camouflaged(fg, bg)))) return null;
  const bg = backgroundOf(view, el);
  if (!fg || !bg || !camouflaged(fg, bg)) return null;
  let root = el;
  while (!view.origin(root, 'color') && root.parentElement && root.parentElement.localName !== 'body') root = root.parentElement;
  return { root, hiding: { technique: 'T5', label: `text colour ${color} on background ${rgb(bg)}`, prop: 'color' } };
}

function rgb(c: { r: number; g: number; b: number }): string {
  return `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
}

/** Injected spam camouflaged in the background colour. */
export function findCamouflage(scan: PageScan): SpamHit[] {
  return spamRoots(scan).filter((r) => r.technique === 'T5').map((r) => r.hit);
}
