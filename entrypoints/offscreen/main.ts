/**
 * Chrome's offscreen document: hosts the converter for every tab for the whole browser session
 * (an MV3 service worker is stopped after 30 s idle and would rebuild the dictionaries each time).
 * The conversion itself runs in a worker; this page only relays the requests of content scripts
 * (over a port) and of the background script (messages) to it.
 */
import { browser } from 'wxt/browser';
import { isConverterMessage, type ConverterMessage } from '../../lib/convert/protocol';
import { CONVERTER_PORT, serveConverterPort, type PortLike } from '../../lib/convert/port';

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
  if (port.name !== CONVERTER_PORT || port.sender?.id !== browser.runtime.id) return;
  serveConverterPort(port as unknown as PortLike, ask);
});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || !isConverterMessage(message)) return undefined;
  return ask(message);
});
