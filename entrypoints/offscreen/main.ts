/**
 * Chrome's offscreen document: hosts the converter for every tab for the whole browser session
 * (an MV3 service worker is stopped after 30 s idle and would rebuild the dictionaries each time).
 * The conversion itself runs in a worker; this page only relays the requests of content scripts
 * (over a port) and of the background script (messages) to it.
 */
import { browser } from 'wxt/browser';
import type { ConverterMessage } from '../../lib/convert/protocol';
import { CONVERTER_PORT, serveConverterPort, type PortLike } from '../../lib/convert/port';
import { acceptsOffscreenRequest, senderKind } from '../../utils/background-messages';

const worker = new Worker(new URL('./converter.worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextId = 0;

worker.onmessage = (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
  const { id, result, error } = event.data;
  const waiting = pending.get(id);
  pending.delete(id);
  if (!waiting) return;
  if (error !== undefined) waiting.reject(new Error(error));
  else waiting.resolve(result);
};

function ask(message: ConverterMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, message });
  });
}

// Content scripts convert over a port; the background script asks to prepare with a message.
browser.runtime.onConnect.addListener((port) => {
  // Content scripts (and extension pages) in this browser only.
  if (port.name !== CONVERTER_PORT || !senderKind(port.sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
  serveConverterPort(port as unknown as PortLike, ask);
});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  // Messages: the background script only (a content script's broadcast prepare is the background's).
  if (!acceptsOffscreenRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
  return ask(message);
});
