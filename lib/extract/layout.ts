/**
 * Layout tables: Readability often takes a whole layout-table row (main column and sidebar cells)
 * as the article on old portal pages. The main column is the cell with most of the prose and a
 * much higher text density than every other cell.
 */
import { densityScore } from './density';
import type { NodeStats, PageStats } from './scan';

const prose = (s: NodeStats) => s.chars - s.linkChars;

/**
 * When the article is (inside) a layout-table row whose cells are a main column and sidebars,
 * returns the main cell; else null. The main cell holds at least half the prose and is three
 * times denser than every other cell with text.
 */
export function mainLayoutCell(root: Element, stats: PageStats): Element | null {
  let node = root;
  for (let depth = 0; depth < 12; depth++) {
    const total = stats.get(node);
    if (!total || !total.chars) return null;
    // A sibling walk: indexing jsdom's live `children` collection is quadratic on wide nodes.
    const kids: Element[] = [];
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) if ((stats.get(c)?.chars ?? 0) > 0) kids.push(c);
    const cells = kids.filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (cells.length >= 2 && cells.length === kids.length) {
      const ranked = cells.map((c) => ({ c, s: stats.get(c)! })).sort((a, b) => prose(b.s) - prose(a.s));
      const main = ranked[0]!;
      if (prose(main.s) < prose(total) * 0.5) return null;
      const d = densityScore(main.s);
      return ranked.slice(1).every((r) => densityScore(r.s) * 3 <= d) ? main.c : null;
    }
    const big = kids.find((c) => stats.get(c)!.chars >= total.chars * 0.9);
    if (!big) return null;
    node = big;
  }
  return null;
}
