/**
 * Character-bigram scoring of extracted text against gold text, as the project measures
 * extraction: NFKC, lower-case, drop whitespace, punctuation, symbols and control characters,
 * then precision / recall / F1 over the multiset of character bigrams.
 */

const DROP = /[\s\p{P}\p{S}\p{C}]/gu;

export function normalizeForScore(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(DROP, '');
}

function bigrams(text: string): Map<string, number> {
  const chars = [...normalizeForScore(text)];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Bigram precision, recall and F1 of `predicted` against `gold`. Both empty scores 1. */
export function bigramPRF(predicted: string, gold: string): PRF {
  const p = bigrams(predicted);
  const g = bigrams(gold);
  let sp = 0;
  let sg = 0;
  let overlap = 0;
  for (const n of p.values()) sp += n;
  for (const [k, n] of g) {
    sg += n;
    overlap += Math.min(n, p.get(k) ?? 0);
  }
  if (sp === 0 && sg === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = sp ? overlap / sp : 0;
  const recall = sg ? overlap / sg : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export function quantile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Formats rows as an aligned plain-text table (first row is the header). */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(3)) : c)));
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  return cells.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd()).join('\n');
}
