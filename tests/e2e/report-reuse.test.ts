/**
 * The first report on a cleaned page, in real Chromium with the built extension: while the page
 * has not changed since the cleanup, the report takes the cleanup's spam detection instead of
 * running the detectors again (lib/page/change-watch.ts), and it finds exactly what a fresh
 * detection finds. A change after the cleanup (the page's own script adding spam, a style sheet
 * that arrives late) makes the report detect again.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable, launchWithExtension, type ExtensionBrowser } from '../helpers/browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { fixturePath } from '../helpers/fixtures';
import { LATE_SPAM_LINKS, SPAM_PAGES } from '../helpers/spam-pages';
import { SPAM_REUSED } from '../../lib/analyze-page';
import type { PageState } from '../../lib/messages';

const unavailable = browserUnavailable();


declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

const spamMessage = (state: PageState) => state.report?.stages.find((s) => s.stage === 'spam')?.message;
const findings = (state: PageState) => state.report!.spam.map(({ text, technique, action }) => ({ text, technique, action }));

describe.skipIf(unavailable)('the first report and the cleanup\'s spam detection, in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(['*.gov.cn', '*.gov.tw', '*.news.cn']);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function send(page: Page, message: unknown): Promise<PageState> {
    const tabId = await ext.tabId(page);
    return (await ext.worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message })) as PageState;
  }

  /** A new tab with `url`, loaded and cleaned on load. */
  async function cleanedTab(url: string, prepare?: (page: Page) => Promise<void>): Promise<Page> {
    const page = await ext.context.newPage();
    await prepare?.(page);
    await page.goto(url, { waitUntil: 'load' });
    await expect.poll(async () => (await send(page, { type: 'qingyue:get-state' })).timing?.cleanedAt, { timeout: 15_000 }).toBeDefined();
    return page;
  }

  for (const [fixture, host] of SPAM_PAGES) {
    it(`${fixture}: reused on the unchanged page, and the same findings as a detection made after a change`, async () => {
      const url = server.url(host, fixture);
      const unchanged = await cleanedTab(url);
      const reused = await send(unchanged, { type: 'qingyue:get-report' });
      expect(spamMessage(reused)).toBe(SPAM_REUSED);
      expect(reused.cleaned).toBe(true);

      // The same page, touched after the cleanup (a comment node: nothing the detectors read).
      const touched = await cleanedTab(url);
      await touched.evaluate(() => document.body.append(document.createComment('touched')));
      const fresh = await send(touched, { type: 'qingyue:get-report' });
      expect(spamMessage(fresh)).toBeUndefined();
      expect(findings(reused)).toEqual(findings(fresh));
      expect(findings(reused).length).toBeGreaterThan(0);
      expect(reused.spamCount).toBe(fresh.spamCount);
      await unchanged.close();
      await touched.close();
    });
  }

  it('detects again, and hides, what the page\'s own script adds after the cleanup', async () => {
    const page = await cleanedTab(server.url('www.liangjiang.gov.cn', 'gov-liangjiang-seed'));
    const before = (await send(page, { type: 'qingyue:get-state' })).spamCount;
    await page.evaluate((links) => {
      const block = document.createElement('div');
      block.id = 'late-spam';
      block.style.display = 'none';
      for (const [host, text] of links) {
        const a = document.createElement('a');
        a.href = `http://www.${host}/`;
        a.textContent = text;
        block.append(a, ' ');
      }
      document.body.append(block);
    }, LATE_SPAM_LINKS);
    const state = await send(page, { type: 'qingyue:get-report' });
    expect(spamMessage(state)).toBeUndefined();
    expect(state.report!.spam.map((s) => s.text).join('\n')).toContain('皇冠体育投注');
    expect(state.spamCount).toBeGreaterThan(before!);
    expect(await page.evaluate(() => document.getElementById('late-spam')!.style.getPropertyPriority('display'))).toBe('important');
    await page.close();
  });

  it('detects again when a style sheet finishes loading after the cleanup (computed styles change without a mutation)', async () => {
    const url = server.url('www.liangjiang.gov.cn', 'gov-liangjiang-seed');
    const page = await cleanedTab(url, async (tab) => {
      // The sheet is linked in the head and arrives a second late: the page is parsed
      // (and cleaned) before it applies.
      const html = fs.readFileSync(fixturePath('gov-liangjiang-seed'), 'utf8').replace('</head>', '<link rel="stylesheet" href="/late.css"></head>');
      await tab.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await tab.route(/\/late\.css$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.fulfill({ status: 200, contentType: 'text/css', body: 'p { letter-spacing: 0 }' });
      });
    });
    const timing = (await send(page, { type: 'qingyue:get-state' })).timing!;
    const sheetLoaded = await page.evaluate(() => (performance.getEntriesByType('resource').find((e) => e.name.endsWith('/late.css')) as PerformanceResourceTiming | undefined)?.responseEnd ?? 0);
    // The premise: the cleanup ran before the sheet arrived.
    expect(timing.cleanedAt!).toBeLessThan(sheetLoaded);
    const state = await send(page, { type: 'qingyue:get-report' });
    expect(spamMessage(state)).toBeUndefined();
    expect(state.report!.spam.length).toBeGreaterThan(0);
    await page.close();
  });

  it('detects again on a page with a running CSS animation', async () => {
    const url = server.url('www.liangjiang.gov.cn', 'gov-liangjiang-seed');
    const animated = await cleanedTab(url, async (tab) => {
      const html = fs
        .readFileSync(fixturePath('gov-liangjiang-seed'), 'utf8')
        .replace('</head>', '<style>@keyframes turn { to { transform: rotate(360deg) } } .loading { animation: turn 1s linear infinite }</style></head>')
        .replace('</body>', '<div class="loading">加载中</div></body>');
      await tab.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    });
    const state = await send(animated, { type: 'qingyue:get-report' });
    expect(spamMessage(state)).toBeUndefined();
    expect(state.report!.spam.length).toBeGreaterThan(0);
    await animated.close();
  });
});
