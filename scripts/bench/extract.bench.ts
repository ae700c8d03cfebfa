/**
 * The extract stage beside Readability alone on ../shared/corpus, in one run: per page the best of
 * 3 (alternating order), for Readability alone (clone + parse, default options) and for the extract
 * stage as the pipeline runs it (after the spam stage; its own timing). The acceptance figure is the
 * ratio of the sums (issue 3: at most 1.3×). Fixture pages are timed too, reported apart.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/pipeline';
import { corpusPages, fixturePages, type EvalPage } from '../eval/pages';
import { quantile, table } from '../eval/score';

const ROUNDS = 3;

interface Timing {
  base: number;
  extract: number;
}

function time(page: EvalPage): Timing {
  let base = Infinity;
  let extract = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    for (const which of round % 2 ? ['ours', 'base'] : ['base', 'ours']) {
      const loaded = page.load();
      if (which === 'base') {
        const t0 = performance.now();
        new Readability(loaded.document.cloneNode(true) as Document).parse();
        base = Math.min(base, performance.now() - t0);
      } else {
        // A generous budget: the bench measures the stage, it must not be cut short.
        const report = analyze(loaded.document, { url: page.url, window: loaded.window, skip: ['outline', 'figures', 'convert'], budgetMs: 60_000 });
        // Readability's result includes the article's HTML; ours is made by the render stage.
        extract = Math.min(extract, (report.timings.extract ?? Infinity) + (report.timings.render ?? 0));
      }
      loaded.close();
    }
  }
  return { base, extract };
}

function summary(title: string, timings: Timing[]): string {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const base = timings.map((t) => t.base);
  const ours = timings.map((t) => t.extract);
  const row = (name: string, xs: number[]) => [name, quantile(xs, 0.5), quantile(xs, 0.95), Math.max(...xs), sum(xs)];
  return [
    `## ${title}, ${timings.length} pages`,
    table([['ms per page (best of 3)', 'median', 'p95', 'max', 'sum'], row('Readability alone (clone+parse)', base), row('extract + render stages', ours)]),
    `ratio extract + render stages / Readability alone (sums): ${(sum(ours) / sum(base)).toFixed(2)}×`,
    '',
  ].join('\n');
}

export default {
  name: 'extract',
  async run(): Promise<string> {
    const out: string[] = [];
    const corpus = corpusPages();
    if (corpus.length) out.push(summary('Extract stage in Node (jsdom) on ../shared/corpus', corpus.map(time)));
    else out.push('## Extract stage on ../shared/corpus\n(skipped: ../shared/corpus is absent)\n');
    out.push(summary('Extract stage in Node (jsdom) on the project fixtures', fixturePages().map(time)));
    return out.join('\n');
  },
};
