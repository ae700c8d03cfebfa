/**
 * Automatic cleanup never changes a page it cannot restore (issue 9): in real Chromium with the
 * built extension, every fixture and every page of ../shared/corpus is served under a gov.cn host
 * (where the content script cleans it on load), analysed (the analyzer restores, analyses and
 * cleans again), then undone with `qingyue:restore`. The serialised body — and the whole document
 * — must equal the same page at the same URL in the same Chromium without the extension. The same
 * URL matters: pages write their own host name into themselves (163.com's `document.write(
 * location.host)`), and Chromium guesses the encoding of a page that declares none from the top
 * level domain (GBK under .cn, windows-1252 under .org).
 *
 * Both loads are snapshotted once the page has settled (loaded, then no DOM change for a while).
 * After a difference both sides settle again, longer, and the baseline is loaded again.
 * A page whose own scripts still make it differ from one load to the next (async scripts inserted
 * in whatever order they arrive, timers) is compared with up to three plain loads; only when it
 * equals none of them and they differ among themselves is it excluded, and even then it must hold
 * nothing of ours (no veil, no hiding style, no script of the extension — checked on every page).
 * WeChat's pages are compared outside the head (see RACY_HEAD). A page that navigates itself away (an http→https redirect, which the test
 * server cannot answer) has no document left to compare and is excluded as such. The summary line
 * names every excluded page and why.
 * Two browsers, pages in sequence; the corpus part skips when ../shared is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserUnavailable, launchWithExtension, launchWithoutExtension, type ExtensionBrowser } from '../helpers/browser';
import { corpusBrowserPages, fixtureBrowserPages, startPageServer, type BrowserPage, type PageServer } from '../helpers/browser-pages';
import { hasCorpus } from '../helpers/fixtures';
import type { PageState } from '../../lib/messages';

const unavailable = browserUnavailable();

/** Matched by the content script (default site list); the baseline browser loads the same URL. */
const HOST = 'www.restore.gov.cn';
/** Extra plain loads a page that differs after undo is compared with. */
const MORE_BASELINES = 2;

/**
 * Run before every page script in both browsers (the page's world only; the extension's worlds
 * keep the real ones): `Math.random` is a seeded generator and the clock starts at the same instant
 * on every load, advancing by a microsecond per reading (so that busy waits still end). Ad ids,
 * cache busters and "today" widgets then come out the same on every load, and a difference after
 * undo is ours, not the page's dice.
 */
const DETERMINISTIC = `(() => {
  let seed = 20260101;
  Math.random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
  const Real = Date;
  let clock = Real.UTC(2026, 0, 1, 2);
  const now = () => Math.floor((clock += 0.001));
  class FixedDate extends Real {
    constructor(...args) { if (args.length) super(...args); else super(now()); }
    static now() { return now(); }
  }
  globalThis.Date = new Proxy(FixedDate, { apply: () => new FixedDate().toString() });
})();`;

declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

interface Snapshot {
  body: string;
  html: string;
  /** `html` without the head's content. */
  frame: string;
  /** The top frame's URL when snapshotted. */
  url: string;
}

