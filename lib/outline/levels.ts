/**
 * Heading levels, consistent within a page: headings that look alike (same numbering family, or
 * same tag, size, weight and alignment) share one level. Numbering families nest as GB/T 9704 and
 * legal texts nest them (第一章 → 第一节 → 第一条, 一、 → （一） → 1. → （1））; otherwise the more
 * prominent look is the higher level: a lower h-tag, a clearly larger font, centred over left,
 * bold over plain, and among bare short lines the two-phrase headline form over a single phrase.
 * Level 1 is the top section level inside the article.
 */
import type { Visual } from './candidates';
import { FAMILY_RANK, type NumberingFamily } from './numbering';

export interface LevelInput {
  visual: Visual;
  family: NumberingFamily | null;
}

type Order = 'above' | 'below' | 'equal';

/** Font sizes closer than this (relative to body text) count as the same size. */
const SIZE_STEP = 0.1;

function sizeBucket(ratio: number): number {
  return Math.round(ratio / SIZE_STEP);
}

/** How heading look `a` ranks against look `b`. */
export function compareVisual(a: Visual, b: Visual): Order {
  if (a.tag && b.tag) return a.tag < b.tag ? 'above' : a.tag > b.tag ? 'below' : 'equal';
  if (Math.abs(a.ratio - b.ratio) >= SIZE_STEP) return a.ratio > b.ratio ? 'above' : 'below';
  if (!!a.tag !== !!b.tag) return a.tag ? 'above' : 'below';
  if (a.centred !== b.centred) return a.centred ? 'above' : 'below';
  if (a.bold !== b.bold) return a.bold ? 'above' : 'below';
  if (!!a.headline !== !!b.headline) return a.headline ? 'above' : 'below';
  return 'equal';
}

function keyOf(h: LevelInput): string {
  if (h.family) return `n:${h.family}`;
  const v = h.visual;
  return `v:${v.tag}:${sizeBucket(v.ratio)}:${v.centred}:${v.bold}:${!!v.headline}`;
}

/**
 * Levels (1-based) for headings in document order. Looks are placed in order of first appearance:
 * each goes into the first level it equals, or just above the first level it outranks, else below all.
 */
export function assignLevels(headings: readonly LevelInput[]): number[] {
  const firstOf = new Map<string, LevelInput>();
  for (const h of headings) if (!firstOf.has(keyOf(h))) firstOf.set(keyOf(h), h);
  const levels: LevelInput[][] = [];
  for (const look of firstOf.values()) {
    let placed = false;
    for (let i = 0; i < levels.length && !placed; i++) {
      const group = levels[i]!;
      const numbered = look.family ? group.find((g) => g.family) : undefined;
      let order: Order = numbered ? (FAMILY_RANK[look.family!] < FAMILY_RANK[numbered.family!] ? 'above' : 'below') : compareVisual(look.visual, group[0]!.visual);
      // The headline form alone only nests the lines after it: when a single-phrase line came first,
      // the page does not use it for sections, and both share a level.
      if (order === 'above' && !numbered && compareVisual({ ...look.visual, headline: false }, { ...group[0]!.visual, headline: false }) === 'equal') order = 'equal';
      if (order === 'equal') {
        group.push(look);
        placed = true;
      } else if (order === 'above') {
        levels.splice(i, 0, [look]);
        placed = true;
      }
    }
    if (!placed) levels.push([look]);
  }
  const levelOf = new Map<string, number>();
  levels.forEach((group, i) => group.forEach((look) => levelOf.set(keyOf(look), i + 1)));
  return headings.map((h) => levelOf.get(keyOf(h))!);
}
