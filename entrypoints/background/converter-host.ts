/**
 * Where the converter lives, decided once in the background script:
 *
 * - Chrome (MV3): in an offscreen document (entrypoints/offscreen), created on the first
 *   `qingyue:converter-prepare` and kept for the browser session, so the dictionaries are built
 *   once per session and not once per tab or per service-worker wake-up. Content scripts then talk
 *   to it directly; the service worker only creates it.
 * - Firefox (MV2, persistent background page): in the background script itself.
 *
 * Either way the dictionaries never load into a web page.
 */
import { browser } from 'wxt/browser';
import { isConverterStatus, type ConverterMessage, type ConverterPrepare, type ConverterStatus } from '../../lib/convert/protocol';
import { CONVERTER_PORT, serveConverterPort, type PortLike } from '../../lib/convert/port';
import { acceptsConverterRequest, senderKind } from '../../utils/background-messages';

interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeRuntimeContexts {
  getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}
type ChromeGlobal = { offscreen?: ChromeOffscreen; runtime?: ChromeRuntimeContexts };

const OFFSCREEN_PATH = '/offscreen.html' as const;

export function installConverterHost(): void {
  // Decided at build time, so that Chrome's service worker bundle never contains the dictionaries.
  if (import.meta.env.FIREFOX) {
    installLocalHost();
    return;
  }
  const chromeApi = (globalThis as { chrome?: ChromeGlobal }).chrome;
  if (chromeApi?.offscreen && chromeApi.runtime?.getContexts) installOffscreenHost(chromeApi.offscreen, chromeApi.runtime);
}

/** Firefox: the persistent background page converts (its bundle holds the dictionaries, loaded on first use). */
function installLocalHost(): void {
  const host = import('../../lib/convert/host').then(({ ConverterHost }) => new ConverterHost());
  const answer = (message: ConverterMessage) =>
    host.then((h): Promise<unknown> => {
      switch (message.type) {
        case 'qingyue:converter-ping':
          return Promise.resolve({ ready: h.isReady(message.to) });
        case 'qingyue:converter-prepare':
          return h.prepare(message.to);
        case 'qingyue:convert-text':
          return h.convert(message);
      }
    });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === CONVERTER_PORT && senderKind(port.sender, browser.runtime.id, browser.runtime.getURL('/'))) serveConverterPort(port as unknown as PortLike, answer);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!acceptsConverterRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return answer(message);
  });
}

/** Chrome: the service worker creates the offscreen document and has it build the dictionaries. */
function installOffscreenHost(offscreen: ChromeOffscreen, runtime: ChromeRuntimeContexts): void {
  let creating: Promise<void> | null = null;
  const url = browser.runtime.getURL(OFFSCREEN_PATH);

  async function ensureDocument(): Promise<void> {
    const existing = await runtime.getContexts!({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (existing.length) return;
    creating ??= offscreen
      .createDocument({
        url,
        reasons: ['WORKERS'],
        justification: 'Builds the Simplified/Traditional Chinese dictionaries once per browser session, in a worker, for every tab that converts.',
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  }

  async function prepare(message: ConverterPrepare): Promise<ConverterStatus> {
    const start = performance.now();
    await ensureDocument();
    // The document's listener may need a moment after creation: ask again until it answers.
    for (let attempt = 0; attempt < 20; attempt++) {
      const answer = await browser.runtime.sendMessage(message).catch(() => undefined);
      if (isConverterStatus(answer)) return { ready: answer.ready, ms: Math.round((performance.now() - start) * 100) / 100 };
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the converter did not start');
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!acceptsConverterRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    // Pings and conversions go to the offscreen document itself (over a port).
    if (message.type !== 'qingyue:converter-prepare') return undefined;
    // A prepare sent by this worker to the offscreen document does not come back here; one from
    // the offscreen document never happens. Only content scripts and extension pages ask.
    return prepare(message);
  });
}
