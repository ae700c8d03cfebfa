/**
 * Which figures are key: money amounts, growth and shares, the figures of the lead first.
 */
import type { Figure } from '../report';

/** Marks up to `limit` figures as key, preferring money, change and share figures, earliest first. */
export function markKey(figures: Figure[], limit = 8): Figure[] {
  const weight = (f: Figure) => (f.unit.includes('元') ? 3 : 0) + (f.role === 'change' || f.role === 'share' ? 2 : 0) + (f.role === 'count' ? 1 : 0);
  const chosen = new Set(
    figures
      .map((f, i) => ({ i, w: weight(f) }))
      .filter((x) => x.w > 0)
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.i),
  );
  return figures.map((f, i) => ({ ...f, key: chosen.has(i) }));
}
