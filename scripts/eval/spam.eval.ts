/**
 * Spam removal quality, on the project's fixtures and on ../shared/corpus (read in place):
 *
 * - Recall per technique on the fixtures labelled with `spam`: a spam string counts as caught
 *   when a finding lists it with its technique (primary or among `techniques`), and as gone when
 *   it is in neither the report's `text` nor its `html`.
 * - False removal: gold characters (normalised as the extraction score does) that end up inside
 *   the text of a hidden finding, over the fixtures and the corpus pages with gold; pages with any
 *   loss; whole gold paragraphs lost on clean pages (no spam labelled, and every corpus page).
 * - False reports: findings on clean pages (the corpus pages carry no spam labels; everything
 *   found there is listed so it can be checked by eye).
 * - Real samples from ../shared/corpus/spam-samples: the hidden keyword block, the hijacked heads,
 *   and the keyword lines of the real spam-page excerpts placed above their own page text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../lib/pipeline';
import { loadHtml, parseHtml } from '../../lib/node/html-file';
import { detectSpam } from '../../lib/spam';
import type { SpamFinding } from '../../lib/report';
import { CORPUS, corpusCases, hasCorpus } from '../../tests/helpers/fixtures';
import { corpusPages, fixturePages, type EvalPage } from './pages';
import { normalizeForScore as norm, table } from './score';

const TECHNIQUES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'T13', 'T14', 'T15'];

interface GoldLoss {
  chars: number;
  lost: number;
  linesLost: number;
  lines: number;
}

/** Gold characters covered by removed text: runs of ≥ 6 normalised characters (or a whole shorter line) found in it. */
export function goldLoss(gold: string, removed: string): GoldLoss {
  const haystack = norm(removed);
  let chars = 0;
  let lost = 0;
  let linesLost = 0;
  let lines = 0;
  for (const line of gold.split('\n')) {
    const g = [...norm(line)];
    if (!g.length) continue;
    lines++;
    chars += g.length;
    if (!haystack) continue;
    const min = Math.min(6, g.length);
    const covered = new Array<boolean>(g.length).fill(false);
    for (let i = 0; i + min <= g.length; i++) {
      let len = min;
      if (!haystack.includes(g.slice(i, i + len).join(''))) continue;
      while (i + len < g.length && haystack.includes(g.slice(i, i + len + 1).join(''))) len++;
      for (let k = i; k < i + len; k++) covered[k] = true;
    }
    const n = covered.filter(Boolean).length;
    lost += n;
    if (n === g.length) linesLost++;
  }
  return { chars, lost, linesLost, lines };
}

function removedText(spam: SpamFinding[]): string {
  return spam.filter((s) => s.action !== 'report').map((s) => s.text).join('\n');
}

const techniquesOf = (f: SpamFinding) => [...new Set([f.technique, ...(f.techniques ?? [])])];

interface FixtureResult {
  page: EvalPage;
  spam: SpamFinding[];
  text: string;
  html: string;
  loss: GoldLoss;
}

function runFixture(page: EvalPage): FixtureResult {
  const loaded = page.load();
  try {
    const r = analyze(loaded.document, { url: page.url, window: loaded.window, skip: ['outline', 'figures', 'convert'] });
    return { page, spam: r.spam, text: r.text, html: r.html, loss: goldLoss(page.gold, removedText(r.spam)) };
  } finally {
    loaded.close();
  }
}

/** Whether a labelled spam string is listed: in one finding, or across neighbouring findings of a list. */
function caught(gold: { text: string; technique: string }, spam: SpamFinding[]): { listed: boolean; technique: boolean } {
  const g = norm(gold.text);
  const one = spam.filter((f) => norm(f.text).includes(g));
  if (one.length) return { listed: true, technique: one.some((f) => techniquesOf(f).includes(gold.technique as never)) };
  const same = spam.filter((f) => techniquesOf(f).includes(gold.technique as never));
  return { listed: norm(spam.map((f) => f.text).join('')).includes(g), technique: norm(same.map((f) => f.text).join('')).includes(g) };
}

/** Whether a spam string is absent from the extracted article (template noise is markup: its id must be gone). */
function gone(gold: { text: string; technique: string }, text: string, html: string): boolean {
  const id = /id="([^"]+)"/.exec(gold.text);
  if (gold.technique === 'T12' && id) return !html.includes(`id="${id[1]}"`);
  const g = norm(gold.text);
  return !norm(text).includes(g) && !norm(html.replace(/<[^>]+>/g, ' ')).includes(g);
}

