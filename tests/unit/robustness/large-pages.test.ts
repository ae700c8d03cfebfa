/**
 * Pages of about 100,000 elements: a portal home page is recognised as no article and left alone,
 * and a long article inside a heavy portal frame is still extracted, within the stage budgets.
 * (Timing figures are printed by scripts/bench/large-pages.bench.ts, not asserted here.)
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/pipeline';
import { parseHtml } from '../../../lib/node/html-file';
import { largeArticlePage, largePortalPage } from './large-pages';
import { elementsByTag } from '../../../lib/dom/walk';

const URL = 'https://www.liangjiang.gov.cn/art/2024/3/15/art_1_1.html';

function analyzeHtml(html: string) {
  const page = parseHtml(html, URL);
  const elements = elementsByTag(page.document, '*').length;
  const before = page.document.body.childNodes.length;
  // A generous budget: these checks are about the result, the bench measures the time.
  const report = analyze(page.document, { window: page.window, url: URL, budgetMs: 20_000 });
  const after = page.document.body.childNodes.length;
  page.close();
  return { report, elements, untouched: before === after };
}

describe('pages of 100,000 elements', () => {
  it('recognises a portal home page of link columns as no article', { timeout: 60_000 }, () => {
    const { report, elements, untouched } = analyzeHtml(largePortalPage().html);
    expect(elements).toBeGreaterThan(90_000);
    expect(report.stages.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(report.isArticle).toBe(false);
    expect(report.text).toBe('');
    expect(untouched).toBe(true);
  });

  it('extracts the article of a page whose frame holds 100,000 elements', { timeout: 60_000 }, () => {
    const { html, title, firstSentence } = largeArticlePage();
    const { report, elements, untouched } = analyzeHtml(html);
    expect(elements).toBeGreaterThan(90_000);
    expect(report.stages.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(report.isArticle).toBe(true);
    expect(report.title).toBe(title);
    expect(report.text.startsWith(firstSentence)).toBe(true);
    // The frame stays out: no sidebar column titles or footer links in the text.
    expect(report.text).not.toMatch(/相关网站|批重点项目申报工作的通知/);
    expect(report.text.split('\n').length).toBeGreaterThanOrEqual(2000);
    expect(untouched).toBe(true);
  });
});
