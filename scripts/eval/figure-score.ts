/**
 * Scoring predicted figures against the annotated ones: spans are paired one to one by overlap,
 * then each field is compared. Shared by the evaluation and the unit tests.
 */
import type { Figure } from '../../lib/report';
import type { FigureCase, GoldFigure } from './figure-cases';

export type Predicted = Pick<Figure, 'start' | 'end' | 'value' | 'value_high' | 'unit' | 'qualifier' | 'role' | 'direction' | 'subject' | 'period' | 'key' | 'raw'>;

export interface Pair {
  gold: GoldFigure;
  pred: Predicted;
}

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

export const checks = {
  value: (p: Pair) => close(p.pred.value, p.gold.value) && (p.gold.value_high === undefined ? p.pred.value_high === null : p.pred.value_high !== null && close(p.pred.value_high, p.gold.value_high)),
  unit: (p: Pair) => p.pred.unit === p.gold.unit,
  qualifier: (p: Pair) => p.pred.qualifier === (p.gold.qualifier ?? null),
  role: (p: Pair) => p.pred.role === p.gold.role,
  direction: (p: Pair) => p.pred.direction === (p.gold.direction ?? null),
  subject: (p: Pair) => [p.gold.subject, ...(p.gold.subject_alt ?? [])].includes(p.pred.subject),
  period: (p: Pair) => [p.gold.period, ...(p.gold.period_alt ?? [])].includes(p.pred.period),
};

/** Pairs predicted and gold figures whose spans overlap, one to one, best overlap first. */
export function pairFigures(gold: readonly GoldFigure[], pred: readonly Predicted[]): Pair[] {
  const candidates: { g: number; p: number; overlap: number }[] = [];
  let from = 0;
  for (let g = 0; g < gold.length; g++) {
    const a = gold[g]!;
    while (from < pred.length && pred[from]!.end <= a.start) from++;
    for (let p = from; p < pred.length && pred[p]!.start < a.end; p++) {
      const b = pred[p]!;
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (overlap > 0) candidates.push({ g, p, overlap });
    }
  }
  candidates.sort((x, y) => y.overlap - x.overlap);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push({ gold: gold[c.g]!, pred: pred[c.p]! });
  }
  return pairs.sort((x, y) => x.gold.start - y.gold.start);
}

export interface CaseScore {
  gold: number;
  pred: number;
  pairs: Pair[];
  /** Predicted figures overlapping a span annotated as not a figure. */
  falseHits: { pred: Predicted; text: string }[];
}

export function scoreCase(c: FigureCase, pred: readonly Predicted[]): CaseScore {
  const pairs = pairFigures(c.figures, pred);
  const falseHits = pred.flatMap((p) => {
    const hit = c.notFigures.find((n) => p.start < n.end && n.start < p.end);
    return hit ? [{ pred: p, text: hit.text }] : [];
  });
  return { gold: c.figures.length, pred: pred.length, pairs, falseHits };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, pred: number, gold: number): PRF {
  const precision = pred ? tp / pred : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Totals over cases for a list of field checks that must all hold. */
export function totals(scores: readonly CaseScore[], fields: (keyof typeof checks)[]): PRF & { tp: number; accuracy: number } {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  let base = 0;
  for (const s of scores) {
    pred += s.pred;
    gold += s.gold;
    for (const p of s.pairs) {
      const vu = checks.value(p) && checks.unit(p);
      if (vu) base++;
      if (fields.every((f) => checks[f](p))) tp++;
    }
  }
  // Accuracy of an attribute among the figures found with the right value and unit.
  const inner = fields.filter((f) => f !== 'value' && f !== 'unit');
  let ok = 0;
  for (const s of scores) for (const p of s.pairs) if (checks.value(p) && checks.unit(p) && inner.every((f) => checks[f](p))) ok++;
  return { ...prf(tp, pred, gold), tp, accuracy: base ? ok / base : 0 };
}
