/**
 * Messages between the extension's own pages (popup, options, reader) and the background script.
 * - `sync-sites` (→ background): re-register the content script for the user's sites (after a
 *   site was added, removed or blocked, or a host permission granted); answered with the patterns.
 * - `reader-close` (→ reader pages): the reader view showing in tab `tabId` goes back to its page
 *   (keyboard shortcut); answered with `true` by that reader only.
 *
 * Every listener checks the sender as well as the shape: `runtime.sendMessage` from a content
 * script reaches the extension's pages too, and a content script lives on a page that may be
 * compromised. Requests meant for extension pages are accepted only from extension pages.
 */

export type BackgroundRequest = { type: 'qingyue:sync-sites' };
export type ReaderRequest = { type: 'qingyue:reader-close'; tabId: number };

export interface SyncSitesResult {
  patterns: string[];
}

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'qingyue:sync-sites' && Object.keys(value).length === 1;
}

export function isReaderRequest(value: unknown): value is ReaderRequest {
  const v = value as ReaderRequest;
  return typeof value === 'object' && value !== null && v.type === 'qingyue:reader-close' && Number.isInteger(v.tabId) && Object.keys(value).length === 2;
}

/** What a listener knows about who sent a message (`runtime.MessageSender`). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * True when a message comes from this extension's own pages or its background script (their URL
 * is on the extension's origin, `runtime.getURL('/')`), not from a content script.
 */
export function fromExtensionPage(sender: SenderLike, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && extensionOrigin.length > 0 && sender.url.startsWith(extensionOrigin);
}

/** True when a message comes from this extension's content script in the top frame of a tab. */
export function fromContentScript(sender: SenderLike, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && !(sender.url ?? '').startsWith(extensionOrigin);
}
