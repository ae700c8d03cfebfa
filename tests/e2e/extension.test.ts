/**
 * The extension end to end in real Chromium: the content script runs on a gov.cn page served
 * locally, hides the injected spam, and the popup shows the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchWithExtension, type ExtensionBrowser } from '../helpers/browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { readExpected } from '../helpers/fixtures';

const unavailable = browserUnavailable();

describe.skipIf(unavailable)('extension in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const expected = readExpected('gov-liangjiang-seed');

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('cleans a gov.cn page and shows its report in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('www.liangjiang.gov.cn', 'gov-liangjiang-seed'));
    const spamLine = page.getByText(expected.spam![0]!.text, { exact: true });
    await expect.poll(() => spamLine.isVisible(), { timeout: 15_000 }).toBe(false);
    await expect(page.getByText('兩江新區2023年第一批重大產業項目開工').isVisible()).resolves.toBe(true);

    const popup = await browser.openPopup(page);
    const heading = popup.locator('main h1');
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(expected.metadata!.title);
    const meta = await popup.locator('.meta').textContent();
    expect(meta).toContain('来源：公民報');
    expect(meta).toContain('2023年1月17日 15:06');
    const figures = await popup.locator('.figures .fig-raw').allTextContents();
    expect(figures).toContain('369.7億元');
    const spam = await popup.locator('.spam-list li').allTextContents();
    expect(spam.join('\n')).toContain('性AV无码VR专区');
    await popup.close();
    await page.close();
  });

  it('offers to analyse a page outside the site list, and explains when the browser refuses access', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('www.example.com', 'gov-gbk-notice'));
    const popup = await browser.openPopup(page);
    const button = popup.getByRole('button', { name: '分析此页' });
    await button.waitFor({ timeout: 15_000 });
    // Opened as a tab, the popup has no activeTab grant (a toolbar click gives one): the browser
    // refuses, and the popup must say so instead of failing silently.
    await button.click();
    await expect.poll(() => popup.locator('[role="alert"]').textContent(), { timeout: 15_000 }).toMatch(/^清阅无法访问此页面：/);
    await popup.close();
    await page.close();
  });
});
