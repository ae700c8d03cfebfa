/**
 * Automatic cleanup never changes a page it cannot restore (issue 9): in real Chromium with the
 * built extension, every fixture and every page of ../shared/corpus is served under a gov.cn host
 * (where the content script cleans it on load), analysed (the analyzer restores, analyses and
 * cleans again), then undone with `qingyue:restore`. The serialised body — and the whole document
 * — must equal the same page loaded in the same browser under a host the extension does not
 * match (nothing injected there). A page whose own scripts make it differ from one load to the
 * next is compared only when two plain loads agree; such pages are counted and listed.
 * One browser, pages in sequence; the corpus part skips when ../shared is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable, launchWithExtension, type ExtensionBrowser } from '../helpers/browser';
import { corpusBrowserPages, fixtureBrowserPages, startPageServer, type BrowserPage, type PageServer } from '../helpers/browser-pages';
import { hasCorpus } from '../helpers/fixtures';
import type { PageState } from '../../lib/messages';

const unavailable = browserUnavailable();

/** Matched by the content script (default site list) / not matched by anything. */
const MATCHED = 'www.restore.gov.cn';
const PLAIN = 'www.restore.example.org';

declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

interface Snapshot {
  body: string;
  html: string;
}

/** Context around the first difference of two strings, '' when equal (a readable failure). */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

describe.skipIf(unavailable)('clean, analyse, undo gives the page as served (real Chromium)', () => {
  let ext: ExtensionBrowser;
  let server: PageServer;
  let plainTab: Page;
  let extTab: Page;
  let extTabId: number;
  const started = Date.now();
  const stats = { pages: 0, hiding: 0, unstable: [] as string[] };

  beforeAll(async () => {
    server = await startPageServer();
    // Every host name goes to the local server: the pages' external resources fail at once.
    ext = await launchWithExtension(['*']);
    plainTab = await ext.context.newPage();
    extTab = await ext.context.newPage();
    extTabId = await ext.tabId(extTab);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `restore-all: ${stats.pages} pages in ${seconds} s; spam hidden on ${stats.hiding}; compared only when stable: ${stats.unstable.length ? stats.unstable.join(', ') : 'none needed'}`,
    );
  });

  async function open(tab: Page, url: string): Promise<void> {
    // A page that never finishes loading (a stalled resource) is snapshotted when it has been parsed.
    await tab.goto(url, { waitUntil: 'load', timeout: 10_000 }).catch(() => tab.waitForLoadState('domcontentloaded'));
  }

  const snapshot = (tab: Page): Promise<Snapshot> => tab.evaluate(() => ({ body: document.body?.innerHTML ?? '', html: document.documentElement.outerHTML }));

  const send = async (message: unknown): Promise<PageState> =>
    (await ext.worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId: extTabId, message })) as PageState;

  async function pristine(page: BrowserPage): Promise<Snapshot> {
    await open(plainTab, server.url(page, PLAIN));
    return snapshot(plainTab);
  }

  async function check(page: BrowserPage): Promise<void> {
    stats.pages++;
    const before = await pristine(page);
    await open(extTab, server.url(page, MATCHED));
    let state: PageState | undefined;
    for (let i = 0; i < 100; i++) {
      state = await send({ type: 'qingyue:get-state' }).catch(() => undefined);
      if (state?.timing?.cleanedAt !== undefined) break;
      await extTab.waitForTimeout(50);
    }
    expect(state?.timing?.cleanedAt, 'the content script cleaned the page on load').toBeDefined();
    if (state!.cleaned) stats.hiding++;
    const analysed = await send({ type: 'qingyue:get-report' });
    expect(analysed.cleaned).toBe(state!.cleaned);
    const restored = await send({ type: 'qingyue:restore' });
    expect(restored.cleaned).toBe(false);
    const after = await snapshot(extTab);
    if (after.body === before.body && after.html === before.html) return;
    // Different: is it us, or does the page differ between two loads by itself?
    const again = await pristine(page);
    if (again.body !== before.body || again.html !== before.html) {
      stats.unstable.push(page.id);
      return;
    }
    expect(firstDifference(after.body, before.body), `${page.id}: body after undo`).toBe('');
    expect(firstDifference(after.html, before.html), `${page.id}: document after undo`).toBe('');
  }

  describe('fixtures', () => {
    for (const page of fixtureBrowserPages()) it(page.id, () => check(page));
  });

  describe.skipIf(!hasCorpus)('../shared/corpus', () => {
    for (const page of corpusBrowserPages()) it(page.id, () => check(page));
  });
});
