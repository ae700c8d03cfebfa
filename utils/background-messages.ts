/**
 * Messages between the extension's own pages (popup, options, reader) and the background script.
 * - `sync-sites` (→ background): re-register the content script for the user's sites (after a
 *   site was added, removed or blocked, or a host permission granted); answered with the patterns.
 * - `reader-close` (→ reader pages): the reader view showing in tab `tabId` goes back to its page
 *   (keyboard shortcut); answered with `true` by that reader only.
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
