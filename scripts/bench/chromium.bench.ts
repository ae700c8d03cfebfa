/**
 * The extension in real Chromium, over every page of ../shared/corpus (or the fixtures when the
 * corpus is absent), each loaded twice in one browser: under a host the content script matches
 * and under one it does not (nothing of ours runs there, so that load is the baseline).
 *
 * - Page load to cleaned page: the content script's `cleanedAt` (from `qingyue:get-state`,
 *   `performance.now()` in the page's time origin) minus the navigation's
 *   `domContentLoadedEventStart`. Target: p95 ≤ 50 ms. Beside it, what the content script adds
 *   before DOMContentLoaded (the warm-up of the cleanup code while the page is parsed): its own
 *   time, the matched page's DOMContentLoaded minus the unmatched page's, and the matched page's
 *   `cleanedAt` minus the unmatched page's DOMContentLoaded (when the reader sees the cleaned page,
 *   against when they would have seen the page without the extension).
 * - Pipeline in Chromium (the analyzer's `report.timings.total`: the report the popup shows) against
 *   Readability alone (`new Readability(document.cloneNode(true)).parse()` in the unmatched tab,
 *   same page, same run). The reader view's HTML is sanitised only when the reader asks for it
 *   (`get-article`): printed on its own, and in a second ratio with the pipeline. The first report
 *   takes the cleanup's spam detection when the page has not changed since it was cleaned
 *   (lib/page/change-watch.ts); how often that happened is printed. The same pipeline is then run
 *   three times more in that tab (pipeline-again.ts) and Readability alone four times in its own:
 *   the share of each first run that is the new tab's cold start.
 * - Script bytes injected: every script parsed from `chrome-extension://` in the tab (CDP
 *   `Debugger.scriptParsed`), on the matched page after cleanup, after the popup's first report
 *   (the analyzer), and on the unmatched page. Target: ≤ 60 KB gzipped on a matched page.
 * - Memory added per tab: JS heap used after a forced GC, matched minus unmatched load.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { benchBrowserUnavailable, launchWithExtension } from '../../tests/helpers/browser';
import { corpusBrowserPages, fixtureBrowserPages, startPageServer, type BrowserPage } from '../../tests/helpers/browser-pages';
import { hasCorpus } from '../../tests/helpers/fixtures';
import type { PageState } from '../../lib/messages';
import { SPAM_REUSED } from '../../lib/analyze-page';
import { quantile, table } from '../eval/score';
import { readabilityRuns } from './readability-in-page';
import { pipelineAgain } from './pipeline-again';

declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

const MATCHED = 'www.bench.gov.cn';
const PLAIN = 'www.bench.example.org';

interface Scripts {
  urls: Set<string>;
  bytes: number;
}

/** Collects the extension scripts parsed in a tab (content script, analyzer) from now on. */
async function watchScripts(cdp: CDPSession): Promise<Scripts> {
  const seen: Scripts = { urls: new Set(), bytes: 0 };
  cdp.on('Debugger.scriptParsed', (e: { url: string; length?: number }) => {
    if (!e.url.startsWith('chrome-extension://') || seen.urls.has(e.url)) return;
    seen.urls.add(e.url);
    seen.bytes += e.length ?? 0;
  });
  await cdp.send('Debugger.enable');
  return seen;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** A home broadband connection as DevTools emulates it: 40 ms round trip, 20 Mbit/s down, 5 up. */
const BROADBAND = { offline: false, latency: 40, downloadThroughput: (20e6 / 8) | 0, uploadThroughput: (5e6 / 8) | 0 };

/** `domContentLoadedEventStart` of the tab's navigation (ms from its time origin). */
function domContentLoadedAt(tab: Page): Promise<number> {
  return tab.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart ?? 0);
}

const stats = (xs: number[]) => [quantile(xs, 0.5), quantile(xs, 0.95), xs.length ? Math.max(...xs) : 0];
const kb = (bytes: number) => bytes / 1024;

