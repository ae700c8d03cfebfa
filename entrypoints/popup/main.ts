/**
 * The toolbar popup: asks the current tab's content script for its report and shows it.
 */
import { browser } from 'wxt/browser';
import type { PageState, Request } from '../../lib/messages';
import { h, message, renderState } from './view';

const app = document.getElementById('app')!;

function show(nodes: Node[]): void {
  app.replaceChildren(...nodes);
  app.setAttribute('aria-busy', 'false');
}

/** The tab the popup is about: `?tab=ID` (tests open the popup as a tab), else the active tab. */
async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function ask(tabId: number, request: Request): Promise<PageState> {
  return (await browser.tabs.sendMessage(tabId, request)) as PageState;
}

async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}

/** Pages no extension may script: browser pages, extension stores, local files without access. */
function isRestricted(url: string | undefined): boolean {
  if (!url) return false; // unknown without activeTab: try, and explain if the browser refuses
  if (!/^https?:/.test(url)) return true;
  return /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//.test(url);
}

async function main(): Promise<void> {
  const tab = await targetTab();
  if (tab?.id === undefined) {
    show(message('没有可分析的标签页。'));
    return;
  }
  const tabId = tab.id;
  try {
    show(renderState(await ask(tabId, { type: 'qingyue:get-report' })));
    return;
  } catch {
    // No content script answered: a restricted page, or a site that is not on the list.
  }
  if (isRestricted(tab.url)) {
    show(message('清阅无法在此页面运行（浏览器内部页面、扩展商店或本地文件）。'));
    return;
  }
  const button = h('button', { type: 'button' }, '分析此页');
  button.addEventListener('click', async () => {
    show(message('正在分析…'));
    try {
      await inject(tabId);
      show(renderState(await ask(tabId, { type: 'qingyue:get-report' })));
    } catch (error) {
      show(message(`清阅无法访问此页面：${error instanceof Error ? error.message : String(error)}`, 'error'));
    }
  });
  show(message('此网站不在自动清理列表中。', 'state', button));
}

main().catch((error: unknown) => show(message(`出错了：${error instanceof Error ? error.message : String(error)}`, 'error')));
