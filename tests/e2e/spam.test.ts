/**
 * Spam cleanup in real Chromium with the built extension, on fixture pages served under gov.cn
 * and news host names:
 *
 * - after load, no labelled spam string is visible (`innerText`, which follows computed styles)
 *   and every paragraph of the article still is;
 * - what the live page hides matches what the Node pipeline finds (computed styles vs our cascade);
 * - undo through the content script's message restores the page exactly: the serialised DOM
 *   equals that of the same page loaded in a browser without the extension;
 * - whether spam is ever painted before cleanup: a main-world probe installed before any page
 *   script checks, in every animation frame (each frame that will be painted), whether spam text
 *   is rendered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserUnavailable, CHROMIUM, launchWithExtension, type ExtensionBrowser } from '../helpers/browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { readExpected } from '../helpers/fixtures';
import { SPAM_PAGES } from '../helpers/spam-pages';

const unavailable = browserUnavailable();


declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

interface Probe {
  /** Frames (requestAnimationFrame callbacks, each followed by a paint) in which spam text was rendered. */
  spamFrames: number;
  frames: number;
  /** performance.now() of the first frame and of the first frame without spam. */
  firstFrame: number | null;
  cleanedAt: number | null;
  /** performance.now() of DOMContentLoaded and of load. */
  ready: number | null;
  loaded: number | null;
}

/** Main-world probe, installed before any page script: records frames in which spam text is rendered. */
function installProbe(spam: string[]) {
  const w = window as unknown as { __probe: Probe };
  const probe: Probe = { spamFrames: 0, frames: 0, firstFrame: null, cleanedAt: null, ready: null, loaded: null };
  w.__probe = probe;
  document.addEventListener('DOMContentLoaded', () => (probe.ready = performance.now()));
  window.addEventListener('load', () => (probe.loaded = performance.now()));
  const norm = (s: string) => s.replace(/\s+/g, '');
  const wanted = spam.map(norm);
  const tick = () => {
    if (document.body) {
      probe.frames++;
      probe.firstFrame ??= performance.now();
      const text = norm(document.body.innerText);
      if (wanted.some((s) => text.includes(s))) probe.spamFrames++;
      else probe.cleanedAt = performance.now();
    }
    // Until the first frame without spam: later frames belong to the undo part of the test.
    if (probe.cleanedAt === null && probe.frames < 600) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Context around the first difference of two strings, '' when equal (a readable failure). */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

/** How late images arrive. */
const SLOW_IMAGES_MS = 1500;

const squeeze = (s: string) => s.replace(/[\s\u200b-\u200d\ufeff]+/g, '');

describe.skipIf(unavailable)('spam cleanup in Chromium', () => {
  let ext: ExtensionBrowser;
  let plain: Browser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(['*.gov.cn', '*.gov.tw', '*.people.com.cn', '*.example.com', '*.news.cn']);
    plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--host-resolver-rules=MAP * 127.0.0.1', '--disable-gpu'] });
  });
  afterAll(async () => {
    await ext?.close();
    await plain?.close();
    await server?.close();
  });

  /** The page as Chromium builds it without the extension: serialised DOM after load. */
  async function pristine(url: string): Promise<{ body: string; html: string }> {
    const context = await plain.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const snapshot = await page.evaluate(() => ({ body: document.body.innerHTML, html: document.documentElement.outerHTML }));
    await context.close();
    return snapshot;
  }

  async function send(page: Page, message: unknown): Promise<{ report: { spam: { text: string; action?: string }[] } | null; cleaned: boolean }> {
    const tabId = await ext.tabId(page);
    return (await ext.worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message })) as never;
  }

  for (const [fixture, host] of SPAM_PAGES) {
    it(`${fixture}: hides every injected spam string, keeps the article, and undo restores the page exactly`, async () => {
      const expected = readExpected(fixture);
      const spam = expected.spam!.filter((s) => !['T8', 'T10', 'T12', 'T15'].includes(s.technique)).map((s) => s.text);
      const url = server.url(host, fixture);
      const before = await pristine(url);

      const page = await ext.context.newPage();
      await page.addInitScript(installProbe, spam);
      // Images arrive late, as on a slow government server: the page's load event waits for them.
      await page.route(/\.(?:jpe?g|png|gif)(?:\?|$)/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, SLOW_IMAGES_MS));
        await route.fulfill({ status: 404, body: '' }).catch(() => {});
      });
      await page.goto(url, { waitUntil: 'load' });

      // Cleanup on load: no spam string in the rendered text, every gold paragraph still there.
      await expect.poll(async () => squeeze(await page.evaluate(() => document.body.innerText)), { timeout: 15_000 }).not.toMatch(new RegExp(spam.map((s) => squeeze(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
      const rendered = squeeze(await page.evaluate(() => document.body.innerText));
      for (const line of expected.gold!.split('\n')) expect(rendered).toContain(squeeze(line));
      expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(before.body);

      // The report (after the idle analysis) lists the same spam the page hides.
      const state = await send(page, { type: 'qingyue:get-report' });
      expect(state.cleaned).toBe(true);
      const listed = squeeze(state.report!.spam.map((s) => s.text).join('|'));
      for (const s of spam) expect(listed).toContain(squeeze(s));

      // Undo: the serialised DOM is the page as served, byte for byte.
      const restored = await send(page, { type: 'qingyue:restore' });
      expect(restored.cleaned).toBe(false);
      const after = await page.evaluate(() => ({ body: document.body.innerHTML, html: document.documentElement.outerHTML }));
      expect(firstDifference(after.body, before.body)).toBe('');
      expect(after.body).toBe(before.body);
      expect(after.html).toBe(before.html);
      const visibleAgain = squeeze(await page.evaluate(() => document.body.innerText));
      const visibleBefore = await (async () => {
        const context = await plain.newContext();
        const p = await context.newPage();
        await p.goto(url, { waitUntil: 'load' });
        const t = squeeze(await p.evaluate(() => document.body.innerText));
        await context.close();
        return t;
      })();
      expect(visibleAgain).toBe(visibleBefore);

      // And clean again.
      const again = await send(page, { type: 'qingyue:clean' });
      expect(again.cleaned).toBe(true);
      const cleanedText = squeeze(await page.evaluate(() => document.body.innerText));
      for (const s of spam) expect(cleanedText).not.toContain(squeeze(s));

      // Was spam ever painted? Every frame before cleanup in which spam text was rendered is a flash.
      const probe = (await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe)) as Probe;
      const ms = (v: number | null) => (v === null ? '–' : `${v.toFixed(0)} ms`);
      console.log(
        `${fixture}: spam rendered in ${probe.spamFrames} frame(s) before cleanup; first frame ${ms(probe.firstFrame)}, DOMContentLoaded ${ms(probe.ready)}, clean from ${ms(probe.cleanedAt)}, load ${ms(probe.loaded)}`,
      );
      expect(probe.frames).toBeGreaterThan(0);
      expect(probe.cleanedAt).not.toBeNull();
      // Cleanup follows the parsed DOM (document_end), not the page's slow images: well before they arrive.
      expect(probe.cleanedAt! - probe.ready!).toBeLessThan(SLOW_IMAGES_MS / 2);
      if (probe.loaded !== null && probe.loaded - probe.ready! > SLOW_IMAGES_MS / 2) expect(probe.cleanedAt!).toBeLessThan(probe.loaded);
      await page.close();
    });
  }
});
