/**
 * The toolbar popup in real Chromium: what a reader sees on a cleaned government page (title,
 * source, date, outline, key figures, removed spam), and every action in it — jumping to a
 * heading, copying figures, undo and clean again, the conversion choice, the states for pages
 * that are not articles or cannot be reached. Screenshots go to artifacts/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable } from '../helpers/browser';
import { launchUi, saveScreenshot, type UiBrowser } from '../helpers/ui-browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { readExpected } from '../helpers/fixtures';
import { formatFigures, LABELS } from '../../lib/figures/formats';
import type { Report } from '../../lib/report';

const unavailable = browserUnavailable();
const FIXTURE = 'ui-gov-report';
const HOST = 'tjj.qingjiang.gov.cn';
const expected = readExpected(FIXTURE);
const SPAM_LINE = expected.spam!.find((s) => s.technique === 'T9')!.text;

describe.skipIf(unavailable)('toolbar popup', () => {
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

  /** The fixture page, cleaned and analysed by the content script. */
  async function cleanedPage(): Promise<{ page: Page; report: Report }> {
    const page = await b.context.newPage();
    await page.goto(server.url(HOST, FIXTURE));
    await expect.poll(async () => (await b.pageState(page)).cleaned, { timeout: 15_000 }).toBe(true);
    const report = (await b.pageState(page)).report!;
    return { page, report };
  }

  it('shows title, source, date, outline and key figures when the toolbar button is clicked', async () => {
    const { page, report } = await cleanedPage();
    const popup = await b.clickToolbar(page);
    await popup.waitFor(`document.querySelector('main h1')?.textContent === ${JSON.stringify(expected.metadata!.title)}`);
    const meta = await popup.evaluate<string>(`document.querySelector('.meta').textContent`);
    expect(meta).toContain('来源：市统计局');
    expect(meta).toContain('2024年4月19日 10:30');
    const outline = await popup.evaluate<string[]>(`[...document.querySelectorAll('.outline button')].map((b) => b.textContent)`);
    expect(outline).toEqual(expected.headings!.map((x) => x.text));
    const levels = await popup.evaluate<string[]>(`[...document.querySelectorAll('.outline li')].map((li) => li.dataset.level)`);
    expect(levels).toEqual(expected.headings!.map((x) => String(x.level)));
    const figures = await popup.evaluate<string[]>(`[...document.querySelectorAll('.figures .fig-raw')].map((e) => e.textContent)`);
    expect(figures).toEqual(report.figures.filter((f) => f.key).map((f) => f.raw));
    expect(figures).toContain('1286.4亿元');
    const spam = await popup.evaluate<string>(`document.querySelector('.spam-line').textContent`);
    expect(spam).toContain('已隐藏 2 处注入内容');
    // The popup marks when its content is on screen (the benchmark reads the same mark).
    expect(await popup.evaluate<number>(`performance.getEntriesByName('qingyue:content')[0]?.startTime ?? -1`)).toBeGreaterThan(0);
    // Its script started while the document was still parsed (entrypoints/popup-app.ts): the
    // request for the report does not wait for the body, the stylesheet or module chunks.
    const [started, parsed] = await popup.evaluate<[number, number]>(`[performance.getEntriesByName('qingyue:early')[0]?.startTime ?? Infinity, performance.getEntriesByType('navigation')[0].domInteractive]`);
    expect(started).toBeLessThan(parsed);
    await popup.screenshot('popup-toolbar.png', 'light');
    await page.close();
  });

  it('renders finished light and dark themes (screenshots)', async () => {
    const { page } = await cleanedPage();
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await b.openPopup(page, scheme);
      await popup.locator('main h1').waitFor();
      await popup.locator('details.spam-list summary').click();
      const bg = await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)');
      const height = await popup.evaluate(() => document.body.scrollHeight);
      await popup.setViewportSize({ width: 380, height });
      saveScreenshot(`popup-${scheme}.png`, await popup.screenshot({ clip: { x: 0, y: 0, width: 380, height } }));
      await popup.close();
    }
    await page.close();
  });

  it('scrolls the page to a heading clicked in the outline', async () => {
    const { page } = await cleanedPage();
    await page.setViewportSize({ width: 1000, height: 400 });
    const popup = await b.openPopup(page);
    const target = expected.headings![3]!.text; // 二、工业生产加快回升
    await popup.getByRole('button', { name: target, exact: true }).click();
    await page.bringToFront();
    const heading = page.getByRole('heading', { name: target });
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1, { timeout: 5000 }).toBeLessThan(80);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    // Briefly highlighted, then put back exactly as it was.
    await expect.poll(() => heading.getAttribute('style'), { timeout: 5000 }).toBeNull();
    await popup.close();
    await page.close();
  });

  it('copies one figure, and all listed figures as exact TSV and Markdown', async () => {
    const { page, report } = await cleanedPage();
    const popup = await b.openPopup(page);
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const key = report.figures.filter((f) => f.key);
    const readClipboard = () => popup.evaluate(() => navigator.clipboard.readText());

    await popup.getByRole('button', { name: `复制“${key[0]!.raw}”` }).click();
    await expect.poll(readClipboard).toBe(key[0]!.raw);
    await expect(popup.getByRole('status').textContent()).resolves.toBe('已复制');

    await popup.getByRole('button', { name: /全部复制/ }).click();
    await expect.poll(readClipboard).toBe(formatFigures('tsv', key, report.url, LABELS.zh_CN));
    expect((await readClipboard()).split('\n')[0]).toBe('指标\t数值\t单位\t限定\t类型\t时期\t原文\t句子\t网址');

    // The format choice sticks (stored as the default copy format).
    await popup.getByRole('combobox', { name: '复制格式' }).selectOption('markdown');
    await popup.getByRole('button', { name: /全部复制/ }).click();
    await expect.poll(readClipboard).toBe(formatFigures('markdown', key, report.url, LABELS.zh_CN));
    const stored = await b.worker.evaluate(() => chrome.storage.sync.get('settings'));
    expect((stored.settings as { copyFormat: string }).copyFormat).toBe('markdown');

    // "Show all" lists every figure, and "copy all" then copies all of them.
    await popup.getByRole('button', { name: `显示全部 ${report.figures.length} 项` }).click();
    await expect.poll(() => popup.locator('.figures li').count()).toBe(report.figures.length);
    await popup.getByRole('combobox', { name: '复制格式' }).selectOption('tsv');
    await popup.getByRole('button', { name: /全部复制/ }).click();
    await expect.poll(readClipboard).toBe(formatFigures('tsv', report.figures, report.url, LABELS.zh_CN));
    await popup.close();
    await page.close();
  });

  it('undoes the cleanup and cleans again; the list and the badge follow', async () => {
    const { page } = await cleanedPage();
    const spamLine = page.getByText(SPAM_LINE, { exact: true });
    expect(await spamLine.isVisible()).toBe(false);
    const tabId = await b.tabId(page);
    const badge = () => b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const popup = await b.openPopup(page);
    await popup.locator('details.spam-list summary').click();
    const listed = await popup.locator('details.spam-list li').allTextContents();
    expect(listed.join('\n')).toContain(SPAM_LINE);
    expect(listed.join('\n')).toContain('附在正文后的垃圾关键词');

    await popup.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => spamLine.isVisible()).toBe(true);
    await expect.poll(() => popup.getByRole('switch', { name: '清理本页' }).getAttribute('aria-checked')).toBe('false');
    await expect.poll(badge).toBe('');
    expect(await popup.locator('.spam-line').textContent()).toContain('发现 2 处注入内容（当前可见）');

    await popup.getByRole('button', { name: '重新清理' }).click();
    await expect.poll(() => spamLine.isVisible()).toBe(false);
    await expect.poll(badge).toBe('2');
    // The switch does the same.
    await popup.getByRole('switch', { name: '清理本页' }).click();
    await expect.poll(() => spamLine.isVisible()).toBe(true);
    await popup.getByRole('switch', { name: '清理本页' }).click();
    await expect.poll(() => spamLine.isVisible()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('is keyboard navigable and labelled for screen readers', async () => {
    const { page } = await cleanedPage();
    const popup = await b.openPopup(page);
    await popup.locator('main h1').waitFor();
    expect(await popup.locator('main').getAttribute('aria-busy')).toBe('false');
    expect(await popup.getByRole('switch', { name: '清理本页' }).count()).toBe(1);
    expect(await popup.getByRole('region', { name: '目录' }).count()).toBe(1);
    expect(await popup.getByRole('region', { name: '关键数据' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: /^复制“.+”$/ }).count()).toBeGreaterThan(3);
    // Tab order: settings, clean switch, reader, conversion, then the outline.
    const focused = async () => popup.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await popup.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen).toEqual(['设置', '清理本页', '阅读模式', seen[3], expected.headings![0]!.text]);
    await popup.keyboard.press('ArrowDown');
    expect(await focused()).toBe(expected.headings![1]!.text);
    await popup.keyboard.press('ArrowUp');
    expect(await focused()).toBe(expected.headings![0]!.text);
    // Enter on a heading scrolls the page.
    await page.setViewportSize({ width: 1000, height: 400 });
    for (let i = 0; i < 5; i++) await popup.keyboard.press('ArrowDown');
    expect(await focused()).toBe(expected.headings![5]!.text);
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(200);
    // Space toggles the switch and focus stays on it after the popup re-renders.
    await popup.getByRole('switch', { name: '清理本页' }).focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByRole('switch', { name: '清理本页' }).getAttribute('aria-checked')).toBe('false');
    expect(await focused()).toBe('清理本页');
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByRole('switch', { name: '清理本页' }).getAttribute('aria-checked')).toBe('true');
    await popup.close();
    await page.close();
  });

  it('offers script conversion and reports a page that gives no answer', async () => {
    const { page } = await cleanedPage();
    const popup = await b.openPopup(page);
    const select = popup.getByRole('combobox', { name: '文字转换' });
    await select.selectOption('tw');
    // Either the page converts (content-side conversion present) or the popup says it cannot.
    await expect.poll(async () => (await popup.getByRole('combobox', { name: '文字转换' }).isDisabled()) === false, { timeout: 25_000 }).toBe(true);
    const state = await b.pageState(page);
    if (state.converted === 'tw') {
      expect(await select.inputValue()).toBe('tw');
    } else {
      expect(await select.inputValue()).toBe('');
      expect(await popup.getByRole('status').textContent()).toMatch(/本页暂时不能转换|转换失败/);
    }
    await popup.close();
    await page.close();
  });

  it('says when a page is not an article, and leaves it alone', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('www.qingjiang.gov.cn', 'ui-portal-home'));
    const popup = await b.openPopup(page);
    await expect.poll(() => popup.locator('main .state').textContent(), { timeout: 15_000 }).toContain('这个页面不像一篇文章');
    expect(await popup.locator('.outline').count()).toBe(0);
    expect(await popup.locator('.site .host').textContent()).toBe('www.qingjiang.gov.cn');
    await popup.close();
    await page.close();
  });

  it('analyses a page outside the site list when asked from the toolbar (activeTab)', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('www.example.org', FIXTURE));
    const spamLine = page.getByText(SPAM_LINE, { exact: true });
    expect(await spamLine.isVisible()).toBe(true); // no content script, no host access
    const popup = await b.clickToolbar(page);
    await popup.waitFor(`document.querySelector('main .state')?.textContent.includes('本网站不在自动清理列表中')`);
    expect(await popup.evaluate<string>(`document.querySelector('.site .host').textContent`)).toBe('www.example.org');
    await popup.click('[data-focus="analyze"]');
    await popup.waitFor(`document.querySelector('main h1')?.textContent === ${JSON.stringify(expected.metadata!.title)}`);
    await expect.poll(() => spamLine.isVisible()).toBe(false);
    await page.close();
  });

  it('explains when the browser does not let it access a page', async () => {
    const page = await b.context.newPage();
    await page.goto('chrome://version/');
    const popup = await b.openPopup(page);
    await popup.getByRole('button', { name: '分析此页' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/^清阅无法访问此页面：/);
    saveScreenshot('popup-cannot-access.png', await popup.screenshot());
    await popup.close();
    await page.close();
  });
});

declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
};
