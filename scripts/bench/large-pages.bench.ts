/**
 * Pipeline time on pages of about 100,000 elements (issue 9: handled within one second), beside
 * Readability alone on the same pages in the same run: a long article in a heavy portal frame and
 * a portal home page of link columns (which must be recognised as no article). Pipeline: best
 * of 3; Readability alone: one run.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/pipeline';
import { parseHtml } from '../../lib/node/html-file';
import { largeArticlePage, largePortalPage } from '../../tests/unit/robustness/large-pages';
import { table } from '../eval/score';
import { elementsByTag } from '../../lib/dom/walk';

const ROUNDS = 3;
const URL = 'https://www.liangjiang.gov.cn/art/2024/3/15/art_1_1.html';

function measure(name: string, html: string): (string | number)[] {
  let pipeline = Infinity;
  let readability = Infinity;
  let report: ReturnType<typeof analyze> | null = null;
  let elements = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const page = parseHtml(html, URL);
    elements = elementsByTag(page.document, '*').length;
    let t0 = performance.now();
    report = analyze(page.document, { window: page.window, url: URL });
    pipeline = Math.min(pipeline, performance.now() - t0);
    if (round === 0) {
      // Readability alone (once: it takes tens of seconds on these pages under jsdom), with its
      // element limit lifted so that it really parses the page.
      t0 = performance.now();
      new Readability(page.document.cloneNode(true) as Document, { maxElemsToParse: 0 }).parse();
      readability = performance.now() - t0;
    }
    page.close();
  }
  const stages = report!.stages.map((s) => `${s.stage} ${s.status} ${Math.round(s.ms)}`).join(', ');
  return [name, elements, Math.round(pipeline), Math.round(readability), (pipeline / readability).toFixed(2), String(report!.isArticle), report!.text.length, stages];
}

export default {
  name: 'large-pages',
  async run(): Promise<string> {
    const rows = [measure('article, 2,000 paragraphs', largeArticlePage().html), measure('portal home page', largePortalPage().html)];
    return [
      '## Pipeline on pages of ~100,000 elements in Node (jsdom), pipeline best of 3, Readability alone once',
      table([['page', 'elements', 'pipeline ms', 'Readability alone ms', 'ratio', 'isArticle', 'text chars', 'stages (status ms)'], ...rows]),
      '',
    ].join('\n');
  },
};