function recallSection(results: FixtureResult[]): string {
  const labelled = results.filter((r) => r.page.expected?.spam !== undefined);
  const rows: (string | number)[][] = [['technique', 'pages', 'strings', 'caught', 'with technique', 'gone from text+html']];
  const misses: string[] = [];
  const totals = { strings: 0, caught: 0, tech: 0, gone: 0 };
  for (const t of TECHNIQUES) {
    let strings = 0;
    let listed = 0;
    let tech = 0;
    let absent = 0;
    const pages = new Set<string>();
    for (const r of labelled) {
      for (const s of r.page.expected!.spam!.filter((x) => x.technique === t)) {
        pages.add(r.page.id);
        strings++;
        const c = caught(s, r.spam);
        const g = gone(s, r.text, r.html);
        if (c.listed) listed++;
        if (c.technique) tech++;
        if (g) absent++;
        if (!c.technique || !g) misses.push(`${r.page.id} ${t}: ${c.listed ? (c.technique ? '' : 'wrong technique') : 'not found'}${g ? '' : ' still in article'} "${s.text.slice(0, 40)}"`);
      }
    }
    totals.strings += strings;
    totals.caught += listed;
    totals.tech += tech;
    totals.gone += absent;
    rows.push([t, pages.size, strings, listed, tech, absent]);
  }
  rows.push(['all', labelled.filter((r) => r.page.expected!.spam!.length).length, totals.strings, totals.caught, totals.tech, totals.gone]);
  const recall = totals.strings ? ((totals.tech / totals.strings) * 100).toFixed(1) : '—';
  // Findings on labelled pages that match no labelled string: false reports.
  const extra = labelled.flatMap((r) => r.spam.filter((f) => !r.page.expected!.spam!.some((s) => norm(f.text).includes(norm(s.text)) || norm(s.text).includes(norm(f.text)))).map((f) => `${r.page.id}: [${f.technique}] ${f.text.slice(0, 50)}`));
  return [
    `## Spam: recall on the project fixtures (${labelled.length} labelled pages)`,
    table(rows),
    `recall (listed with its technique): ${recall}%`,
    misses.length ? `missed:\n${misses.map((m) => `  ${m}`).join('\n')}` : 'missed: none',
    `findings matching no labelled string: ${extra.length}${extra.length ? `\n${extra.map((e) => `  ${e}`).join('\n')}` : ''}`,
    '',
  ].join('\n');
}

interface CorpusResult {
  id: string;
  spam: SpamFinding[];
  loss: GoldLoss;
}

function corpusUrl(site: string): string | undefined {
  const m = /[a-z0-9-]+(?:\.[a-z0-9-]+)+/i.exec(site);
  return m ? `http://${m[0]}/` : undefined;
}

function runCorpus(): CorpusResult[] {
  const sites = new Map(corpusCases().map((c) => [c.id, c.site]));
  return corpusPages().map((page) => {
    const html = fs.readFileSync(path.join(CORPUS, corpusCases().find((c) => c.id === page.id)!.html));
    const loaded = loadHtml(html, corpusUrl(sites.get(page.id) ?? ''));
    try {
      const spam = detectSpam(loaded.document).hits.map(({ text, reason, technique, techniques, action }) => ({ text, reason, technique, techniques, action }));
      return { id: page.id, spam, loss: goldLoss(page.gold, removedText(spam)) };
    } finally {
      loaded.close();
    }
  });
}

