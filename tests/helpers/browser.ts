/**
 * Real Chromium with the built extension loaded (playwright-core driving Debian's chromium).
 * Outside CI the real-browser tests skip when Chromium is missing; under CI=true that is an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from './fixtures';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION = process.env.QY_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3');

/** Why real-browser tests cannot run here, or null when they can. Throws under CI=true. */
export function browserUnavailable(): string | null {
  const missing = !fs.existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM} (apt-get install chromium)`
    : !fs.existsSync(path.join(EXTENSION, 'manifest.json'))
      ? `no built extension at ${EXTENSION} (npm run build)`
      : null;
  if (missing && process.env.CI === 'true') throw new Error(`real-browser tests cannot run under CI: ${missing}`);
  if (missing) console.warn(`Skipping real-browser tests: ${missing}`);
  return missing;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup as a tab, pointed at the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  /** The browser's tab id of `page` (looked up from the service worker by URL). */
  tabId(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * The browser's tab id of `page`, looked up from the extension's service worker. Without the
 * "tabs" permission the extension cannot see tab URLs, so the tab is found by focus.
 */
export async function findTabId(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** Why a benchmark cannot use Chromium here, or null when it can (never throws, unlike under CI). */
export function benchBrowserUnavailable(): string | null {
  try {
    return browserUnavailable();
  } catch (e) {
    return String(e);
  }
}

/** The flags every test browser gets: the given host patterns map to 127.0.0.1. */
function chromiumArgs(hostPatterns: readonly string[]): string[] {
  return [
    `--host-resolver-rules=${hostPatterns.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
    // The interface follows the browser's language; tests read its Simplified Chinese strings.
    '--lang=zh-CN',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * The same Chromium with the same flags but without the extension: a baseline that sees a page
 * under exactly the URL the extension's browser sees (a page's scripts and Chromium's encoding
 * guess both depend on the host name).
 */
export async function launchWithoutExtension(hostPatterns = ['*.gov.cn', '*.gov.tw', '*.people.com.cn', '*.example.com']): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-extensions', ...chromiumArgs(hostPatterns)] });
}

/** Launches Chromium with the extension, mapping the given host patterns to 127.0.0.1. */
export async function launchWithExtension(hostPatterns = ['*.gov.cn', '*.gov.tw', '*.people.com.cn', '*.example.com']): Promise<ExtensionBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingyue-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...chromiumArgs(hostPatterns)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const tabId = (page: Page) => findTabId(worker, page);
  return {
    context,
    extensionId,
    worker,
    tabId,
    async openPopup(page: Page) {
      const id = await tabId(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
      return popup;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
