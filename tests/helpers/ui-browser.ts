/**
 * Real-browser helpers for the interface tests (popup, reader, options, cleanup on load): Chromium
 * with the built extension, plus what those tests need beyond `browser.ts` — the real toolbar
 * popup (CDP `Extensions.triggerAction`, which also grants activeTab), the interface language,
 * the page state as the content script reports it, and screenshots under one artifacts folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, EXTENSION, findTabId } from './browser';
import { ROOT } from './fixtures';
import type { PageState } from '../../lib/messages';

export const ARTIFACTS = path.join(ROOT, 'artifacts/screenshots');

export interface UiLaunchOptions {
  /** Browser language (`--lang`), e.g. `zh-CN`, `zh-TW`, `en-US`. Default zh-CN. */
  lang?: string;
  /**
   * Host patterns granted to the extension at install, standing in for the permission prompt that
   * a user accepts (Chromium cannot accept it under automation). Everything after the prompt —
   * saving the site, registering the content script, cleaning on load — runs for real.
   */
  preGrantedHosts?: string[];
  /** Load this unpacked extension instead of the built one (benchmarks: a do-nothing popup). */
  extensionPath?: string;
  /** Host names mapped to the local fixture server. */
  hosts?: string[];
}

export interface UiBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The browser's tab id of `page`. */
  tabId(page: Page): Promise<number>;
  /** The popup opened as a tab about `page` (`popup.html?tab=ID`). */
  openPopup(page: Page, colorScheme?: 'light' | 'dark'): Promise<Page>;
  /** Clicks the toolbar button on `page`: the real popup, driven over CDP. */
  clickToolbar(page: Page): Promise<ToolbarPopup>;
  /** What the content script of `page` reports (analysing it if needed). */
  pageState(page: Page): Promise<PageState>;
  /** The content scripts registered at run time. */
  registeredScripts(): Promise<{ id: string; matches?: string[] }[]>;
  close(): Promise<void>;
}

/** The real toolbar popup (not a Playwright page: it is reached through its CDP target). */
export interface ToolbarPopup {
  evaluate<T>(expression: string): Promise<T>;
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(file: string, colorScheme?: 'light' | 'dark'): Promise<string>;
}

function extensionDir(preGrantedHosts: string[] | undefined): { dir: string; cleanup: () => void } {
  if (!preGrantedHosts?.length) return { dir: EXTENSION, cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingyue-ext-'));
  fs.cpSync(EXTENSION, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  // Added to the default sites' host permissions (the analyzer is injected there), not instead of them.
  manifest.host_permissions = [...((manifest.host_permissions as string[] | undefined) ?? []), ...preGrantedHosts];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function launchUi(options: UiLaunchOptions = {}): Promise<UiBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingyue-ui-'));
  const ext = options.extensionPath ? { dir: options.extensionPath, cleanup: () => {} } : extensionDir(options.preGrantedHosts);
  const hosts = options.hosts ?? ['*.gov.cn', '*.example.com', '*.example.org'];
  const lang = options.lang ?? 'zh-CN';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    viewport: { width: 1200, height: 900 },
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${ext.dir}`,
      `--load-extension=${ext.dir}`,
      `--lang=${lang}`,
      '--enable-unsafe-extension-debugging',
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  let browserSession: CDPSession | null = null;
  const cdp = async () => (browserSession ??= await context.browser()!.newBrowserCDPSession());

  const tabId = (page: Page) => findTabId(worker, page);

  return {
    context,
    extensionId,
    worker,
    tabId,
    async openPopup(page, colorScheme = 'light') {
      const id = await tabId(page);
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
      return popup;
    },
    async clickToolbar(page) {
      await page.bringToFront();
      const session = await cdp();
      const url = page.url();
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab target for ${url}`);
      const before = new Set((await session.send('Target.getTargets')).targetInfos.map((t) => t.targetId));
      await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      let popupTarget: string | undefined;
      for (let i = 0; i < 100 && !popupTarget; i++) {
        const { targetInfos: now } = await session.send('Target.getTargets');
        popupTarget = now.find((t) => !before.has(t.targetId) && t.url.startsWith(`chrome-extension://${extensionId}/popup.html`))?.targetId;
        if (!popupTarget) await new Promise((r) => setTimeout(r, 50));
      }
      if (!popupTarget) throw new Error('the toolbar popup did not open');
      return attachPopup(session, popupTarget);
    },
    async pageState(page) {
      const id = await tabId(page);
      return worker.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'qingyue:get-report' }), id) as Promise<PageState>;
    },
    registeredScripts: () => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()),
    async close() {
      await context.close();
      ext.cleanup();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Drives a CDP target through `Target.sendMessageToTarget` (the popup is not a Playwright page). */
async function attachPopup(session: CDPSession, targetId: string): Promise<ToolbarPopup> {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 1;
  const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const call = <T>(method: string, params: object = {}): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result as T)));
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = await call<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture: true });
    if (r.exceptionDetails) throw new Error(`popup: ${r.exceptionDetails.text}`);
    return r.result.value;
  };
  return {
    evaluate,
    async waitFor(expression, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        if (await evaluate<boolean>(`Boolean(${expression})`).catch(() => false)) return;
        if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async click(selector) {
      await evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);
    },
    async screenshot(file, colorScheme = 'light') {
      await call('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: colorScheme }] });
      await new Promise((r) => setTimeout(r, 100));
      const { data } = await call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      return saveScreenshot(file, Buffer.from(data, 'base64'));
    },
  };
}

/** Writes a screenshot under artifacts/screenshots/ and returns its path. */
export function saveScreenshot(file: string, png: Buffer): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const out = path.join(ARTIFACTS, file);
  fs.writeFileSync(out, png);
  return out;
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(tabId: number, message: object): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};
