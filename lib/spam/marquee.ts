/**
 * T6: a `<marquee>` shrunk to a few pixels (`<marquee height=1 width=4 scrollamount=3000>`): the
 * links scroll through a box too small to read. Ordinary news tickers are full-size.
 */
import { spamRoots } from './hidden';
import type { HidingTest } from './hiding';
import type { PageScan } from './scan';
import { lengthPx } from './style';
import type { SpamHit } from '../stage';

const TINY = 10;

export const tinyMarquee: HidingTest = (el, view) => {
  if (el.localName !== 'marquee') return null;
  const size = (name: 'width' | 'height') => Math.min(lengthPx(el.getAttribute(name) ?? ''), lengthPx(view.get(el, name)));
  const w = size('width');
  const h = size('height');
  if (w <= TINY || h <= TINY) return { technique: 'T6', label: `marquee ${Number.isFinite(w) ? w : 'auto'}×${Number.isFinite(h) ? h : 'auto'} px`, prop: null };
  return null;
};

/** Injected spam scrolling in a tiny marquee. */
export function findTinyMarquee(scan: PageScan): SpamHit[] {
  return spamRoots(scan).filter((r) => r.technique === 'T6').map((r) => r.hit);
}
