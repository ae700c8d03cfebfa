/**
 * The options page in real Chromium: adding and removing sites (with their host permission and
 * the content script registration), blocked sites, import and export, per-site automatic
 * conversion, the user dictionary, and the settings the popup reads (spam list visibility).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable } from '../helpers/browser';
import { launchUi, saveScreenshot, type UiBrowser } from '../helpers/ui-browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';

const unavailable = browserUnavailable();

describe.skipIf(unavailable)('options page', () => {
  let b: UiBrowser;
  let server: FixtureServer;
  let options: Page;

  const stored = async () => (await b.worker.evaluate(() => chrome.storage.sync.get('settings'))).settings as Record<string, unknown>;

  beforeAll(async () => {
    server = await startFixtureServer();
    b = await launchUi({ preGrantedHosts: ['*://*.example.com/*'] });
    options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.locator('#sec-general').waitFor();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('adds a site (asking for its permission), registers the content script there, and removes it', async () => {
    const input = options.getByRole('textbox', { name: '网站域名' }).first();
    await input.fill('not a host');
    await options.getByRole('button', { name: '添加网站' }).click();
    await expect.poll(() => options.locator('#opt-site-error').textContent()).toBe('请输入有效的网站域名，例如 www.example.com。');

    await input.fill('https://News.Example.com/2024/x.html');
    await options.getByRole('button', { name: '添加网站' }).click();
    const row = options.locator('#opt-user-sites li[data-host="news.example.com"]');
    await expect.poll(() => row.textContent()).toContain('自动清理');
    expect((await stored()).userSites).toEqual(['news.example.com']);
    await expect.poll(async () => (await b.registeredScripts())[0]?.matches).toEqual(['*://*.news.example.com/*']);

    // The content script now runs there: the spam is gone on load.
    const page = await b.context.newPage();
    await page.goto(server.url('news.example.com', 'ui-gov-report'));
    await expect.poll(() => page.getByText('幸运飞艇计划群', { exact: false }).isVisible()).toBe(false);
    await page.close();

    await options.getByRole('button', { name: '移除 news.example.com' }).click();
    await expect.poll(() => b.registeredScripts()).toEqual([]);
    expect((await stored()).userSites).toEqual([]);
  });

  it('exports the settings and imports a settings file or a list of sites', async () => {
    await options.getByRole('combobox', { name: '复制数据的默认格式' }).selectOption('json');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出设置' }).click()]);
    expect(download.suggestedFilename()).toBe('qingyue-settings.json');
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { format: string; settings: Record<string, unknown> };
    expect(exported.format).toBe('qingyue-settings');
    expect(exported.settings.copyFormat).toBe('json');

    // A plain list of sites: added, and shown as waiting for their permission.
    await options.locator('#opt-import-file').setInputFiles({ name: 'sites.txt', mimeType: 'text/plain', buffer: Buffer.from('www.example.com\n# a comment\nhttps://www.gov-example.org/path\n') });
    await expect.poll(() => options.locator('#opt-import-status').textContent()).toBe('已添加 2 个网站。');
    expect((await stored()).userSites).toEqual(['www.example.com', 'www.gov-example.org']);
    await expect.poll(() => options.locator('#opt-user-sites li[data-host="www.gov-example.org"]').textContent()).toContain('授权');
    expect(await options.locator('#opt-user-sites li[data-host="www.example.com"]').textContent()).toContain('自动清理');

    // The exported file restores the earlier settings; a broken file changes nothing.
    await options.locator('#opt-import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect.poll(() => options.locator('#opt-import-status').textContent()).toBe('无法读取这个文件。');
    await options.locator('#opt-import-file').setInputFiles({ name: 'qingyue-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => options.locator('#opt-import-status').textContent()).toBe('已导入设置。');
    expect((await stored()).userSites).toEqual([]);
    expect((await stored()).copyFormat).toBe('json');
  });

  it('edits blocked sites, automatic conversion per site and the user dictionary', async () => {
    await b.worker.evaluate(() => chrome.storage.sync.set({ settings: { blockedSites: ['www.beijing.gov.cn'] } }));
    await options.reload();
    expect(await options.locator('#opt-blocked-sites').textContent()).toContain('www.beijing.gov.cn');
    await options.getByRole('button', { name: '移除 www.beijing.gov.cn' }).click();
    await expect.poll(async () => (await stored()).blockedSites).toEqual([]);

    await options.locator('#opt-ac-host').fill('www.gov.hk');
    await options.locator('#opt-ac-target').selectOption('hk');
    await options.locator('#sec-convert').getByRole('button', { name: '添加' }).click();
    await expect.poll(async () => (await stored()).autoConvertSites).toEqual({ 'www.gov.hk': 'hk' });

    await options.getByRole('textbox', { name: '原词' }).fill('数据');
    await options.getByRole('textbox', { name: '替换为' }).fill('資料');
    await options.getByRole('combobox', { name: '适用于' }).selectOption('tw');
    await options.locator('#sec-dict').getByRole('button', { name: '添加' }).click();
    await expect.poll(async () => (await stored()).userDictionary).toEqual([{ source: '数据', target: '資料', to: 'tw' }]);
    expect(await options.locator('table.dict').textContent()).toContain('繁体（台湾字形）');
    await options.setViewportSize({ width: 900, height: 1800 });
    saveScreenshot('options.png', await options.screenshot({ fullPage: true }));
    await options.locator('#sec-dict').getByRole('button', { name: '移除 数据' }).click();
    await expect.poll(async () => (await stored()).userDictionary).toEqual([]);
  });

  it('hides the list of removed spam in the popup when asked to (count and undo stay)', async () => {
    await options.getByRole('checkbox', { name: '在弹出窗口中列出被隐藏的注入内容' }).uncheck();
    await expect.poll(async () => (await stored()).showSpamList).toBe(false);
    const page = await b.context.newPage();
    await page.goto(server.url('tjj.qingjiang.gov.cn', 'ui-gov-report'));
    const popup = await b.openPopup(page);
    await popup.locator('.spam-line').waitFor({ timeout: 15_000 });
    expect(await popup.locator('details.spam-list').count()).toBe(0);
    expect(await popup.getByRole('button', { name: '撤销' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('lists the keyboard shortcuts', async () => {
    const keys = await options.locator('#sec-keys li').allTextContents();
    expect(keys.join('\n')).toMatch(/打开清阅\s*Alt\+Shift\+Q/);
    expect(keys.join('\n')).toMatch(/清理或恢复当前页面\s*Alt\+Shift\+L/);
    expect(keys.join('\n')).toMatch(/打开或关闭阅读模式\s*Alt\+Shift\+Y/);
  });
});

declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
