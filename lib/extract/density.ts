/**
 * Text-density second opinion (GeneralNewsExtractor / CETD, field notes §1): for each element,
 * text density TD = (chars − link chars) / (tags − link tags), symbol density
 * SbD = (chars − link chars + 1) / (punctuation + 1), score = TD · log10(paragraphs + 2) · ln(SbD).
 * The best-scoring element is where the article text is densest; it is consulted when
 * Readability's choice looks wrong.
 */
import type { NodeStats, PageStats } from './scan';

/** Density score of one element (0 when it has no text of its own outside links). */
export function densityScore(s: NodeStats): number {
  const text = s.chars - s.linkChars;
  if (text <= 0) return 0;
  const td = text / Math.max(1, s.tags - s.links);
  const sbd = (text + 1) / (s.punct + 1);
  return td * Math.log10(s.paras + 2) * Math.log(Math.max(sbd, Math.E));
}

export interface DensityPick {
  element: Element;
  score: number;
  stats: NodeStats;
}

/** Tags that never hold an article on their own. */
const NOT_CONTAINERS = new Set(['A', 'P', 'SPAN', 'FONT', 'B', 'STRONG', 'EM', 'I', 'U', 'IMG', 'BR', 'LI', 'DT', 'DD', 'TR', 'TBODY', 'THEAD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HTML', 'BODY']);

/** Whether `el` or one of its ancestors is in `excluded`. */
function insideExcluded(el: Element, excluded: ReadonlySet<Node>): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (excluded.has(cur)) return true;
  return false;
}

/**
 * The element with the highest density score among those holding at least `minChars` characters
 * outside links and lying outside `excluded` (boilerplate), or null.
 */
export function densestElement(stats: PageStats, minChars = 40, excluded: ReadonlySet<Node> = new Set()): DensityPick | null {
  const picks: DensityPick[] = [];
  // forEach, not for..of: no [key, value] entry per element of a large page.
  stats.forEach((s, element) => {
    if (s.chars - s.linkChars >= minChars && !NOT_CONTAINERS.has(element.tagName)) picks.push({ element, score: densityScore(s), stats: s });
  });
  picks.sort((a, b) => b.score - a.score);
  return picks.find((p) => !insideExcluded(p.element, excluded)) ?? null;
}
