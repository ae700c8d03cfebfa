/**
 * Extraction quality: the pipeline's article text against gold, beside Readability alone (same
 * pages, same run). Per set and page kind: macro bigram precision, recall, F1, failure rate
 * (F1 < 0.8), and the worst pages. Then metadata accuracy on the fixtures (every labelled field,
 * policy fields one by one), and publication dates on the corpus pages whose date was labelled
 * by hand (cwced, compared by day).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/pipeline';
import { blockText, collapseSpace } from '../../lib/dom/text';
import type { Report } from '../../lib/report';
import { CORPUS, hasCorpus } from '../../tests/helpers/fixtures';
import { loadHtml } from '../../lib/node/html-file';
import { bigramPRF, mean, table, type PRF } from './score';
import { corpusPages, fixturePages, type EvalPage } from './pages';

interface Row {
  page: EvalPage;
  report: Report;
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

/**
 * Quality, not speed: a wide stage budget, so that a loaded shared machine does not cut a page
 * short (scripts/bench/extract.bench.ts measures time; the summary counts slow pages).
 */
const BUDGET_MS = 10_000;
/** The pipeline's default stage budget. */
const DEFAULT_BUDGET_MS = 2000;

function analyse(page: EvalPage): Report {
  const loaded = page.load();
  try {
    return analyze(loaded.document, { url: page.url, window: loaded.window, skip: ['outline', 'figures', 'convert'], budgetMs: BUDGET_MS });
  } finally {
    loaded.close();
  }
}

const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)}%` : '-');

function summarise(title: string, rows: Row[]): string {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    for (const key of ['all', `${r.page.set}:${r.page.kind}`]) groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const lines: (string | number)[][] = [['group', 'pages', 'P', 'R', 'F1', 'fail<0.8', 'Readability P', 'R', 'F1', 'fail<0.8']];
  for (const [key, list] of [...groups].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))) {
    const m = (f: (r: Row) => number) => mean(list.map(f));
    const fails = (f: (r: Row) => number) => pct(list.filter((r) => f(r) < 0.8).length, list.length);
    lines.push([key, list.length, m((r) => r.ours.precision), m((r) => r.ours.recall), m((r) => r.ours.f1), fails((r) => r.ours.f1), m((r) => r.base.precision), m((r) => r.base.recall), m((r) => r.base.f1), fails((r) => r.base.f1)]);
  }
  const worst = [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, 8);
  const worstLines: (string | number)[][] = [
    ['worst pages', 'F1', 'P', 'R', 'Readability F1'],
    ...worst.map((r) => [r.page.id, r.ours.f1, r.ours.precision, r.ours.recall, r.base.f1]),
  ];
  const min = Math.min(...rows.map((r) => r.ours.f1));
  const slow = rows.filter((r) => (r.report.timings.extract ?? 0) > DEFAULT_BUDGET_MS).length;
  const failed = rows.filter((r) => r.report.stages.some((s) => s.stage === 'extract' && s.status !== 'ok')).length;
  const notes = `lowest page F1: ${min.toFixed(3)}; extract stage not ok: ${failed}; pages over the default ${DEFAULT_BUDGET_MS} ms budget: ${slow}`;
  return `## ${title}\n${table(lines)}\n${notes}\n\n${table(worstLines)}\n`;
}

