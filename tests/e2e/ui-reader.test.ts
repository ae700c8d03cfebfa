/**
 * The reader view in real Chromium: opened from the popup next to the page, the cleaned article
 * (sanitised HTML, no spam, no site chrome) with outline anchors, text size, line width and dark
 * mode, and one click back to the original page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable } from '../helpers/browser';
import { launchUi, saveScreenshot, type UiBrowser } from '../helpers/ui-browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { readExpected } from '../helpers/fixtures';

const unavailable = browserUnavailable();
const FIXTURE = 'ui-gov-report';
const expected = readExpected(FIXTURE);

describe.skipIf(unavailable)('reader view', () => {
  let b: UiBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    b = await launchUi();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('opens from the popup, reads well, jumps to headings, and goes back in one click', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('tjj.qingjiang.gov.cn', FIXTURE));
    await expect.poll(async () => (await b.pageState(page)).cleaned, { timeout: 15_000 }).toBe(true);
    const pageTab = await b.tabId(page);
    const popup = await b.openPopup(page);
    const [reader] = await Promise.all([b.context.waitForEvent('page'), popup.getByRole('button', { name: '阅读模式' }).click()]);
    await reader.setViewportSize({ width: 1280, height: 860 });
    await reader.locator('article h1').waitFor({ timeout: 15_000 });
    expect(new URL(reader.url()).pathname).toBe('/reader.html');
    // The article was asked for while the reader's document was still parsed (entrypoints/reader-app.ts).
    const [asked, parsed] = await reader.evaluate(() => [performance.getEntriesByName('qingyue:asked')[0]?.startTime ?? Infinity, (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive]);
    expect(asked).toBeLessThan(parsed);
    expect(await reader.locator('article h1').textContent()).toBe(expected.metadata!.title);
    expect(await reader.locator('article .meta').textContent()).toContain('2024年4月19日 10:30');

    // The article only: no spam, no scripts, no site navigation; headings carry their anchors.
    const text = (await reader.locator('article .content').textContent()) ?? '';
    expect(text).toContain('全市实现地区生产总值1286.4亿元');
    for (const s of expected.spam!) expect(text).not.toContain(s.text.slice(0, 8));
    expect(await reader.locator('article script, article iframe, article [onclick], article style').count()).toBe(0);
    expect(text).not.toContain('当前位置');
    const toc = await reader.locator('#qy-toc a').allTextContents();
    expect(toc).toEqual(expected.headings!.map((x) => x.text));
    const hrefs = await reader.locator('#qy-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    for (const id of hrefs) expect(await reader.locator(`article [id="${id}"]`).count()).toBe(1);
    saveScreenshot('reader-light.png', await reader.screenshot());

    // Outline anchor: the heading comes to the top.
    await reader.getByRole('link', { name: expected.headings![4]!.text }).click();
    const heading = reader.locator(`article [id="${hrefs[4]}"]`);
    await expect.poll(async () => Math.round((await heading.boundingBox())?.y ?? -1), { timeout: 5000 }).toBeLessThan(120);
    expect(await reader.evaluate(() => window.scrollY)).toBeGreaterThan(100);

    // Text size, line width and theme apply at once and are remembered.
    const size = () => reader.locator('article .content').evaluate((el) => getComputedStyle(el).fontSize);
    expect(await size()).toBe('18px');
    await reader.getByRole('button', { name: '放大字号' }).click();
    expect(await size()).toBe('20px');
    const width = () => reader.locator('main').evaluate((el) => el.getBoundingClientRect().width);
    const medium = await width();
    await reader.getByRole('button', { name: '窄' }).click();
    expect(await width()).toBeLessThan(medium);
    await reader.getByRole('button', { name: '中' }).click();
    await reader.getByRole('combobox', { name: '主题' }).selectOption('dark');
    expect(await reader.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 24, 28)');
    await reader.evaluate(() => window.scrollTo(0, 0));
    saveScreenshot('reader-dark.png', await reader.screenshot());
    const stored = await b.worker.evaluate(() => chrome.storage.sync.get('settings'));
    expect((stored.settings as { reader: unknown }).reader).toEqual({ fontSize: 20, width: 'medium', theme: 'dark' });

    // One click back: the reader closes and the original page is the active tab again.
    const closed = reader.waitForEvent('close');
    await reader.getByRole('button', { name: '返回原网页' }).click();
    await closed;
    const active = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    expect(active).toBe(pageTab);
    await popup.close();
    await page.close();
  });

  it('goes back with Esc, and explains when the original page is gone', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('tjj.qingjiang.gov.cn', FIXTURE));
    const tab = await b.tabId(page);
    const reader = await b.context.newPage();
    await reader.goto(`chrome-extension://${b.extensionId}/reader.html?tab=${tab}`);
    await reader.locator('article h1').waitFor({ timeout: 15_000 });
    const closed = reader.waitForEvent('close');
    await reader.keyboard.press('Escape').catch(() => {}); // the page may close while the key is still being sent
    await closed;

    await page.close();
    const orphan = await b.context.newPage();
    await orphan.goto(`chrome-extension://${b.extensionId}/reader.html?tab=${tab}`);
    await expect.poll(() => orphan.getByRole('alert').textContent(), { timeout: 10_000 }).toBe('原网页已经关闭，无法读取。');
    await orphan.close();
  });
});

declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};
