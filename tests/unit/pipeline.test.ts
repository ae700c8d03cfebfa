import { describe, expect, it } from 'vitest';
import { analyze, analyzePage } from '../../lib/pipeline';
import { analyzePageWith } from '../../lib/analyze-page';
import { detectSpam } from '../../lib/spam';
import type { SpamDetector } from '../../lib/spam/stage';
import { parseHtml } from '../../lib/node/html-file';
import { loadFixture } from '../helpers/fixtures';
import { collapseSpace } from '../../lib/dom/text';

describe('analyze() on the source article page', () => {
  const page = loadFixture('gov-liangjiang-seed');
  const report = analyze(page.document, { url: page.expected.url, window: page.window });
  // The page writes some spaces as U+3000 / NBSP; report text collapses them to ASCII spaces.
  const gold = page.expected.gold!.split('\n').map(collapseSpace);

  it('fills the report fields', () => {
    expect(report.version).toBe(1);
    expect(report.url).toBe(page.expected.url);
    expect(report.title).toBe(page.expected.metadata!.title);
    expect(report.source).toBe('公民報');
    expect(report.publishedTime).toBe('2023-01-17T15:06:00+08:00');
    expect(report.isArticle).toBe(true);
    // Traditional with a few Simplified leftovers of the naive conversion (示范, 并, 于).
    expect(report.script).toBe('hant');
    expect(report.stages.map((s) => [s.stage, s.status])).toEqual([
      ['spam', 'ok'],
      ['extract', 'ok'],
      ['outline', 'ok'],
      ['render', 'ok'],
      ['figures', 'ok'],
      ['convert', 'ok'],
    ]);
    expect(report.timings.total).toBeGreaterThan(0);
  });

  it('keeps the whole article text, first to last paragraph', () => {
    expect(report.text.slice(0, gold[0]!.length)).toBe(gold[0]);
    expect(report.text).toContain(gold.at(-1));
    expect(report.text).toContain('陸海新通道班列和中歐班列到發班次488班、516班,分別增長83%和30%。');
  });

  it('removes the injected keyword line from text and html and reports it', () => {
    const spam = page.expected.spam![0]!;
    expect(report.text).not.toContain('无码');
    expect(report.html).not.toContain('无码');
    expect(report.spam).toEqual([expect.objectContaining({ text: spam.text, technique: 'T9' })]);
  });

  it('renders the html after the outline has marked its headings, and without the outline too', () => {
    expect(report.headings.length).toBeGreaterThan(2);
    for (const h of report.headings) expect(report.html).toContain(`id="${h.anchor}"`);
    const fresh = loadFixture('gov-liangjiang-seed');
    const plain = analyze(fresh.document, { url: fresh.expected.url, window: fresh.window, skip: ['outline'] });
    expect(plain.html).toContain('<p>');
    expect(plain.html).not.toContain('qy-h-');
    expect(plain.text).toBe(report.text);
  });

  it('defers the html on request: same report without it, the same html when asked for, rendered once', () => {
    const fresh = loadFixture('gov-liangjiang-seed');
    const deferred = analyzePage(fresh.document, { url: fresh.expected.url, window: fresh.window, deferHtml: true });
    expect(deferred.report.html).toBe('');
    expect(deferred.report.text).toBe(report.text);
    expect(deferred.report.headings).toEqual(report.headings);
    expect(deferred.report.stages.find((s) => s.stage === 'render')?.status).toBe('ok');
    const html = deferred.renderHtml();
    expect(html).toBe(report.html);
    expect(deferred.renderHtml()).toBe(html);
    // Asking for it leaves the report as it was (the popup's answers stay without the html).
    expect(deferred.report.html).toBe('');
    // Not deferred: renderHtml() is report.html.
    expect(analyzePage(fresh.document, { url: fresh.expected.url, window: fresh.window }).renderHtml()).toBe(report.html);
  });

  it('returns sanitised HTML without scripts, handlers or styles', () => {
    expect(report.html).toContain('<p>');
    expect(report.html).not.toMatch(/<script|onerror=|style=/i);
  });

  it('finds the figures of the text with offsets into it', () => {
    const total = report.figures.find((f) => f.raw === '369.7億元')!;
    expect(total).toMatchObject({ value: 36970000000, unit: '元' });
    const chars = [...report.text];
    expect(chars.slice(total.start, total.end).join('')).toBe('369.7億元');
  });

  it('does not change the analysed document', () => {
    const before = page.document.body.innerHTML;
    analyze(page.document, { url: page.expected.url, window: page.window });
    expect(page.document.body.innerHTML).toBe(before);
  });

  it('finds spam with the detector it is given (the analyzer script has none of its own)', () => {
    const options = { url: page.expected.url, window: page.window };
    // The content script's copy of the detectors gives the same report as the built-in one.
    const calls: string[] = [];
    const copy: SpamDetector = (doc, o) => {
      calls.push(o.url ?? '');
      return detectSpam(doc, o);
    };
    const given = analyzePageWith(copy, page.document, options).report;
    expect(calls).toEqual([page.expected.url]);
    expect({ ...given, timings: {}, stages: [] }).toEqual({ ...report, timings: {}, stages: [] });
    // And what it finds is what the report lists and the extraction leaves out.
    const para = Array.from(page.document.querySelectorAll('p')).find((p) => (p.textContent ?? '').length > 80)!;
    const sample = collapseSpace(para.textContent!).slice(0, 30);
    expect(report.text).toContain(sample);
    const planted: SpamDetector = () => ({ hits: [{ element: para, text: 'planted', reason: 'test', technique: 'T9' }], realTitle: null });
    const withPlanted = analyzePage(page.document, { ...options, detectSpam: planted }).report;
    expect(withPlanted.spam).toEqual([{ text: 'planted', reason: 'test', technique: 'T9' }]);
    expect(withPlanted.text).not.toContain(sample);
  });
});

describe('analyze() on hostile or empty input', () => {
  it('never throws on an empty document and says it is not an article', () => {
    const page = parseHtml('');
    const report = analyze(page.document, { window: page.window });
    expect(report.isArticle).toBe(false);
    expect(report.text).toBe('');
  });

  it('records a failing stage instead of throwing, and still runs the others', () => {
    const page = parseHtml('<html><body><p>二〇二三年，全市地区生产总值增长5.2%。</p></body></html>');
    const report = analyze(page.document, {
      window: page.window,
      converter: {
        to: 't',
        convert: () => {
          throw new Error('dictionary missing');
        },
      },
    });
    expect(report.stages.find((s) => s.stage === 'convert')).toMatchObject({ status: 'error', message: 'dictionary missing' });
    expect(report.stages.find((s) => s.stage === 'extract')?.status).toBe('ok');
  });

  it('skips the stages it is asked to skip', () => {
    const page = parseHtml('<html><body><p>测试</p></body></html>');
    const report = analyze(page.document, { window: page.window, skip: ['figures', 'spam'] });
    expect(report.stages.filter((s) => s.status === 'skipped').map((s) => s.stage)).toEqual(['spam', 'figures']);
  });
});