/** Context around the first difference of two strings, '' when equal (a readable failure). */
function firstDifference(a: string, b: string, context = 80): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - context), i + context)}… vs …${b.slice(Math.max(0, i - context), i + context)}…`;
}

/**
 * WeChat's pages load their modules through a loader ("moon") that inserts combo `<script>`s
 * into the head as its requests fail, falling back to other hosts and loading its error reporter:
 * which scripts, and in which order, follows the timing of the failures, different from load to
 * load in both browsers (their plain loads differ too). On these pages the body and the document
 * outside the head must be equal, and the head must hold nothing of ours (checked for every page
 * below); the head's script list is not compared.
 */
const RACY_HEAD = new Set(['corpus/gne/tests__wechat__1.html', 'corpus/gne/tests__wechat__2.html']);

const same = (a: Snapshot, b: Snapshot, racyHead = false) => a.body === b.body && (racyHead ? a.frame === b.frame : a.html === b.html);

/** Marks of our in-page changes: the veil, and hiding (`display: none !important` in a style). */
function ourMarks(html: string): number {
  return (html.match(/qingyue|display:\s*none\s*!\s*important/gi) ?? []).length;
}

describe.skipIf(unavailable)('clean, analyse, undo gives the page as served (real Chromium)', () => {
  let ext: ExtensionBrowser;
  let plain: Browser;
  let server: PageServer;
  let plainTab: Page;
  let extTab: Page;
  let extTabId: number;
  /** Where the baseline tab's top frame was last sent (to name where a page navigates itself). */
  let lastNavigation = '';
  const started = Date.now();
  const stats = { pages: 0, compared: 0, racyHead: 0, hiding: 0, excluded: [] as string[] };

  beforeAll(async () => {
    server = await startPageServer();
    // Every host name goes to the local server: the pages' external resources fail at once.
    [ext, plain] = await Promise.all([launchWithExtension(['*']), launchWithoutExtension(['*'])]);
    const plainContext = await plain.newContext();
    await Promise.all([plainContext.addInitScript(DETERMINISTIC), ext.context.addInitScript(DETERMINISTIC)]);
    plainTab = await plainContext.newPage();
    extTab = await ext.context.newPage();
    plainTab.on('request', (request) => {
      if (request.isNavigationRequest() && !request.serviceWorker() && request.frame() === plainTab.mainFrame()) lastNavigation = request.url();
    });
    extTabId = await ext.tabId(extTab);
  });
  afterAll(async () => {
    await ext?.close();
    await plain?.close();
    await server?.close();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `restore-all: ${stats.pages} pages in ${seconds} s; ${stats.compared} compared equal after undo (${stats.racyHead} outside the head: WeChat's module loader); spam hidden on ${stats.hiding}; ` +
        `excluded ${stats.excluded.length}${stats.excluded.length ? `: ${stats.excluded.join('; ')}` : ''}`,
    );
  });

  /** Loads `url` and waits until the page has settled (see `settle`). */
  async function open(tab: Page, url: string, quietMs = 300): Promise<void> {
    // A page that never finishes loading (a stalled resource) is taken once it has been parsed.
    // (163.com's pages replace themselves by document.write off their own site and never load.)
    await tab.goto(url, { waitUntil: 'load', timeout: 5_000 }).catch(() => tab.waitForLoadState('domcontentloaded').catch(() => {}));
    await settle(tab, quietMs);
  }

  /** Waits until the page has gone `quietMs` without a DOM change (at most 8 × `quietMs`). */
  async function settle(tab: Page, quietMs: number): Promise<void> {
    await tab
      .evaluate(
        (quietMs) =>
          new Promise<void>((resolve) => {
            let quiet: ReturnType<typeof setTimeout>;
            const done = () => {
              observer.disconnect();
              clearTimeout(quiet);
              clearTimeout(cap);
              resolve();
            };
            const observer = new MutationObserver(() => {
              clearTimeout(quiet);
              quiet = setTimeout(done, quietMs);
            });
            observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            quiet = setTimeout(done, quietMs);
            const cap = setTimeout(done, 8 * quietMs);
          }),
        quietMs,
      )
      .catch(() => {}); // navigated meanwhile: the URL check tells
  }

  const snapshot = async (tab: Page): Promise<Snapshot> => ({
    ...(await tab
      .evaluate(() => {
        const html = document.documentElement.outerHTML;
        const head = document.head?.innerHTML ?? '';
        return { body: document.body?.innerHTML ?? '', html, frame: head ? html.replace(head, '') : html };
      })
      .catch(() => ({ body: '', html: '', frame: '' }))),
    url: tab.url(),
  });

  const send = async (message: unknown): Promise<PageState> =>
    (await ext.worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId: extTabId, message })) as PageState;

  async function pristine(page: BrowserPage, quietMs?: number): Promise<Snapshot> {
    await open(plainTab, server.url(page, HOST), quietMs);
    return snapshot(plainTab);
  }

  async function check(page: BrowserPage): Promise<void> {
    stats.pages++;
    const url = server.url(page, HOST);
    const [before] = await Promise.all([pristine(page), open(extTab, url)]);
    if (before.url !== url) {
      // The page's own script sends it elsewhere (thepaper.cn: to https), in any browser.
      stats.excluded.push(`${page.id} (navigates itself to ${lastNavigation.replace(/^(\w+:\/\/[^/]+).*/, '$1')})`);
      return;
    }
    let state: PageState | undefined;
    // Up to 15 s: on two cores busy with other tests a page can take that long to be parsed.
    for (const until = Date.now() + 15_000; Date.now() < until; ) {
      state = await send({ type: 'qingyue:get-state' }).catch(() => undefined);
      if (state?.timing?.cleanedAt !== undefined) break;
      await extTab.waitForTimeout(50);
    }
    if (state?.timing?.cleanedAt === undefined) {
      // 163.com's anti-mirror script calls document.write 100 ms after it runs. When that is before
      // the page is parsed (a busy machine), the write replaces the document, which then never
      // finishes loading: there is no DOMContentLoaded to clean at, with or without us.
      const replaced = await extTab.evaluate(() => (document.readyState === 'loading' ? (document.body?.textContent ?? '').trim().slice(0, 40) : null)).catch(() => null);
      if (replaced !== null) {
        stats.excluded.push(`${page.id} (replaced itself before it was parsed, now shows "${replaced}")`);
        return;
      }
    }
    expect(state?.timing?.cleanedAt, 'the content script cleaned the page on load').toBeDefined();
    if (state!.cleaned) stats.hiding++;
    const analysed = await send({ type: 'qingyue:get-report' });
    expect(analysed.cleaned).toBe(state!.cleaned);
    const restored = await send({ type: 'qingyue:restore' });
    expect(restored.cleaned).toBe(false);
    let after = await snapshot(extTab);
    expect(after.url).toBe(url);
    const baselines = [before];
    // Different: is it us, or is the page not done yet (a module loader still inserting scripts as
    // its requests fail), or does it differ between loads by itself? Both sides settle longer (we
    // do nothing after undo: later changes are the page's own), and the baseline is loaded again.
    const racy = RACY_HEAD.has(page.id);
    // Nothing of ours may remain, whatever the page does by itself.
    expect(ourMarks(after.html), `${page.id}: our marks after undo`).toBeLessThanOrEqual(ourMarks(before.html));
    expect(after.html.includes(`chrome-extension://${ext.extensionId}`), `${page.id}: our scripts after undo`).toBe(false);
    while (!baselines.some((b) => same(after, b, racy)) && baselines.length <= MORE_BASELINES) {
      const [again] = await Promise.all([pristine(page, 600), settle(extTab, 600)]);
      baselines.push(again);
      after = await snapshot(extTab);
    }
    if (baselines.some((b) => same(after, b, racy))) {
      stats.compared++;
      if (racy) stats.racyHead++;
      return;
    }
    const unstable = baselines.find((b) => !same(b, before, racy));
    if (unstable) {
      const where = firstDifference(unstable.html, before.html, 30).replace(/\s+/g, ' ').slice(0, 90);
      stats.excluded.push(`${page.id} (differs between plain loads ${where})`);
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
