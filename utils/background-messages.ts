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
import { isAnalyzerRequest, isCleanedNotice, isReportReady, isRequest, type Request } from '../lib/messages';
import { isConverterMessage, type ConverterMessage } from '../lib/convert/protocol';

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

/** Who may send a message: `runtime.MessageSender` reduced to the two kinds Qingyue talks to. */
export type SenderKind = 'extension-page' | 'content-script' | null;

/**
 * Whether `sender` is one of this extension's pages (popup, options, reader, offscreen document,
 * background), its content script in a tab's top frame, or anything else (`null`: ignore it).
 */
export function senderKind(sender: SenderLike | undefined, runtimeId: string, extensionOrigin: string): SenderKind {
  if (!sender || !runtimeId) return null;
  if (fromExtensionPage(sender, runtimeId, extensionOrigin)) return 'extension-page';
  if (fromContentScript(sender, runtimeId, extensionOrigin) && /^https?:/.test(sender.url ?? '')) return 'content-script';
  return null;
}

/** What the background does with a message; `null` = not for it, or from a sender it does not serve. */
export type BackgroundRoute = 'sync-sites' | 'load-analyzer' | 'badge' | null;

/**
 * The background's decision for one message: the user's sites are re-registered only when one of
 * the extension's own pages asks; the analyzer is injected and the badge set only for a content
 * script in a tab. Converter messages are routed by the converter host (same sender rule).
 */
export function backgroundRoute(message: unknown, sender: SenderLike | undefined, runtimeId: string, extensionOrigin: string): BackgroundRoute {
  const kind = senderKind(sender, runtimeId, extensionOrigin);
  if (kind === 'extension-page' && isBackgroundRequest(message)) return 'sync-sites';
  if (kind !== 'content-script') return null;
  if (isAnalyzerRequest(message)) return 'load-analyzer';
  if (isReportReady(message) || isCleanedNotice(message)) return 'badge';
  return null;
}

/**
 * Requests to a content script (`tabs.sendMessage`: get-report, clean, convert…) come only from
 * the extension's pages and background, and only in a known shape.
 */
export function acceptsPageRequest(message: unknown, sender: SenderLike | undefined, runtimeId: string, extensionOrigin: string): message is Request {
  return senderKind(sender, runtimeId, extensionOrigin) === 'extension-page' && isRequest(message);
}

/**
 * Converter requests (prepare, ping, convert-text) to the background (Firefox) or to the
 * service worker that creates the offscreen document (Chrome): from content scripts or pages.
 */
export function acceptsConverterRequest(message: unknown, sender: SenderLike | undefined, runtimeId: string, extensionOrigin: string): message is ConverterMessage {
  return senderKind(sender, runtimeId, extensionOrigin) !== null && isConverterMessage(message);
}

/** The offscreen document serves messages from the background only (content scripts use a port). */
export function acceptsOffscreenRequest(message: unknown, sender: SenderLike | undefined, runtimeId: string, extensionOrigin: string): message is ConverterMessage {
  return senderKind(sender, runtimeId, extensionOrigin) === 'extension-page' && isConverterMessage(message);
}
