/**
 * Automatic cleanup on page load in real Chromium: injected spam never reaches the screen on the
 * default sites, pages that need no change do not move, the global switch and "never on this
 * site" are honoured, and a site the user adds from the popup is cleaned from its next load on
 * (the content script registered at run time for that host only).
 */
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable } from '../helpers/browser';
import { launchUi, type UiBrowser } from '../helpers/ui-browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { fixturePath, readExpected } from '../helpers/fixtures';

const unavailable = browserUnavailable();
const FIXTURE = 'ui-gov-report';
const expected = readExpected(FIXTURE);
const SPAM_LINE = expected.spam!.find((s) => s.technique === 'T9')!.text;

/**
 * Runs in the page before its own scripts: counts animation frames in which the spam line would
 * be painted (present, rendered, page not veiled), and sums layout shifts.
 */
function frameProbe(spamText: string): void {
  const w = window as unknown as { __probe: { frames: number; spamFrames: number; shift: number } };
  w.__probe = { frames: 0, spamFrames: 0, shift: 0 };
  const tick = () => {
    w.__probe.frames++;
    const root = document.documentElement;
    // Veiled (our veil: opacity 0 on the root) counts as not painted.
    const shown = root && getComputedStyle(root);
    if (shown && document.body && shown.visibility !== 'hidden' && shown.opacity !== '0') {
      const line = [...document.querySelectorAll('p')].find((p) => p.textContent === spamText);
      if (line && line.checkVisibility()) w.__probe.spamFrames++;
    }
    if (w.__probe.frames < 600) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__probe.shift += (e as unknown as { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
}

async function probe(page: Page) {
  return page.evaluate(() => (window as unknown as { __probe: { frames: number; spamFrames: number; shift: number } }).__probe);
}

/**
 * Serves the fixture like a slow government server: everything up to and including the spam line
 * at once, the rest of the page `delayMs` later (the browser paints what it has meanwhile).
 */
async function slowServer(delayMs: number): Promise<{ url: (host: string) => string; close: () => Promise<void> }> {
  const html = fs.readFileSync(fixturePath(FIXTURE), 'utf8');
  const cut = html.indexOf(SPAM_LINE) + SPAM_LINE.length + '</p>'.length;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.write(html.slice(0, cut) + ' '.repeat(4096)); // past the parser's first-chunk buffering
    setTimeout(() => res.end(html.slice(cut)), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: (host) => `http://${host}:${port}/page.html`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

describe.skipIf(unavailable)('cleanup on page load', () => {
  let b: UiBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    // www.example.com stands for a site the user adds; its permission prompt is pre-accepted.
    b = await launchUi({ preGrantedHosts: ['*://*.example.com/*'] });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function open(host: string, fixture = FIXTURE): Promise<Page> {
    const page = await b.context.newPage();
    await page.addInitScript(frameProbe, SPAM_LINE);
    await page.goto(server.url(host, fixture));
    await page.waitForTimeout(400);
    return page;
  }

  it('hides injected spam on a default site before it is ever painted, without moving the page', async () => {
    const page = await open('tjj.qingjiang.gov.cn');
    expect(await page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(false);
    const p = await probe(page);
    expect(p.frames).toBeGreaterThan(3);
    expect(p.spamFrames).toBe(0);
    expect(p.shift).toBe(0);
    expect(await page.locator('#qingyue-veil').count()).toBe(0);
    await expect.poll(async () => (await b.pageState(page)).report?.spam.length).toBe(2);
    await page.close();
  });

  it('keeps spam off the screen while a slow page is still loading', async () => {
    const slow = await slowServer(800);
    try {
      const page = await b.context.newPage();
      await page.addInitScript(frameProbe, SPAM_LINE);
      await page.goto(slow.url('tjj.qingjiang.gov.cn'));
      await page.waitForTimeout(300);
      const p = await probe(page);
      expect(p.frames).toBeGreaterThan(20); // frames ran while the page was loading
      expect(p.spamFrames).toBe(0);
      expect(await page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(false);
      // The same slow page on a host Qingyue does not touch does paint the spam line.
      const control = await b.context.newPage();
      await control.addInitScript(frameProbe, SPAM_LINE);
      await control.goto(slow.url('www.example.org'));
      expect((await probe(control)).spamFrames).toBeGreaterThan(0);
      await control.close();
      await page.close();
    } finally {
      await slow.close();
    }
  });

  it('leaves a page that needs no change exactly as served', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('www.qingjiang.gov.cn', 'ui-portal-home'));
    await expect.poll(async () => (await b.pageState(page)).report?.isArticle).toBe(false);
    // The same page on a host Qingyue does not touch.
    const fresh = await b.context.newPage();
    await fresh.goto(server.url('www.example.org', 'ui-portal-home'));
    const html = (p: Page) => p.evaluate(() => document.documentElement.outerHTML);
    expect(await html(page)).toBe(await html(fresh));
    await fresh.close();
    await page.close();
  });

  it('does nothing by itself while the global switch is off', async () => {
    await b.worker.evaluate(() => chrome.storage.sync.set({ settings: { enabled: false } }));
    const page = await open('tjj.qingjiang.gov.cn');
    expect(await page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(true);
    const popup = await b.openPopup(page);
    await expect.poll(() => popup.locator('.site').textContent()).toContain('清阅已暂停自动清理');
    await popup.getByRole('button', { name: '在列表中的网站上自动清理' }).click();
    await expect.poll(() => page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(false);
    const stored = await b.worker.evaluate(() => chrome.storage.sync.get('settings'));
    expect((stored.settings as { enabled: boolean }).enabled).toBe(true);
    await popup.close();
    await page.close();
  });

  it('"never on this site" restores the page and keeps it untouched on later loads; "run again" undoes that', async () => {
    const page = await open('tjj.qingjiang.gov.cn');
    const popup = await b.openPopup(page);
    await popup.getByRole('button', { name: '从不在此网站运行' }).click();
    await expect.poll(() => page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => popup.locator('.site').textContent()).toContain('已设为从不在本网站运行');
    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(true);
    await popup.reload();
    await popup.getByRole('button', { name: '恢复在本网站运行' }).click();
    await expect.poll(() => page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(false);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('cleans a site the user adds from the popup, on that page at once and on every later load', async () => {
    expect(await b.registeredScripts()).toEqual([]);
    const page = await open('www.example.com');
    expect(await page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(true);
    const popup = await b.openPopup(page);
    await expect.poll(() => popup.locator('.site').textContent(), { timeout: 15_000 }).toContain('本网站不会自动清理');
    await popup.getByRole('button', { name: '总在此网站清理' }).click();
    await expect.poll(() => popup.locator('main h1').textContent(), { timeout: 15_000 }).toBe(expected.metadata!.title);
    await expect.poll(() => page.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(false);
    const scripts = await b.registeredScripts();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.matches).toEqual(['*://*.www.example.com/*']);
    const stored = await b.worker.evaluate(() => chrome.storage.sync.get('settings'));
    expect((stored.settings as { userSites: string[] }).userSites).toEqual(['www.example.com']);

    // Next load: cleaned on load, before any paint, with no popup involved.
    await popup.close();
    await page.close();
    const again = await open('www.example.com');
    expect(await again.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(false);
    expect((await probe(again)).spamFrames).toBe(0);
    // Other hosts of the same domain are not affected.
    const other = await open('news.example.com');
    expect(await other.getByText(SPAM_LINE, { exact: true }).isVisible()).toBe(true);

    // "Stop cleaning this site" unregisters it.
    const popup2 = await b.openPopup(again);
    await popup2.getByRole('button', { name: '不再自动清理本网站' }).click();
    await expect.poll(() => b.registeredScripts()).toEqual([]);
    await popup2.close();
    await again.close();
    await other.close();
  });
});

declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
