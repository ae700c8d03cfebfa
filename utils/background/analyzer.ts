/**
 * Injecting the analyzer (entrypoints/analyzer.ts) into a page whose content script asks for it
 * (`qingyue:load-analyzer`), in that script's frame and world. Host access: the default sites are
 * host permissions (the same hosts as the content script's matches), the user's sites are granted
 * optional permissions, and a page analysed on request has activeTab.
 */
import { browser } from 'wxt/browser';
import { ANALYZER_FILE } from '../content/analyzer-contract';

/** The parts of `runtime.MessageSender` that say where a content script runs. */
export interface ContentSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** The API surface used here (the real `browser`, or a fake in unit tests). */
export interface InjectApi {
  runtime: { id: string };
  scripting: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
}

/** Whether `sender` is this extension's content script in a web page (not one of its own pages). */
export function isContentSender(sender: ContentSender, api: Pick<InjectApi, 'runtime'>): sender is ContentSender & { tab: { id: number } } {
  return sender.id === api.runtime.id && Number.isInteger(sender.tab?.id) && (sender.tab?.id ?? -1) >= 0 && /^https?:/.test(sender.url ?? '');
}

/** Injects the analyzer into the sender's frame; resolves with true once it has run there. */
export async function injectAnalyzer(sender: ContentSender, api: InjectApi = browser as unknown as InjectApi): Promise<true> {
  if (!isContentSender(sender, api)) throw new Error('not a content script');
  await api.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [ANALYZER_FILE] });
  return true;
}