export default {
  name: 'chromium',
  async run(): Promise<string> {
    const unavailable = benchBrowserUnavailable();
    if (unavailable) return `## Extension in Chromium\n(skipped: ${unavailable})\n`;
    const pages: BrowserPage[] = hasCorpus ? corpusBrowserPages() : fixtureBrowserPages();
    const server = await startPageServer();
    const ext = await launchWithExtension(['*']);
    const loadToClean: number[] = [];
    const cleanMs: number[] = [];
    const pipeline: number[] = [];
    const readerHtml: number[] = [];
    const readability: number[] = [];
    // Per page where both were measured: four runs in a row of the pipeline without its spam stage
    // (the first report, then pipelineAgain) and of Readability alone.
    const runsInTab: { pipeline: number[]; readability: number[] }[] = [];
    const memClean: number[] = [];
    const memAnalysed: number[] = [];
    const networkLoadToClean: number[] = [];
    const warmUpMs: number[] = [];
    const dclAdded: number[] = [];
    const cleanAfterPlainDcl: number[] = [];
    const injected = { matched: 0, analyzer: 0, unmatched: 0, files: new Set<string>(), unmatchedFiles: new Set<string>() };
    let failed = 0;
    let spamReused = 0;
    // A page whose resources stall is measured once it is parsed; one that is not parsed in 15 s is skipped.
    const open = async (tab: Page, url: string) => {
      await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
      await tab.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
    };
    try {
      for (const page of pages) {
        // Fresh tabs per page: the bytes and heap of one page never carry into the next.
        const plain = await ext.context.newPage();
        const tab = await ext.context.newPage();
        try {
          const plainCdp = await ext.context.newCDPSession(plain);
          await plainCdp.send('Performance.enable');
          const plainScripts = await watchScripts(plainCdp);
          await open(plain, server.url(page, PLAIN));
          injected.unmatched = Math.max(injected.unmatched, plainScripts.bytes);
          for (const u of plainScripts.urls) injected.unmatchedFiles.add(new URL(u).pathname);
          const plainHeap = await heapUsed(plainCdp);
          const plainDcl = await domContentLoadedAt(plain);
          // Parsed four times: the first is the figure; the others show Readability's own cold start.
          const readabilityFour = await readabilityRuns(plain, 4);
          const rMs = readabilityFour[0]!;

          const cdp = await ext.context.newCDPSession(tab);
          await cdp.send('Performance.enable');
          const scripts = await watchScripts(cdp);
          await open(tab, server.url(page, MATCHED));
          const tabId = await ext.tabId(tab);
          const send = async (message: unknown) => (await ext.worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message })) as PageState;
          let state: PageState | undefined;
          for (let i = 0; i < 100 && state?.timing?.cleanedAt === undefined; i++) {
            state = await send({ type: 'qingyue:get-state' }).catch(() => undefined);
            if (state?.timing?.cleanedAt === undefined) await tab.waitForTimeout(50);
          }
          const t = state?.timing;
          if (t?.cleanedAt === undefined || t.cleanStart === undefined) {
            failed++;
            continue;
          }
          const dcl = await domContentLoadedAt(tab);
          loadToClean.push(t.cleanedAt - dcl);
          cleanMs.push(t.cleanedAt - t.cleanStart);
          if (t.warmUpMs !== undefined) warmUpMs.push(t.warmUpMs);
          dclAdded.push(dcl - plainDcl);
          cleanAfterPlainDcl.push(t.cleanedAt - plainDcl);
          injected.matched = Math.max(injected.matched, scripts.bytes);
          memClean.push(kb((await heapUsed(cdp)) - plainHeap));
          const before = scripts.bytes;
          const analysed = await send({ type: 'qingyue:get-report' });
          injected.analyzer = Math.max(injected.analyzer, scripts.bytes - before);
          for (const u of scripts.urls) injected.files.add(new URL(u).pathname);
          memAnalysed.push(kb((await heapUsed(cdp)) - plainHeap));
          if (analysed.report?.timings.total !== undefined) {
            pipeline.push(analysed.report.timings.total);
            if (analysed.report.stages.some((st) => st.stage === 'spam' && st.message === SPAM_REUSED)) spamReused++;
            readability.push(rMs);
            // The reader view's HTML, sanitised only when the reader asks for it.
            const article = await send({ type: 'qingyue:get-article' });
            readerHtml.push(article.timing?.renderMs ?? 0);
            const runs = await pipelineAgain(cdp, 3);
            if (runs?.length === 3) {
              const first = analysed.report.timings.total - (analysed.report.timings.spam ?? 0);
              runsInTab.push({ pipeline: [first, ...runs], readability: readabilityFour });
            }
          }
        } catch (error) {
          failed++;
          console.error(`chromium bench: ${page.id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        } finally {
          await plain.close();
          await tab.close();
        }
      }
      // The same pages over an emulated network: the page arrives in parts, as from a real site.
      for (const page of pages) {
        const tab = await ext.context.newPage();
        try {
          const cdp = await ext.context.newCDPSession(tab);
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', BROADBAND);
          await open(tab, server.url(page, MATCHED));
          const tabId = await ext.tabId(tab);
          let state: PageState | undefined;
          for (let i = 0; i < 100 && state?.timing?.cleanedAt === undefined; i++) {
            state = (await ext.worker.evaluate(({ tabId }) => chrome.tabs.sendMessage(tabId, { type: 'qingyue:get-state' }), { tabId }).catch(() => undefined)) as PageState | undefined;
            if (state?.timing?.cleanedAt === undefined) await tab.waitForTimeout(50);
          }
          const t = state?.timing;
          if (t?.cleanedAt === undefined) continue;
          const dcl = await domContentLoadedAt(tab);
          networkLoadToClean.push(t.cleanedAt - dcl);
        } catch {
          /* counted as not measured below */
        } finally {
          await tab.close();
        }
      }
    } finally {
      await ext.close();
      await server.close();
    }
    const gz = (file: string) => {
      const f = `${process.cwd()}/.output/chrome-mv3${file}`;
      return fs.existsSync(f) ? kb(zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length) : NaN;
    };
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const files = [...injected.files].sort();
    return [
      `## Extension in Chromium (${pages.length} ${hasCorpus ? 'corpus' : 'fixture'} pages${failed ? `, ${failed} not measured: not parsed in 15 s or not cleaned in 5 s` : ''})`,
      table([
        ['figure', 'median', 'p95', 'max'],
        ['DOMContentLoaded → cleaned page, ms (target p95 ≤ 50)', ...stats(loadToClean)],
        ['cleanup itself (spam detection + hiding), ms', ...stats(cleanMs)],
        [`warm-up of the cleanup code on a sample page while the page is parsed (ran on ${warmUpMs.length} pages), ms`, ...stats(warmUpMs)],
        ['DOMContentLoaded of the matched page minus the same page unmatched (what runs before it), ms', ...stats(dclAdded)],
        ['unmatched page DOMContentLoaded → matched page cleaned, ms', ...stats(cleanAfterPlainDcl)],
        ['pipeline in the page (analyzer, report.timings.total), ms', ...stats(pipeline)],
        ['Readability alone in the same page, ms', ...stats(readability)],
        ["the reader view's article HTML, sanitised when the reader asks for it (get-article), ms", ...stats(readerHtml)],
        ['heap added per tab after cleanup, KB', ...stats(memClean)],
        ['heap added per tab after the first report, KB', ...stats(memAnalysed)],
      ]),
      `The same pages over an emulated broadband connection (${BROADBAND.latency} ms round trip, 20 Mbit/s down; ${pages.length - networkLoadToClean.length} not measured):`,
      table([
        ['figure', 'median', 'p95', 'max'],
        ['DOMContentLoaded → cleaned page, ms (target p95 ≤ 50)', ...stats(networkLoadToClean)],
      ]),
      `pipeline / Readability alone in Chromium, sum over pages: ${(sum(pipeline) / Math.max(1, sum(readability))).toFixed(2)}× (target ≤ 1.5×); ` +
        `with the reader view's HTML too: ${((sum(pipeline) + sum(readerHtml)) / Math.max(1, sum(readability))).toFixed(2)}×`,
      `the cold start in both (sum over the ${runsInTab.length} pages where both ran again, ms):`,
      table([
        ['run in the same tab', 'pipeline without its spam stage', 'Readability alone', 'ratio'],
        ...([
          [0, '1st (a new tab: code and regular expressions compiled afresh)'],
          [1, '2nd, right after'],
          [3, '4th'],
        ] as const).map(([run, label]) => {
          const ours = sum(runsInTab.map((r) => r.pipeline[run]!));
          const theirs = sum(runsInTab.map((r) => r.readability[run]!));
          return [label, Math.round(ours), Math.round(theirs), `${(ours / Math.max(1, theirs)).toFixed(2)}×`];
        }),
      ]),
      `the first report took the cleanup's spam detection (the page had not changed since it was cleaned) on ${spamReused} of ${pipeline.length} pages; the others ran the detectors again`,
      table([
        ['script injected (bytes parsed from chrome-extension:// in the tab)', 'raw KB', 'gzip KB (built file)'],
        ['matched page, on load', kb(injected.matched), files.filter((f) => f.includes('content')).reduce((n, f) => n + gz(f), 0)],
        ['matched page, added by the first report (analyzer)', kb(injected.analyzer), files.filter((f) => !f.includes('content')).reduce((n, f) => n + gz(f), 0)],
        ['unmatched page', kb(injected.unmatched), [...injected.unmatchedFiles].reduce((n, f) => n + gz(f), 0)],
      ]),
      `files seen: ${files.join(', ') || 'none'}`,
      '',
    ].join('\n');
  },
};