/** The report's value of a labelled metadata field, as a comparable string. */
function reported(report: Report, field: string): string {
  if (field.startsWith('policy.')) return String(report.policy?.[field.slice(7) as keyof NonNullable<Report['policy']>] ?? '');
  const value = (report as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? collapseSpace(value) : String(value ?? '');
}

/** The labelled metadata fields of a fixture, policy sub-fields flattened (`policy.issuer`). */
function labelled(page: EvalPage): [string, string][] {
  const metadata = (page.expected?.metadata ?? {}) as Record<string, unknown>;
  const out: [string, string][] = [];
  for (const [field, value] of Object.entries(metadata)) {
    if (field === 'policy' && value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out.push([`policy.${k}`, String(v)]);
    } else out.push([field, typeof value === 'string' ? collapseSpace(value) : String(value)]);
  }
  return out;
}

function metadataAccuracy(rows: Row[]): string {
  const perField = new Map<string, { n: number; ok: number }>();
  const misses: string[][] = [];
  for (const r of rows) {
    for (const [field, want] of labelled(r.page)) {
      const got = reported(r.report, field);
      const f = perField.get(field) ?? { n: 0, ok: 0 };
      f.n++;
      if (got === want) f.ok++;
      else misses.push([r.page.id, field, want, got || '(empty)']);
      perField.set(field, f);
    }
  }
  const order = (k: string) => (k.startsWith('policy.') ? 1 : 0);
  const fields = [...perField].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
  const total = fields.reduce((acc, [, f]) => ({ n: acc.n + f.n, ok: acc.ok + f.ok }), { n: 0, ok: 0 });
  const lines: (string | number)[][] = [['field', 'labelled', 'right', 'accuracy'], ...fields.map(([k, f]) => [k, f.n, f.ok, pct(f.ok, f.n)]), ['all fields', total.n, total.ok, pct(total.ok, total.n)]];
  const missLines = misses.length ? `\n\n${table([['page', 'field', 'expected', 'got'], ...misses])}` : '\n\n(every labelled field right)';
  return `## Metadata accuracy: project fixtures\n${table(lines)}${missLines}\n`;
}

/** Day of a hand-labelled cwced date (`2005-4-5 06:40` → `2005-04-05`), or '' when unknown or partial. */
function labelledDay(text: string): string {
  const m = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
}

function corpusDates(rows: Row[]): string {
  if (!hasCorpus) return '';
  const dateFile = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(CORPUS, 'cases.jsonl'), 'utf8').trim().split('\n')) {
    const c = JSON.parse(line) as { id: string; date?: string };
    if (c.date) dateFile.set(c.id, c.date);
  }
  let n = 0;
  let ok = 0;
  const misses: string[][] = [];
  for (const r of rows) {
    const file = dateFile.get(r.page.id);
    const want = file ? labelledDay(fs.readFileSync(path.join(CORPUS, file), 'utf8')) : '';
    if (!want) continue;
    n++;
    const got = r.report.publishedTime.slice(0, 10);
    if (got === want) ok++;
    else misses.push([r.page.id, want, r.report.publishedTime || '(empty)']);
  }
  const missLines = misses.length ? `\n${table([['page', 'labelled day', 'got'], ...misses])}` : '';
  return `## Publication day on ../shared/corpus (cwced hand labels)\n${ok}/${n} right (${pct(ok, n)})${missLines}\n`;
}

/**
 * Taiwan news pages of ../shared/corpus/twnews, against the expectations their source project's
 * specs state (title, a sentence of the content, publication time, reporter). Titles compare with
 * whitespace collapsed (the report's titles are).
 */
function twnewsChecks(): string {
  const dir = path.join(CORPUS, 'twnews');
  if (!hasCorpus || !fs.existsSync(path.join(dir, 'specs'))) return '';
  const counts = { pages: 0, title: 0, content: 0, time: 0, timeN: 0, reporter: 0, reporterN: 0 };
  for (const spec of fs.readdirSync(path.join(dir, 'specs')).sort()) {
    for (const block of fs.readFileSync(path.join(dir, 'specs', spec), 'utf8').split(/\n\s*it\b/).slice(1)) {
      const file = /sample\(__FILE__,\s*'([^']+)'\)/.exec(block)?.[1];
      if (!file || !fs.existsSync(path.join(dir, file))) continue;
      const url = /url = '([^']+)'/.exec(block)?.[1];
      const loaded = loadHtml(fs.readFileSync(path.join(dir, file)), url);
      const report = analyze(loaded.document, { url, window: loaded.window, skip: ['outline', 'figures', 'convert'], budgetMs: BUDGET_MS });
      loaded.close();
      counts.pages++;
      if (report.title === collapseSpace(/\[:title\]\.should == '([^']*)'/.exec(block)?.[1] ?? '')) counts.title++;
      const content = /\[:content\]\.should include\('([^']*)'\)/.exec(block)?.[1];
      if (content && report.text.includes(content)) counts.content++;
      const t = /Time\.new\((\d+),(\d+),(\d+)(?:,(\d+),(\d+))?\)/.exec(block);
      if (t) {
        counts.timeN++;
        const p2 = (x?: string) => (x ?? '').padStart(2, '0');
        const want = `${t[1]}-${p2(t[2])}-${p2(t[3])}` + (t[4] ? `T${p2(t[4])}:${p2(t[5])}` : '');
        if (report.publishedTime.startsWith(want)) counts.time++;
      }
      const reporter = /\[:reporter_name\]\.should == '([^']*)'/.exec(block)?.[1];
      if (reporter) {
        counts.reporterN++;
        if (report.byline === reporter) counts.reporter++;
      }
    }
  }
  const c = counts;
  return `## Taiwan news on ../shared/corpus/twnews (expectations of its specs)\n${table([
    ['pages', 'title', 'content sentence', 'published time', 'reporter'],
    [c.pages, `${c.title}/${c.pages}`, `${c.content}/${c.pages}`, `${c.time}/${c.timeN}`, `${c.reporter}/${c.reporterN}`],
  ])}\n`;
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
      const rows: Row[] = pages.map((page) => {
        const report = analyse(page);
        return { page, report, ours: bigramPRF(report.text, page.gold), base: bigramPRF(readabilityAlone(page), page.gold) };
      });
      out.push(summarise(title, rows));
      if (pages[0]!.set === 'fixtures') out.push(metadataAccuracy(rows));
      else out.push(corpusDates(rows), twnewsChecks());
    }
    return out.join('\n');
  },
};
