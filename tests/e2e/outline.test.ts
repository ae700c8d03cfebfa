/**
 * The outline in real Chromium with the built extension: the content script finds the sections of
 * a gov.cn page from the page's real styles, and `qingyue:scroll-to` (what the popup sends when a
 * heading is clicked) scrolls the page to the heading, highlights it briefly and restores its style.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable, launchWithExtension, type ExtensionBrowser } from '../helpers/browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { readExpected } from '../helpers/fixtures';
import type { PageState, Request, ScrollResult } from '../../lib/messages';

const unavailable = browserUnavailable();

declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

describe.skipIf(unavailable)('outline in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Sends a request to the page's content script from the service worker, as the popup does. */
  async function send<T>(page: Page, request: Request): Promise<T> {
    const tabId = await browser.tabId(page);
    return (await browser.worker.evaluate(([id, message]) => chrome.tabs.sendMessage(id, message), [tabId, request] as const)) as T;
  }

  async function open(host: string, fixture: string): Promise<{ page: Page; state: PageState }> {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' }); // scroll at once rather than smoothly
    await page.goto(server.url(host, fixture));
    let state: PageState | undefined;
    await expect
      .poll(
        async () => {
          state = await send<PageState>(page, { type: 'qingyue:get-report' }).catch(() => undefined);
          return state?.report?.isArticle ?? null;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    return { page, state: state! };
  }

  it('finds every section line of the source article, with its level, from the live page', async () => {
    const { page, state } = await open('www.liangjiang.gov.cn', 'gov-liangjiang-seed');
    const gold = readExpected('gov-liangjiang-seed').headings!;
    expect(state.report!.headings.map((h) => [h.text, h.level])).toEqual(gold.map((h) => [h.text, h.level]));
    await page.close();
  });

  it('scrolls to a heading, highlights it briefly and then restores its style', async () => {
    const { page, state } = await open('www.liangjiang.gov.cn', 'gov-liangjiang-seed');
    const heading = state.report!.headings.find((h) => h.text === '民生提檔 暢享高品質生活')!;
    expect(heading).toBeDefined();
    const locate = (text: string) =>
      page.evaluate((t) => {
        const el = [...document.querySelectorAll('p')].find((p) => p.textContent?.trim() === t)!;
        return { style: el.getAttribute('style'), top: el.getBoundingClientRect().top, scrollY: window.scrollY, outline: `${el.style.outlineStyle} ${el.style.outlineWidth}`.trim() };
      }, text);
    const before = await locate(heading.text);
    expect(before.scrollY).toBe(0);
    expect(before.top).toBeGreaterThan(1000);

    const result = await send<ScrollResult>(page, { type: 'qingyue:scroll-to', anchor: heading.anchor });
    expect(result).toEqual({ found: true });
    const during = await locate(heading.text);
    expect(during.outline).toBe('solid 3px');
    expect(during.scrollY).toBeGreaterThan(1000);
    expect(Math.abs(during.top)).toBeLessThan(2);

    // The highlight ends by itself and the element's own style attribute is back exactly.
    await expect.poll(async () => (await locate(heading.text)).style, { timeout: 5_000 }).toBe(before.style);
    expect((await locate(heading.text)).outline).toBe('');
    await page.close();
  });

  it('scrolls to a heading that is a <b> line inside a table cell', async () => {
    const { page, state } = await open('www.mouxian.gov.cn', 'outline-br-lines');
    const last = state.report!.headings.at(-1)!;
    expect(last.text).toBe('三、工作要求');
    await page.setViewportSize({ width: 1280, height: 300 });
    expect(await send<ScrollResult>(page, { type: 'qingyue:scroll-to', anchor: last.anchor })).toEqual({ found: true });
    const where = await page.evaluate((t) => {
      const el = [...document.querySelectorAll('b')].find((b) => b.textContent?.trim() === t)!;
      const maxScroll = document.scrollingElement!.scrollHeight - window.innerHeight;
      return { top: el.getBoundingClientRect().top, scrollY: window.scrollY, maxScroll, height: window.innerHeight, outline: `${el.style.outlineStyle} ${el.style.outlineWidth}`.trim() };
    }, last.text);
    expect(where.outline).toBe('solid 3px');
    expect(where.scrollY).toBeGreaterThan(0);
    // At the top of the viewport, or as near as the end of the page allows.
    if (where.scrollY < where.maxScroll) expect(Math.abs(where.top)).toBeLessThan(2);
    expect(where.top).toBeGreaterThanOrEqual(-2);
    expect(where.top).toBeLessThan(where.height);
    await page.close();
  });

  it('answers not found for an anchor that is not on the page, without scrolling', async () => {
    const { page } = await open('www.liangjiang.gov.cn', 'gov-liangjiang-seed');
    expect(await send<ScrollResult>(page, { type: 'qingyue:scroll-to', anchor: 'qy-h-999' })).toEqual({ found: false });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });

  it('gives an empty outline for a page without sections', async () => {
    const { page, state } = await open('jtj.moushi.gov.cn', 'outline-traps-no-sections');
    expect(state.report!.headings).toEqual([]);
    expect(state.report!.text).toContain('重点交通项目');
    await page.close();
  });
});
