/**
 * The popup's conversations: with the content script of the tab it is about, and with the
 * background script. Every answer from the page is shape-checked before it is used.
 */
import { browser, type Browser } from 'wxt/browser';
import { isPageState, type PageState, type Request, type ScrollResult } from '../../lib/messages';
import type { BackgroundRequest, SyncSitesResult } from '../../utils/background-messages';
import { badgeText, BADGE_COLOR } from '../../lib/ui/badge';

export type Tab = Browser.tabs.Tab;

/** The tab the popup is about: `?tab=ID` (the reader and tests open the popup as a tab), else the active tab. */
export async function targetTab(search = location.search): Promise<Tab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Whether a value is a content script's `PageState` (lib/messages.ts). */
export { isPageState };

export class NoAnswer extends Error {
  constructor() {
    super('no answer');
  }
}

/** Sends a request to the tab's content script; rejects when no script is there, `NoAnswer` when it says nothing. */
export async function ask(tabId: number, request: Request, timeoutMs = 10_000): Promise<PageState> {
  const reply = await withTimeout(browser.tabs.sendMessage(tabId, request), timeoutMs);
  if (!isPageState(reply)) throw new NoAnswer();
  return reply;
}

export async function scrollTo(tabId: number, anchor: string): Promise<boolean> {
  const reply = (await withTimeout(browser.tabs.sendMessage(tabId, { type: 'qingyue:scroll-to', anchor } satisfies Request), 5000)) as ScrollResult | undefined;
  return reply?.found === true;
}

/** Puts the content script into a tab that does not have it (needs activeTab or a host permission). */
export async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}

/** Pages no extension may script: browser pages, extension stores. */
export function isRestricted(url: string | undefined): boolean {
  if (!url) return false; // unknown without activeTab: try, and explain if the browser refuses
  if (!/^https?:/.test(url)) return true;
  return /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\//.test(url);
}

/** The tab's host name from the report or the tab ('' when unknown). */
export function hostOf(...urls: (string | undefined)[]): string {
  for (const url of urls) {
    if (!url) continue;
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname;
    } catch {
      /* next */
    }
  }
  return '';
}

/** Shows the number of hidden spam items on the toolbar button of the tab. */
export function updateBadge(tabId: number, state: PageState): void {
  const action = browser.action ?? browser.browserAction;
  const hidden = state.report?.spam.filter((s) => s.action !== 'report').length ?? 0;
  void action?.setBadgeText({ tabId, text: badgeText(hidden, state.cleaned) }).catch(() => {});
  void action?.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => {});
}

/** Asks the background script to register the content script for the user's sites again. */
export async function syncSites(): Promise<SyncSitesResult | undefined> {
  try {
    return (await browser.runtime.sendMessage({ type: 'qingyue:sync-sites' } satisfies BackgroundRequest)) as SyncSitesResult;
  } catch {
    return undefined;
  }
}

/** Opens the reader view for a tab, next to it. */
export async function openReader(tab: Tab): Promise<void> {
  const url = `${(browser.runtime.getURL as (p: string) => string)('/reader.html')}?tab=${tab.id}`;
  await browser.tabs.create({ url, index: tab.index + 1, openerTabId: tab.id, active: true });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswer()), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
