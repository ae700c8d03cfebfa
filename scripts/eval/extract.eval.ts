/**
 * Extraction quality: the pipeline's article text against gold, beside Readability alone (same
 * pages, same run). Per set and page kind: macro bigram precision, recall, F1, failure rate
 * (F1 < 0.8), and the worst pages.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/pipeline';
import { blockText } from '../../lib/dom/text';
import { bigramPRF, mean, table, type PRF } from './score';
import { corpusPages, fixturePages, type EvalPage } from './pages';

interface Row {
  page: EvalPage;
  ours: PRF;
  base: PRF;
}

function readabilityAlone(page: EvalPage): string {
  const loaded = page.load();
  try {
    const parsed = new Readability<Element>(loaded.document, { serializer: (n) => n as Element }).parse();
    return parsed?.content ? blockText(parsed.content) : '';
  } finally {
    loaded.close();
  }
}

function ours(page: EvalPage): string {
  const loaded = page.load();
  try {
    return analyze(loaded.document, { url: page.url, window: loaded.window, skip: ['outline', 'figures', 'convert'] }).text;
  } finally {
    loaded.close();
  }
}

function summarise(title: string, rows: Row[]): string {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    for (const key of ['all', `${r.page.set}:${r.page.kind}`]) groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const lines: (string | number)[][] = [['group', 'pages', 'P', 'R', 'F1', 'fail<0.8', 'Readability P', 'R', 'F1', 'fail<0.8']];
  for (const [key, list] of [...groups].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))) {
    const m = (f: (r: Row) => number) => mean(list.map(f));
    const fails = (f: (r: Row) => number) => `${((list.filter((r) => f(r) < 0.8).length / list.length) * 100).toFixed(1)}%`;
    lines.push([key, list.length, m((r) => r.ours.precision), m((r) => r.ours.recall), m((r) => r.ours.f1), fails((r) => r.ours.f1), m((r) => r.base.precision), m((r) => r.base.recall), m((r) => r.base.f1), fails((r) => r.base.f1)]);
  }
  const worst = [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, 5);
  const worstLines: (string | number)[][] = [['worst pages', 'F1', 'P', 'R', 'Readability F1'], ...worst.map((r) => [r.page.id, r.ours.f1, r.ours.precision, r.ours.recall, r.base.f1])];
  return `## ${title}\n${table(lines)}\n\n${table(worstLines)}\n`;
}

export default {
  name: 'extraction',
  async run(): Promise<string> {
    const out: string[] = [];
    for (const [title, pages] of [
      ['Extraction: project fixtures', fixturePages()],
      ['Extraction: ../shared/corpus', corpusPages()],
    ] as const) {
      if (!pages.length) {
        out.push(`## ${title}\n(skipped: no pages${title.includes('corpus') ? ' — ../shared/corpus is absent' : ''})\n`);
        continue;
      }
      const rows = pages.map((page) => ({ page, ours: bigramPRF(ours(page), page.gold), base: bigramPRF(readabilityAlone(page), page.gold) }));
      out.push(summarise(title, rows));
    }
    return out.join('\n');
  },
};