function lossSection(fixtures: FixtureResult[], corpus: CorpusResult[]): string {
  const rows: (string | number)[][] = [['set', 'pages', 'gold chars', 'lost chars', 'lost %', 'pages with loss', 'clean pages', 'whole paragraphs lost (clean)']];
  const add = (name: string, list: { loss: GoldLoss; clean: boolean }[]) => {
    const chars = list.reduce((n, r) => n + r.loss.chars, 0);
    const lost = list.reduce((n, r) => n + r.loss.lost, 0);
    rows.push([name, list.length, chars, lost, `${chars ? ((lost / chars) * 100).toFixed(3) : '0'}%`, list.filter((r) => r.loss.lost > 0).length, list.filter((r) => r.clean).length, list.filter((r) => r.clean).reduce((n, r) => n + r.loss.linesLost, 0)]);
  };
  const fx = fixtures.map((r) => ({ loss: r.loss, clean: (r.page.expected?.spam ?? []).length === 0 }));
  const cp = corpus.map((r) => ({ loss: r.loss, clean: true }));
  add('fixtures', fx);
  add('corpus', cp);
  add('all', [...fx, ...cp]);
  const worst = [...fixtures.map((r) => ({ id: r.page.id, loss: r.loss })), ...corpus].filter((r) => r.loss.lost > 0).sort((a, b) => b.loss.lost - a.loss.lost).slice(0, 5);
  return [
    '## Spam: legitimate text removed (gold characters inside hidden findings)',
    table(rows),
    worst.length ? `pages with loss:\n${worst.map((w) => `  ${w.id}: ${w.loss.lost} of ${w.loss.chars} chars`).join('\n')}` : 'pages with loss: none',
    '',
  ].join('\n');
}

/** Every other corpus page (no gold): smoke set for false reports. */
function runSmoke(): { id: string; spam: SpamFinding[] }[] {
  const manifest = path.join(CORPUS, 'MANIFEST.tsv');
  if (!fs.existsSync(manifest)) return [];
  const gold = new Set(corpusCases().flatMap((c) => [c.html, (c as { orig?: string }).orig ?? '']));
  const out: { id: string; spam: SpamFinding[] }[] = [];
  for (const line of fs.readFileSync(manifest, 'utf8').trim().split('\n').slice(1)) {
    const [file, , , , , site] = line.split('\t');
    if (!file || !/\.html?$/.test(file) || /\.utf8\.html$|spam-samples\/|expected/.test(file) || gold.has(file)) continue;
    const p = path.join(CORPUS, file);
    if (!fs.existsSync(p)) continue;
    const loaded = loadHtml(fs.readFileSync(p), corpusUrl(site ?? ''));
    try {
      out.push({ id: file, spam: detectSpam(loaded.document).hits.map(({ text, reason, technique, techniques, action }) => ({ text, reason, technique, techniques, action })) });
    } finally {
      loaded.close();
    }
  }
  return out;
}

function reportSection(fixtures: FixtureResult[], corpus: CorpusResult[], smoke: { id: string; spam: SpamFinding[] }[] = []): string {
  const clean = fixtures.filter((r) => r.page.expected?.spam?.length === 0);
  const rows: (string | number)[][] = [['clean set', 'pages', 'pages with findings', 'findings', 'hidden', 'reported only']];
  for (const [name, list] of [
    ['fixtures (spam: [])', clean.map((r) => ({ id: r.page.id, spam: r.spam }))],
    ['corpus (gold pages)', corpus.map((r) => ({ id: r.id, spam: r.spam }))],
    ['corpus (other pages)', smoke],
  ] as const) {
    const all = list.flatMap((r) => r.spam);
    rows.push([name, list.length, list.filter((r) => r.spam.length).length, all.length, all.filter((s) => s.action !== 'report').length, all.filter((s) => s.action === 'report').length]);
  }
  const listed = [...clean.map((r) => ({ id: r.page.id, spam: r.spam })), ...corpus, ...smoke].flatMap((r) => r.spam.map((s) => `  ${r.id}: [${techniquesOf(s).join(',')}] ${s.action} ${s.text.slice(0, 50)} — ${s.reason.slice(0, 80)}`));
  return [
    '## Spam: findings on clean pages (false reports; "other pages" are unlabelled and include the real spam page gne/njxfhn)',
    table(rows),
    listed.length ? listed.join('\n') : '(none)',
    '',
  ].join('\n');
}

