/**
 * Interface languages in real Chromium: the popup follows the browser's language (Simplified
 * Chinese, Traditional Chinese, English), and the language chosen in the options page wins.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { browserUnavailable } from '../helpers/browser';
import { launchUi, saveScreenshot, type UiBrowser } from '../helpers/ui-browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { readExpected } from '../helpers/fixtures';
import { formatFigures, LABELS } from '../../lib/figures/formats';

const unavailable = browserUnavailable();
const FIXTURE = 'ui-gov-report';
const HOST = 'tjj.qingjiang.gov.cn';
const expected = readExpected(FIXTURE);

describe.skipIf(unavailable)('interface language', () => {
  let b: UiBrowser | undefined;
  let server: FixtureServer | undefined;

  afterEach(async () => {
    await b?.close();
    b = undefined;
  });
  afterAll(async () => server?.close());

  async function popupFor(lang: string) {
    server ??= await startFixtureServer();
    b = await launchUi({ lang });
    const page = await b.context.newPage();
    await page.goto(server.url(HOST, FIXTURE));
    await expect.poll(async () => (await b!.pageState(page)).report !== null, { timeout: 15_000 }).toBe(true);
    const popup = await b.openPopup(page);
    await popup.locator('main h1').waitFor({ timeout: 15_000 });
    return { page, popup, browser: b };
  }

  it('speaks Traditional Chinese in a zh-TW browser, column headers included', async () => {
    const { page, popup, browser } = await popupFor('zh-TW');
    const keyFigures = (await browser.pageState(page)).report!.figures.filter((f) => f.key).length;
    expect(keyFigures).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await popup.locator('h2').allTextContents()).toEqual(['目錄6', `關鍵數據${keyFigures}`, '注入內容']);
    expect(await popup.getByRole('switch').textContent()).toBe('清理本頁');
    expect(await popup.locator('.meta').textContent()).toContain('來源：市统计局');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByRole('button', { name: /全部複製/ }).click();
    const report = (await browser.pageState(page)).report!;
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(formatFigures('tsv', report.figures.filter((f) => f.key), report.url, LABELS.zh_TW));
    saveScreenshot('popup-zh-TW.png', await popup.screenshot());
  });

  it('speaks English in an English browser', async () => {
    const { page, popup, browser } = await popupFor('en-US');
    const keyFigures = (await browser.pageState(page)).report!.figures.filter((f) => f.key).length;
    expect(keyFigures).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await popup.locator('h2').allTextContents()).toEqual(['Outline6', `Key figures${keyFigures}`, 'Injected content']);
    expect(await popup.locator('.meta').textContent()).toContain('19 Apr 2024, 10:30');
    expect(await popup.getByRole('button', { name: 'Reader view' }).count()).toBe(1);
    expect(await popup.locator('.spam-line').textContent()).toContain('2 injected items hidden');
    // The page's own text keeps its language.
    expect(await popup.locator('main h1').getAttribute('lang')).toBe('zh-Hans');
    saveScreenshot('popup-en.png', await popup.screenshot());
  });

  it('switches language from the options page, for the options page and the popup', async () => {
    const { page, popup, browser } = await popupFor('zh-CN');
    expect(await popup.locator('h2').first().textContent()).toBe('目录6');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expect.poll(() => options.locator('.top h1').textContent()).toBe('Qingyue settings');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.reload();
    await expect.poll(() => popup.locator('h2').first().textContent()).toBe('Outline6');
    await options.getByRole('combobox', { name: 'Interface language' }).selectOption('zh_TW');
    await popup.reload();
    await expect.poll(() => popup.locator('h2').first().textContent()).toBe('目錄6');
    await options.getByRole('combobox', { name: '介面語言' }).selectOption('auto');
    await popup.reload();
    await expect.poll(() => popup.locator('h2').first().textContent()).toBe('目录6');
    expect(expected.headings!.length).toBe(6);
    await options.close();
    await page.close();
  });
});
