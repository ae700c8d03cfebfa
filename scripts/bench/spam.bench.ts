/**
 * What the spam stage adds to the pipeline, in Node (jsdom) on ../shared/corpus (and the
 * fixtures): the pipeline with and without the stage on the same pages in the same run (best of
 * 3, order alternated), the stage's own time, and its share of the rest of the pipeline.
 * The budget: the stage adds at most 15% to the pipeline's time on the corpus.
 */
import { analyze } from '../../lib/pipeline';
import { corpusPages, fixturePages, type EvalPage } from '../eval/pages';
import { quantile, table } from '../eval/score';

const ROUNDS = 3;

interface Times {
  without: number[];
  withSpam: number[];
  stage: number[];
}

function measure(pages: EvalPage[]): Times {
  const t: Times = { without: [], withSpam: [], stage: [] };
  for (const page of pages) {
    let bestWithout = Infinity;
    let bestWith = Infinity;
    let bestStage = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      for (const which of round % 2 ? ['with', 'without'] : ['without', 'with']) {
        const loaded = page.load();
        const t0 = performance.now();
        const report = analyze(loaded.document, { url: page.url, window: loaded.window, skip: which === 'with' ? [] : ['spam'] });
        const ms = performance.now() - t0;
        if (which === 'with') {
          bestWith = Math.min(bestWith, ms);
          bestStage = Math.min(bestStage, report.timings.spam ?? 0);
        } else bestWithout = Math.min(bestWithout, ms);
        loaded.close();
      }
    }
    t.without.push(bestWithout);
    t.withSpam.push(bestWith);
    t.stage.push(bestStage);
  }
  return t;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export default {
  name: 'spam',
  async run(): Promise<string> {
    const out: string[] = [];
    for (const [title, pages] of [
      ['../shared/corpus', corpusPages()],
      ['fixtures', fixturePages()],
    ] as const) {
      if (!pages.length) {
        out.push(`## Spam stage cost: ${title}\n(skipped: no pages)\n`);
        continue;
      }
      const t = measure(pages);
      const row = (name: string, xs: number[]) => [name, quantile(xs, 0.5), quantile(xs, 0.95), Math.max(...xs), sum(xs)];
      const rest = sum(t.withSpam) - sum(t.stage);
      out.push(
        [
          `## Spam stage cost in Node (jsdom): ${title}, ${pages.length} pages (best of ${ROUNDS})`,
          table([['ms per page', 'median', 'p95', 'max', 'sum'], row('pipeline without spam', t.without), row('pipeline with spam', t.withSpam), row('  spam stage', t.stage)]),
          `spam stage / rest of the pipeline (sums, same runs): ${((sum(t.stage) / rest) * 100).toFixed(1)}%  (budget 15%)`,
          `pipeline with / without spam (sums): ${(sum(t.withSpam) / sum(t.without)).toFixed(3)}×`,
          '',
        ].join('\n'),
      );
    }
    return out.join('\n');
  },
};
