/**
 * Outline quality: the pipeline's headings against the gold `headings` of every fixture that has
 * that field (an empty array means "no sections"), beside h1–h6 alone (what a tag-only outline
 * sees in the article of Readability alone). Headings match when their text is equal after NFKC and dropping
 * whitespace and punctuation; level accuracy is over matched headings. Then the outline stage's
 * share of the pipeline's time on the corpus and the fixtures (best of 3 runs per page).
 */
import { analyze } from '../../lib/pipeline';
import { Readability } from '@mozilla/readability';
import { collapseSpace } from '../../lib/dom/text';
import { fixtureNames, readExpected, loadFixture } from '../../tests/helpers/fixtures';
import { corpusPages, fixturePages } from './pages';
import { normalizeForScore, table } from './score';

interface Outline {
  text: string;
  level: number;
}

interface Match {
  found: number;
  gold: number;
  matched: number;
  levelOk: number;
  missed: Outline[];
  extra: Outline[];
  wrongLevel: { text: string; level: number; gold: number }[];
}

/** Matches found headings to gold ones by normalised text, in order, each gold heading once. */
export function matchHeadings(found: readonly Outline[], gold: readonly Outline[]): Match {
  const used = new Set<number>();
  const m: Match = { found: found.length, gold: gold.length, matched: 0, levelOk: 0, missed: [], extra: [], wrongLevel: [] };
  for (const h of found) {
    const key = normalizeForScore(h.text);
    const i = gold.findIndex((g, j) => !used.has(j) && normalizeForScore(g.text) === key);
    if (i < 0) {
      m.extra.push(h);
      continue;
    }
    used.add(i);
    m.matched++;
    if (gold[i]!.level === h.level) m.levelOk++;
    else m.wrongLevel.push({ text: h.text, level: h.level, gold: gold[i]!.level });
  }
  m.missed = gold.filter((_, j) => !used.has(j));
  return m;
}

function prf(m: { found: number; gold: number; matched: number }): [number, number, number] {
  // An empty outline that should be empty is perfect; anything found there is a false positive.
  const p = m.found ? m.matched / m.found : m.gold ? 0 : 1;
  const r = m.gold ? m.matched / m.gold : m.found ? 0 : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** The tag-only outline: h1–h6 of Readability's article (Readability alone), levels relative to the highest present. */
function tagOutline(doc: Document, title: string): Outline[] {
  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (n) => n as Element }).parse();
  if (!parsed?.content) return [];
  const found = Array.from(parsed.content.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .map((el) => ({ tag: Number(el.tagName[1]), text: collapseSpace(el.textContent ?? '') }))
    .filter((h) => h.text && h.text !== title);
  const tags = [...new Set(found.map((h) => h.tag))].sort();
  return found.map((h) => ({ text: h.text, level: tags.indexOf(h.tag) + 1 }));
}

function sum(ms: Match[], key: 'found' | 'gold' | 'matched' | 'levelOk'): number {
  return ms.reduce((a, m) => a + m[key], 0);
}

function quality(): string {
  const names = fixtureNames().filter((n) => Array.isArray(readExpected(n).headings));
  const rows: (string | number)[][] = [['fixture', 'gold', 'found', 'P', 'R', 'F1', 'level acc', 'h1–h6 only F1']];
  const ours: Match[] = [];
  const base: Match[] = [];
  const notes: string[] = [];
  for (const name of names) {
    const page = loadFixture(name);
    const gold = page.expected.headings!;
    const report = analyze(page.document, { url: page.expected.url, window: page.window });
    page.close();
    const plain = loadFixture(name);
    const b = matchHeadings(tagOutline(plain.document, collapseSpace(plain.expected.metadata?.title ?? '')), gold);
    plain.close();
    const m = matchHeadings(report.headings, gold);
    ours.push(m);
    base.push(b);
    const [p, r, f] = prf(m);
    rows.push([name, m.gold, m.found, p, r, f, m.matched ? m.levelOk / m.matched : '-', prf(b)[2]]);
    for (const x of m.missed) notes.push(`  ${name}: missed "${x.text}" (level ${x.level})`);
    for (const x of m.extra) notes.push(`  ${name}: extra "${x.text}" (level ${x.level})`);
    for (const x of m.wrongLevel) notes.push(`  ${name}: level ${x.level} for "${x.text}", gold ${x.gold}`);
  }
  const total = (ms: Match[]) => ({ found: sum(ms, 'found'), gold: sum(ms, 'gold'), matched: sum(ms, 'matched') });
  const [p, r, f] = prf(total(ours));
  const levelAcc = sum(ours, 'matched') ? sum(ours, 'levelOk') / sum(ours, 'matched') : 0;
  rows.push(['all (micro)', sum(ours, 'gold'), sum(ours, 'found'), p, r, f, levelAcc, prf(total(base))[2]]);
  const [bp, br, bf] = prf(total(base));
  const baseLevel = sum(base, 'matched') ? sum(base, 'levelOk') / sum(base, 'matched') : 0;
  return [
    `## Outline: ${names.length} fixtures with gold headings`,
    table(rows),
    `heading precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${f.toFixed(3)}; level accuracy ${levelAcc.toFixed(3)} (over ${sum(ours, 'matched')} matched headings)`,
    `h1–h6 only: precision ${bp.toFixed(3)}, recall ${br.toFixed(3)}, F1 ${bf.toFixed(3)}; level accuracy ${baseLevel.toFixed(3)}`,
    notes.length ? `differences:\n${notes.join('\n')}` : 'differences: none',
    '',
  ].join('\n');
}

const ROUNDS = 3;

/** Best-of-N outline and rest-of-pipeline times of each page, summed per set. */
function timeShare(): string {
  const sets = new Map<string, { outline: number; rest: number; pages: number; withHeadings: number; headings: number }>();
  for (const page of [...corpusPages(), ...fixturePages()]) {
    let bestOutline = Infinity;
    let bestRest = Infinity;
    let found = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const loaded = page.load();
      const report = analyze(loaded.document, { url: page.url, window: loaded.window });
      loaded.close();
      const o = report.timings.outline ?? 0;
      bestOutline = Math.min(bestOutline, o);
      bestRest = Math.min(bestRest, (report.timings.total ?? 0) - o);
      found = report.headings.length;
    }
    const s = sets.get(page.set) ?? { outline: 0, rest: 0, pages: 0, withHeadings: 0, headings: 0 };
    s.outline += bestOutline;
    s.rest += bestRest;
    s.pages++;
    s.withHeadings += found ? 1 : 0;
    s.headings += found;
    sets.set(page.set, s);
  }
  const rows: (string | number)[][] = [['pages', 'n', 'outline ms', 'rest of pipeline ms', 'outline adds', 'pages with an outline', 'headings']];
  for (const [name, s] of sets) rows.push([name, s.pages, Math.round(s.outline), Math.round(s.rest), `${((s.outline / s.rest) * 100).toFixed(1)}%`, s.withHeadings, s.headings]);
  return [
    `## Outline stage time in Node (jsdom), best of ${ROUNDS} runs per page${sets.has('corpus') ? '' : ' (../shared/corpus is absent: fixtures only)'}`,
    table(rows),
    '',
  ].join('\n');
}

export default {
  name: 'outline',
  async run(): Promise<string> {
    return [quality(), timeShare()].join('\n');
  },
};
