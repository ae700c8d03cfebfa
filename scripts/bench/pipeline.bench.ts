/**
 * Pipeline time per page in Node (jsdom), beside Readability alone on the same pages in the same
 * run: median, p95, max, the ratio of the sums, and the median time of each stage.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/pipeline';
import type { StageName } from '../../lib/report';
import { corpusPages, fixturePages } from '../eval/pages';
import { quantile, table } from '../eval/score';

const ROUNDS = 3;

export default {
  name: 'pipeline',
  async run(): Promise<string> {
    const pages = [...corpusPages(), ...fixturePages()];
    const base: number[] = [];
    const ours: number[] = [];
    const stages = new Map<StageName, number[]>();
    for (const page of pages) {
      let bestBase = Infinity;
      let bestOurs = Infinity;
      const bestStage = new Map<StageName, number>();
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate the order so warm-up and GC do not favour one side.
        const runs = round % 2 ? ['ours', 'base'] : ['base', 'ours'];
        for (const which of runs) {
          const loaded = page.load();
          const t0 = performance.now();
          if (which === 'base') {
            new Readability(loaded.document.cloneNode(true) as Document).parse();
            bestBase = Math.min(bestBase, performance.now() - t0);
          } else {
            const report = analyze(loaded.document, { url: page.url, window: loaded.window });
            bestOurs = Math.min(bestOurs, performance.now() - t0);
            for (const s of report.stages) bestStage.set(s.stage, Math.min(bestStage.get(s.stage) ?? Infinity, s.ms));
          }
          loaded.close();
        }
      }
      base.push(bestBase);
      ours.push(bestOurs);
      for (const [k, v] of bestStage) stages.set(k, [...(stages.get(k) ?? []), v]);
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const row = (name: string, xs: number[]) => [name, quantile(xs, 0.5), quantile(xs, 0.95), Math.max(...xs), sum(xs)];
    const rows: (string | number)[][] = [
      ['ms per page (best of 3)', 'median', 'p95', 'max', 'sum'],
      row('Readability alone (clone+parse)', base),
      row('Qingyue pipeline', ours),
      ...[...stages].map(([k, v]) => row(`  stage ${k}`, v)),
    ];
    const stageShare = [...stages].map(([k, v]) => `${k} ${((sum(v) / sum(base)) * 100).toFixed(1)}%`).join(', ');
    return [
      `## Pipeline time in Node (jsdom), ${pages.length} pages (corpus + fixtures)`,
      table(rows),
      `ratio pipeline / Readability alone (sums): ${(sum(ours) / sum(base)).toFixed(2)}×`,
      `stage time as a share of Readability alone: ${stageShare}`,
      '',
    ].join('\n');
  },
};
