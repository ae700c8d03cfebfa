/**
 * Key figures: the extractor against the annotated fixtures (tests/fixtures/figures, the source
 * article included), beside Microsoft Recognizers-Text run on the same texts. Precision, recall
 * and F1 for value, value+unit and value+unit with each attribute; attribute accuracy among the
 * figures found with the right value and unit; false hits on years, ordinals, names and numbers
 * that are not figures. `FIGURES_EVAL_VERBOSE=1` lists every miss.
 */
import { findFigures } from '../../lib/figures';
import { table } from './score';
import { figureCases, type FigureCase } from './figure-cases';
import { baselineFigures } from './recognizers-baseline';
import { checks, scoreCase, totals, prf, type CaseScore, type Predicted } from './figure-score';

const ROWS: [string, (keyof typeof checks)[]][] = [
  ['value', ['value']],
  ['value+unit', ['value', 'unit']],
  ['+qualifier', ['value', 'unit', 'qualifier']],
  ['+role', ['value', 'unit', 'role']],
  ['+direction', ['value', 'unit', 'direction']],
  ['+subject', ['value', 'unit', 'subject']],
  ['+period', ['value', 'unit', 'period']],
];

function run(cases: FigureCase[], extract: (c: FigureCase) => Predicted[]): { scores: CaseScore[]; ms: number; chars: number } {
  const start = performance.now();
  const scores = cases.map((c) => scoreCase(c, extract(c)));
  return { scores, ms: performance.now() - start, chars: cases.reduce((n, c) => n + [...c.text].length, 0) };
}

function misses(cases: FigureCase[], scores: CaseScore[]): string[] {
  const out: string[] = [];
  cases.forEach((c, i) => {
    const s = scores[i]!;
    const paired = new Set(s.pairs.map((p) => p.gold));
    const pairedP = new Set(s.pairs.map((p) => p.pred));
    for (const g of c.figures) if (!paired.has(g)) out.push(`${c.name}: missed ${g.raw}`);
    for (const p of s.pairs) {
      const bad = (Object.keys(checks) as (keyof typeof checks)[]).filter((k) => !checks[k](p));
      if (bad.length) out.push(`${c.name}: ${p.gold.raw} → ${bad.map((k) => `${k} ${JSON.stringify(k === 'value' ? [p.pred.value, p.pred.value_high] : p.pred[k])} (gold ${JSON.stringify(k === 'value' ? [p.gold.value, p.gold.value_high ?? null] : (p.gold as unknown as Record<string, unknown>)[k] ?? null)})`).join(', ')}`);
    }
    return [...pairedP];
  });
  cases.forEach((c, i) => {
    const s = scores[i]!;
    const pairedP = new Set(s.pairs.map((p) => p.pred));
    const all = findFigures(c.text, { title: c.title });
    for (const p of all) if (![...pairedP].some((q) => q.start === p.start)) out.push(`${c.name}: spurious ${p.raw}`);
  });
  return out;
}

export default {
  name: 'figures',
  async run(): Promise<string> {
    const cases = figureCases();
    const ours = run(cases, (c) => findFigures(c.text, { title: c.title }));
    const base = run(cases, (c) => baselineFigures(c.text));
    const gold = cases.reduce((n, c) => n + c.figures.length, 0);
    const rows: (string | number)[][] = [['measure', 'P', 'R', 'F1', 'accuracy', 'baseline P', 'R', 'F1', 'accuracy']];
    for (const [label, fields] of ROWS) {
      const o = totals(ours.scores, fields);
      const b = totals(base.scores, fields);
      rows.push([label, o.precision, o.recall, o.f1, fields.length > 2 ? o.accuracy : '', b.precision, b.recall, b.f1, fields.length > 2 ? b.accuracy : '']);
    }
    const subjectOfAll = totals(ours.scores, ['value', 'unit', 'subject']).tp / gold;
    // Key figures: our key flag against the annotated key flag.
    let keyTp = 0;
    let keyPred = 0;
    let keyGold = 0;
    cases.forEach((c, i) => {
      keyGold += c.figures.filter((g) => g.key).length;
      const predicted = findFigures(c.text, { title: c.title });
      keyPred += predicted.filter((f) => f.key).length;
      keyTp += ours.scores[i]!.pairs.filter((p) => p.gold.key && p.pred.key).length;
    });
    const key = prf(keyTp, keyPred, keyGold);
    const falseOurs = ours.scores.flatMap((s) => s.falseHits);
    const falseBase = base.scores.flatMap((s) => s.falseHits);
    const perSet: (string | number)[][] = [['set', 'articles', 'figures', 'value+unit P', 'R', 'qualifier', 'role', 'subject', 'period']];
    for (const set of ['development', 'heldout', 'blind'] as const) {
      const idx = cases.map((c, i) => (c.set === set ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) continue;
      const s = idx.map((i) => ours.scores[i]!);
      const vu = totals(s, ['value', 'unit']);
      const acc = (f: keyof typeof checks) => totals(s, ['value', 'unit', f]).accuracy;
      perSet.push([set, idx.length, idx.reduce((n, i) => n + cases[i]!.figures.length, 0), vu.precision, vu.recall, acc('qualifier'), acc('role'), acc('subject'), acc('period')]);
    }
    const perCase: (string | number)[][] = [['case', 'set', 'gold', 'found', 'value+unit F1', 'baseline F1']];
    cases.forEach((c, i) => {
      perCase.push([c.name, c.set, c.figures.length, ours.scores[i]!.pred, totals([ours.scores[i]!], ['value', 'unit']).f1, totals([base.scores[i]!], ['value', 'unit']).f1]);
    });
    const lines = [
      `## Key figures (${cases.length} annotated articles, ${gold} figures, ${ours.chars} characters)`,
      table(rows),
      `accuracy = share of the figures found with the right value and unit whose attribute is also right`,
      `subject right for ${(subjectOfAll * 100).toFixed(1)}% of all annotated figures`,
      `key figures: P ${key.precision.toFixed(3)} R ${key.recall.toFixed(3)} F1 ${key.f1.toFixed(3)} (${keyPred} marked, ${keyGold} annotated)`,
      `false hits on years, ordinals, names, dates, phone and document numbers: ours ${falseOurs.length}${falseOurs.length ? ` (${falseOurs.map((f) => f.pred.raw).join(' ')})` : ''}; baseline ${falseBase.length}${falseBase.length ? ` (${[...new Set(falseBase.map((f) => f.pred.raw))].slice(0, 20).join(' ')})` : ''}`,
      `time for all texts: ours ${ours.ms.toFixed(0)} ms (${((ours.ms / ours.chars) * 1000).toFixed(2)} ms per 1,000 characters, first run, cold); baseline ${base.ms.toFixed(0)} ms`,
      '',
      table(perSet),
      '(heldout and blind: annotated before the extractor first ran on them; their first runs are in tests/fixtures/figures/README.md)',
      '',
      table(perCase),
      '',
    ];
    if (process.env.FIGURES_EVAL_VERBOSE) lines.push(...misses(cases, ours.scores), '');
    return lines.join('\n');
  },
};
