/**
 * Robustness: generated hostile pages and mutated real pages run through the whole pipeline in
 * Node. No exception escapes, every stage reports a status, a stage past its budget says so, and
 * the analysed document is left exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../lib/pipeline';
import { loadHtml, parseHtml } from '../../../lib/node/html-file';
import type { Report } from '../../../lib/report';
import { CORPUS, corpusCases, fixtureNames, fixturePath } from '../../helpers/fixtures';
import { rng } from '../../helpers/random';
import { generatedPages, mutate } from './generated-pages';

const STAGES = ['spam', 'extract', 'outline', 'render', 'figures', 'convert'];

/**
 * Script-capable markup in an HTML string: script elements, event-handler attributes and
 * `javascript:` URLs. Read from the parsed markup, so article text that quotes such code (hostile
 * fixtures explain XSS in prose: `&lt;img onerror=…&gt;`) is not mistaken for it.
 */
function activeMarkup(html: string): string[] {
  if (!html) return [];
  const page = parseHtml(`<body>${html}`);
  const found: string[] = [];
  for (const el of Array.from(page.document.body.querySelectorAll('*'))) {
    if (/^(script|iframe|object|embed)$/i.test(el.tagName)) found.push(el.tagName);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
      if (/^\s*(?:javascript|vbscript):/i.test(a.value)) found.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
    }
  }
  page.close();
  return found;
}

function checkReport(report: Report): void {
  expect(report.stages.map((s) => s.stage)).toEqual(STAGES);
  for (const s of report.stages) expect(['ok', 'error', 'timeout', 'skipped']).toContain(s.status);
  expect(typeof report.text).toBe('string');
  expect(activeMarkup(report.html)).toEqual([]);
  expect(() => JSON.stringify(report)).not.toThrow();
}

function run(html: string, budgetMs = 2000) {
  const page = parseHtml(html, 'https://www.example.gov.cn/art/2024/1/1/t20240101_1.html');
  const before = page.document.documentElement?.outerHTML ?? '';
  const start = performance.now();
  const report = analyze(page.document, { window: page.window, budgetMs });
  const ms = performance.now() - start;
  const after = page.document.documentElement?.outerHTML ?? '';
  page.close();
  return { report, ms, unchanged: before === after };
}

describe('pipeline on generated hostile pages', () => {
  for (const page of generatedPages()) {
    it(`survives: ${page.name}`, { timeout: 60_000 }, () => {
      const { report, unchanged } = run(page.html);
      checkReport(report);
      expect(unchanged).toBe(true);
      const errors = report.stages.filter((s) => s.status === 'error');
      expect(errors, JSON.stringify(errors)).toEqual([]);
    });
  }

  it('stops stages that run past a small budget and says so in the report', { timeout: 60_000 }, () => {
    const giant = generatedPages().find((p) => p.name === '10 MB of digits and units')!;
    const { report } = run(giant.html, 50);
    checkReport(report);
    expect(report.stages.some((s) => s.status === 'timeout')).toBe(true);
    // A stage that stops at its budget does so promptly, not after finishing all its work.
    for (const s of report.stages) if (s.status === 'timeout') expect(s.ms, s.stage).toBeLessThan(50 * 20);
  });

  it('parses an SVG document (no body) without failing', () => {
    const { window } = parseHtml('');
    const svg = new window.DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><text>增长5.2%</text></svg>', 'image/svg+xml');
    const report = analyze(svg, { window });
    checkReport(report);
    expect(report.isArticle).toBe(false);
  });

  it('decodes pages with broken legacy bytes without failing', () => {
    const r = rng(7);
    for (let i = 0; i < 5; i++) {
      const bytes = Uint8Array.from({ length: 20_000 }, () => Math.floor(r() * 256));
      const header = new TextEncoder().encode('<meta charset="gbk"><body><p>');
      const page = loadHtml(Uint8Array.from([...header, ...bytes]));
      checkReport(analyze(page.document, { window: page.window }));
      page.close();
    }
  });
});

describe('pipeline on mutated real pages', () => {
  const sources = [
    ...fixtureNames().map((n) => fixturePath(n)),
    ...corpusCases()
      .filter((_, i) => i % 4 === 0)
      .map((c) => path.join(CORPUS, c.html)),
  ];
  // One test per source page (three mutations each), so that a slow page is named and timed alone.
  sources.forEach((file, i) => {
    it(`survives 3 mutations of ${path.relative(process.cwd(), file)}`, { timeout: 60_000 }, () => {
      const html = fs.readFileSync(file, 'latin1');
      for (let k = 0; k < 3; k++) {
        const n = i * 3 + k + 1;
        const { report, unchanged } = run(mutate(html, n));
        checkReport(report);
        expect(unchanged, `${file} mutation ${n}`).toBe(true);
        expect(report.stages.filter((s) => s.status === 'error'), `${file} mutation ${n}`).toEqual([]);
      }
    });
  });
});
