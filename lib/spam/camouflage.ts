/**
 * T5: text drawn in (almost) the colour of what is behind it. Judged on the text's effective
 * colour against the first background up the tree; unknown when a background image is involved.
 * The element reported is where the colour is set.
 */
import { camouflaged, parseColor, type Rgba } from './color';
import { spamRoots } from './hidden';
import type { Hiding } from './hiding';
import type { PageScan } from './scan';
import { backgroundOf } from './style';
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

/** If the text drawn by `el` itself is camouflaged, the element where its colour is set and how. */
function camouflagedText(scan: PageScan, el: Element): { root: Element; hiding: Hiding } | null {
  const view = scan.style;
  const color = view.get(el, 'color');
  const fg = parseColor(color);
  if (!fg || (!view.computed && !palette(scan).some((bg) => camouflaged(fg, bg)))) return null;
  const bg = backgroundOf(view, el);
  if (!bg || !camouflaged(fg, bg)) return null;
  let root = el;
  while (!view.origin(root, 'color') && root.parentElement && root.parentElement.localName !== 'body') root = root.parentElement;
  return { root, hiding: { technique: 'T5', label: `text colour ${color} on background ${rgb(bg)}`, prop: 'color' } };
}

/**
 * The camouflaged parts of a carrier: its text is checked where it is drawn (the parents of its
 * text nodes), so that a `<font color>` inside a paragraph is found, and only that part reported.
 */
export function camouflage(scan: PageScan, carrier: Element): { root: Element; hiding: Hiding }[] {
  const parents = new Set<Element>();
  const walker = carrier.ownerDocument.createTreeWalker(carrier, 4);
  for (let n = walker.nextNode(); n && parents.size < 20; n = walker.nextNode()) if ((n.nodeValue ?? '').trim() && n.parentElement) parents.add(n.parentElement);
  const out: { root: Element; hiding: Hiding }[] = [];
  for (const p of parents) {
    const c = camouflagedText(scan, p);
    if (c && !out.some((o) => o.root === c.root || o.root.contains(c.root))) out.push(c);
  }
  return out;
}

function rgb(c: { r: number; g: number; b: number }): string {
  return `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
}

/** Injected spam camouflaged in the background colour. */
export function findCamouflage(scan: PageScan): SpamHit[] {
  return spamRoots(scan).filter((r) => r.technique === 'T5').map((r) => r.hit);
}
