/**
 * What the background does to a tab on a keyboard shortcut or a context-menu click: toggle the
 * cleanup, open or close the reader view, copy the key figures. The shortcut or the menu click
 * grants activeTab, so a page without the content script gets it injected.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageState, Request } from '../../lib/messages';
import { badgeText, BADGE_COLOR } from '../../lib/ui/badge';
import { copyAllText, listedFigures } from '../../lib/ui/copy-figures';
import type { ReaderRequest } from '../background-messages';
import { loadSettings } from '../settings-store';
import { currentLanguage } from '../i18n';

type Tab = Browser.tabs.Tab;

async function ask(tabId: number, request: Request): Promise<PageState> {
  const reply = (await browser.tabs.sendMessage(tabId, request)) as PageState | undefined;
  if (!reply || typeof reply.cleaned !== 'boolean') throw new Error('no answer from the page');
  return reply;
}

/** The page's state, injecting the content script first when the page does not have it. */
async function reach(tabId: number, request: Request): Promise<PageState> {
  try {
    return await ask(tabId, request);
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return ask(tabId, request);
  }
}

export function setBadge(tabId: number, state: Pick<PageState, 'report' | 'cleaned' | 'spamCount'>): void {
  const action = browser.action ?? browser.browserAction;
  const hidden = state.report?.spam.filter((s) => s.action !== 'report').length ?? state.spamCount ?? 0;
  void action?.setBadgeText({ tabId, text: badgeText(hidden, state.cleaned) }).catch(() => {});
  void action?.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => {});
}

/** Cleans the page if it shows its injected spam, restores it if it is cleaned. */
export async function toggleClean(tab: Tab): Promise<void> {
  if (tab.id === undefined) return;
  // The state only: toggling needs no report, so the analyzer is not loaded for it.
  const state = await reach(tab.id, { type: 'qingyue:get-state' });
  const next = await ask(tab.id, { type: state.cleaned ? 'qingyue:restore' : 'qingyue:clean' });
  setBadge(tab.id, next);
}

/** Closes the reader view if `tab` shows one, else opens it for `tab`. */
export async function toggleReader(tab: Tab): Promise<void> {
  if (tab.id === undefined) return;
  const closed = await browser.runtime.sendMessage({ type: 'qingyue:reader-close', tabId: tab.id } satisfies ReaderRequest).catch(() => false);
  if (closed === true) return;
  await reach(tab.id, { type: 'qingyue:get-report' });
  const url = `${(browser.runtime.getURL as (p: string) => string)('/reader.html')}?tab=${tab.id}`;
  await browser.tabs.create({ url, index: tab.index + 1, openerTabId: tab.id });
}

/** Runs in the page: writes `text` to the clipboard. */
function writeClipboard(text: string): Promise<boolean> | boolean {
  const fallback = (): boolean => {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.documentElement.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  };
  return navigator.clipboard ? navigator.clipboard.writeText(text).then(() => true, fallback) : fallback();
}

/** Copies the page's key figures in the default copy format. Returns how many were copied. */
export async function copyKeyFigures(tab: Tab): Promise<number> {
  if (tab.id === undefined) return 0;
  const tabId = tab.id;
  const state = await reach(tabId, { type: 'qingyue:get-report' });
  const report = state.report;
  const figures = report ? listedFigures(report.figures) : [];
  const action = browser.action ?? browser.browserAction;
  if (!report || !figures.length) {
    void action?.setBadgeText({ tabId, text: '0' });
    setTimeout(() => setBadge(tabId, state), 1500);
    return 0;
  }
  const settings = await loadSettings();
  const text = copyAllText(figures, settings.copyFormat, report.url, currentLanguage(settings.language));
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: writeClipboard, args: [text] });
  const ok = result?.result === true;
  void action?.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  setTimeout(() => setBadge(tabId, state), 1500);
  return ok ? figures.length : 0;
}
