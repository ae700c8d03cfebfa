/**
 * Script conversion in real Chromium with the built extension, driven like the popup drives it:
 * `qingyue:convert {to}` and `qingyue:convert-restore` sent to the tab's content script (here from
 * the service worker).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable, launchWithExtension, type ExtensionBrowser } from '../helpers/browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import type { PageState } from '../../lib/messages';
import type { ConvertTarget } from '../../lib/report';

const unavailable = browserUnavailable();

declare const chrome: {
  tabs: { sendMessage(id: number, message: object): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};

describe.skipIf(unavailable)('script conversion in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const extensionRequests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
    browser.context.on('request', (r) => {
      if (r.url().startsWith('chrome-extension://') && r.frame().url().startsWith('http')) extensionRequests.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(fixture: string, host = 'www.liangjiang.gov.cn'): Promise<{ page: Page; id: number }> {
    const page = await browser.context.newPage();
    await page.goto(server.url(host, fixture));
    const id = await browser.tabId(page);
    // Wait until the content script answers.
    await expect.poll(() => send(id, { type: 'qingyue:get-report' }).then((s) => s !== undefined).catch(() => false), { timeout: 15_000 }).toBe(true);
    return { page, id };
  }

  function send(id: number, message: object): Promise<PageState> {
    return browser.worker.evaluate(([tab, m]) => chrome.tabs.sendMessage(tab as number, m as object), [id, message] as const) as Promise<PageState>;
  }

  const body = (page: Page) => page.evaluate(() => document.body.innerHTML);
  const title = (page: Page) => page.locator('h1').first().textContent();

  it('converts the seed page to every target and back, repairing the naive conversion, and restores the original body', async () => {
    const { page, id } = await open('gov-liangjiang-seed');
    const original = await body(page);
    const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
    const expected: Record<ConvertTarget, RegExp> = {
      cn: /^两江新区:努力在全面建设社会主义现代化新重庆进程中走在前列 更好发挥引领示范作用$/,
      t: /更好發揮引領示範作用$/,
      tw: /更好發揮引領示範作用$/,
      twp: /更好發揮引領示範作用$/,
      hk: /更好發揮引領示範作用$/,
    };
    for (const to of ['tw', 'cn', 't', 'twp', 'hk'] as const) {
      const state = await send(id, { type: 'qingyue:convert', to });
      expect(state.error).toBeUndefined();
      expect(state.converted).toBe(to);
      expect(await title(page)).toMatch(expected[to]);
      // The popup's report follows the page's script.
      expect(state.report?.title).toMatch(expected[to]);
      expect(state.conversionTimings?.changed).toBeGreaterThan(0);
      const text = (await page.locator('#zoom').textContent()) ?? '';
      if (to === 'cn') expect(text).toContain('血液净化技术股份有限公司首次公开发行股票并在科创板上市');
      else expect(text).toContain('血液淨化技術股份有限公司首次公開發行股票並在科創板上市');
    }
    expect(await page.evaluate(() => document.documentElement.getAttribute('lang'))).toBe('zh-HK');
    const restored = await send(id, { type: 'qingyue:convert-restore' });
    expect(restored.converted).toBeNull();
    expect(await body(page)).toBe(original);
    expect(await page.evaluate(() => document.documentElement.getAttribute('lang'))).toBe(lang);
    // get-report says so too, with the page's own report.
    const state = await send(id, { type: 'qingyue:get-report' });
    expect(state.converted).toBeNull();
    expect(state.report?.title).toContain('示范作用');
    await page.close();
  });

  it('converts content added after conversion, and restores it', async () => {
    const { page, id } = await open('convert-mixed-blocks', 'www.example.gov.cn');
    const original = await body(page);
    await send(id, { type: 'qingyue:convert', to: 'tw' });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.innerHTML = '稍后加载的<span>头</span>发护理说明';
      document.querySelector('.content')!.append(p);
    });
    await expect.poll(() => page.locator('#late').textContent(), { timeout: 10_000 }).toBe('稍後加載的頭髮護理說明');
    await page.evaluate(() => document.getElementById('late')!.remove());
    await send(id, { type: 'qingyue:convert-restore' });
    expect(await body(page)).toBe(original);
    await page.close();
  });

  it('converts attributes and the title, and leaves code, fields, editable regions and Japanese text', async () => {
    const { page, id } = await open('convert-mixed-blocks', 'www.example.gov.cn');
    const keep = ['pre', 'code', 'textarea', '[contenteditable]', '.notranslate'];
    const before = await Promise.all(keep.map((s) => page.locator(s).first().evaluate((el) => el.outerHTML)));
    const state = await send(id, { type: 'qingyue:convert', to: 'tw' });
    expect(state.converted).toBe('tw');
    expect(await page.title()).toBe('關於推動美髮產業高質量發展的通知_市商務局');
    expect(await page.locator('img').getAttribute('alt')).toBe('理髮師正在為顧客修剪頭髮');
    expect(await page.locator('input[type=search]').getAttribute('placeholder')).toBe('請輸入關鍵詞');
    expect(await page.locator('input[type=search]').getAttribute('aria-label')).toBe('站內搜索');
    expect(await page.locator('.content p').nth(2).textContent()).toContain('提升頭髮護理產品質量');
    expect(await page.locator('blockquote').textContent()).toBe('台灣美髮同業公會理事長表示：「我們的計畫已經公布，歡迎兩岸業者交流。」');
    expect(await page.getByText('日本の美容業界では頭髪の手入れが重視されている。').count()).toBe(1);
    const after = await Promise.all(keep.map((s) => page.locator(s).first().evaluate((el) => el.outerHTML)));
    expect(after).toEqual(before);
    await page.close();
  });

  it('does not convert a Japanese page', async () => {
    const { page, id } = await open('convert-japanese', 'news.example.gov.cn');
    const original = await body(page);
    const state = await send(id, { type: 'qingyue:convert', to: 'tw' });
    expect(state.converted).toBeNull();
    expect(state.error).toBeTruthy();
    expect(await body(page)).toBe(original);
    await page.close();
  });

  it('converts automatically on load for a site the user chose', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { autoConvertSites: { 'www.ybq.gov.cn': 'tw' } } }));
    try {
      const { page, id } = await open('convert-naive-trad', 'www.ybq.gov.cn');
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('渝北區:打造城市更新示範片區 翠雲街道併入全區試點');
      const state = await send(id, { type: 'qingyue:get-report' });
      expect(state.converted).toBe('tw');
      await page.close();
    } finally {
      await browser.worker.evaluate(() => chrome.storage.sync.remove('settings'));
    }
  });

  it('never loads the dictionaries into a page', () => {
    expect(extensionRequests).toEqual([]);
  });
});