function samplesSection(): string {
  const dir = path.join(CORPUS, 'spam-samples');
  if (!fs.existsSync(dir)) return '';
  const rows: string[][] = [['real sample', 'expected', 'found']];
  // The hidden keyword block (extracted from a real news page) and the page itself.
  const blocks: [string, string][] = [
    ['njxfhn_hidden_keyword_div.html', 'hidden keyword block + 友情链接'],
    ['../gne/tests__njxfhn__1.html', 'the whole page (gne/njxfhn)'],
  ];
  for (const [file, name] of blocks) {
    const p = path.join(dir, file);
    if (!fs.existsSync(p)) continue;
    const page = loadHtml(fs.readFileSync(p), 'http://www.njxfhn.com/');
    const hits = detectSpam(page.document).hits;
    page.close();
    const hidden = hits.find((h) => h.technique === 'T1' && h.text.length > 1000);
    const brands = hits.filter((h) => /十博体育|必威体育/.test(h.text)).length;
    rows.push([name, 'T1 block, 3 betting links', `${hidden ? `T1 block (${hidden.text.length} chars)` : 'no block'}, ${brands} betting links`]);
  }
  // Hijacked heads: title and metas (T10), real title, scripts (T8).
  const heads: [string, string, string][] = [
    ['real-hacked-pages/furuijia_芙瑞伽_hacked_head.html', 'http://www.furuijia.com/', '首页-芙瑞伽'],
    ['real-hacked-pages/jxnn_泾县新闻网_hacked_head.html', 'http://www.jxnn.cn/', '泾县新闻网'],
  ];
  for (const [file, url, real] of heads) {
    const p = path.join(dir, file);
    if (!fs.existsSync(p)) continue;
    // The jxnn page declares gb2312 first but is UTF-8: read it as the UTF-8 it is.
    const page = parseHtml(fs.readFileSync(p, 'utf8').replace(/charset=gb2312/i, 'charset=utf-8'), url);
    const r = detectSpam(page.document);
    page.close();
    const t10 = r.hits.filter((h) => h.technique === 'T10').length;
    const t8 = r.hits.filter((h) => h.technique === 'T8').map((h) => h.text);
    rows.push([path.basename(file).replace(/_hacked_head\.html$/, ''), `T10 ×3, T8, title "${real}"`, `T10 ×${t10}, T8 ${t8.join(' ') || 'none'}, title "${r.realTitle ?? ''}"`]);
  }
  // Real keyword lines: each excerpt's first line, above the rest of its page text.
  const excerpts = path.join(dir, 'pages_excerpts.jsonl');
  let lines = 0;
  let found = 0;
  let falseLines = 0;
  let otherLines = 0;
  const flaggedLines: string[] = [];
  if (fs.existsSync(excerpts)) {
    for (const row of fs.readFileSync(excerpts, 'utf8').trim().split('\n')) {
      const { excerpt, pattern } = JSON.parse(row) as { excerpt: string; pattern: string };
      const parts = excerpt.split('\n').map((s) => s.trim()).filter(Boolean);
      // The catalogue names keyword lines ("keyword line", "keyword title line"; "keyword lines": the first two).
      const spamLines = /keyword (?:title )?lines\b/.test(pattern) ? 2 : /keyword (?:title )?line\b/.test(pattern) ? 1 : 0;
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const html = `<html><head><meta charset="utf-8"></head><body>${parts.slice(0, spamLines).map((p) => `<div class="top">${esc(p)}</div>`).join('')}<div class="content">${parts.slice(spamLines).map((p) => `<p>${esc(p)}</p>`).join('')}</div></body></html>`;
      const page = parseHtml(html, 'http://example.cn/');
      const hits = detectSpam(page.document).hits.filter((h) => h.action === 'hidden');
      page.close();
      for (const line of parts.slice(0, spamLines)) {
        lines++;
        if (hits.some((h) => norm(h.text) === norm(line))) found++;
      }
      otherLines += parts.length - spamLines;
      const flagged = parts.slice(spamLines).filter((l) => norm(l) && hits.some((h) => norm(h.text) === norm(l)));
      falseLines += flagged.length;
      flaggedLines.push(...flagged);
    }
    rows.push(['keyword lines of real spam pages', `${lines} lines caught, nothing else`, `${found} of ${lines} caught; ${falseLines} of ${otherLines} other lines flagged`]);
  }
  const flaggedNote = flaggedLines.length ? `other lines flagged:\n${flaggedLines.map((l) => `  ${l.slice(0, 70)}`).join('\n')}` : '';
  return ['## Spam: real samples (../shared/corpus/spam-samples)', table(rows), flaggedNote, ''].join('\n');
}

export default {
  name: 'spam',
  async run(): Promise<string> {
    const fixtures = fixturePages().map(runFixture);
    const out = [recallSection(fixtures)];
    if (!hasCorpus) {
      out.push(lossSection(fixtures, []), reportSection(fixtures, []), '(../shared/corpus is absent: corpus rows skipped)\n');
      return out.join('\n');
    }
    const corpus = runCorpus();
    out.push(lossSection(fixtures, corpus), reportSection(fixtures, corpus, runSmoke()), samplesSection());
    return out.join('\n');
  },
};
