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
    const unique = new Map<string, Rgba>([['255,255,255', { r: 255, g: 255, b: 255, a: 1 }]]);
    for (const value of new Set([...scan.style.sheetBackgrounds(), ...scan.backgrounds])) {
      const c = parseColor(value);
      if (c && c.a >= 0.5) unique.set(`${Math.round(c.r)},${Math.round(c.g)},${Math.round(c.b)}`, c);
    }
    list = [...unique.values()];
    PALETTES.set(scan, list);
  }
  return list;
}

const NEAR = new WeakMap<PageScan, Map<string, boolean>>();

/** Whether a declared colour is close to one of the page's backgrounds (memoised per value). */
function nearPalette(scan: PageScan, value: string | null | undefined): boolean {
  if (!value) return false;
  let memo = NEAR.get(scan);
  if (!memo) NEAR.set(scan, (memo = new Map()));
  let hit = memo.get(value);
  if (hit === undefined) {
    const c = parseColor(value);
    hit = !!c && palette(scan).some((bg) => camouflaged(c, bg));
    memo.set(value, hit);
  }
  return hit;
}

const SUSPECT_KEYS = new WeakMap<PageScan, Set<string>>();

/**
 * Without a layout engine, resolving colours up the tree is the costly part: first ask whether
 * anything on the way up declares a colour close to one of the page's backgrounds (inline,
 * `<font color>`, or a sheet rule indexed under one of the element's keys).
 */
function mayBeCamouflaged(scan: PageScan, el: Element): boolean {
  const near = (value: string | null | undefined) => nearPalette(scan, value);
  let keys = SUSPECT_KEYS.get(scan);
  if (!keys) SUSPECT_KEYS.set(scan, (keys = scan.style.colorRuleKeys(near)));
  for (let cur: Element | null = el; cur && cur !== scan.body; cur = cur.parentElement) {
    const inline = cur.getAttribute('style');
    if (inline && /color/i.test(inline) && near(/(?:^|;)\s*color\s*:\s*([^;!]+)/i.exec(inline)?.[1])) return true;
    if (cur.localName === 'font' && near(cur.getAttribute('color'))) return true;
    if (keys.size && scan.style.keysFor(cur).some((k) => keys!.has(k))) return true;
  }
  return keys.has('body') || keys.has('*') || keys.has('html');
}

/** Effective backgrounds, per scan (see `backgroundOf`). */
const BACKGROUNDS = new WeakMap<PageScan, Map<Element, Rgba | null>>();

/** If the text drawn by `el` itself is camouflaged, the element where its colour is set and how. */
function camouflagedText(scan: PageScan, el: Element): { root: Element; hiding: Hiding } | null {
  const view = scan.style;
  if (!view.computed && !mayBeCamouflaged(scan, el)) return null;
  const color = view.get(el, 'color');
  const fg = parseColor(color);
  if (!fg || (!view.computed && !nearPalette(scan, color))) return null;
  let memo = BACKGROUNDS.get(scan);
  if (!memo) BACKGROUNDS.set(scan, (memo = new Map()));
  const bg = backgroundOf(view, el, memo);
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
