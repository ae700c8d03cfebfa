/**
 * Script conversion in the content script: answers the popup's `qingyue:convert {to}` and
 * `qingyue:convert-restore`, converts automatically on load for the sites the user chose
 * (`Settings.autoConvertSites`), and reports the state as `PageState.converted`.
 *
 * The dictionaries never come here: the page's text goes to the converter host (an offscreen
 * document in Chrome, the background page in Firefox) and comes back converted. What runs on the
 * page is the DOM walk and the writes (lib/convert/dom.ts).
 */
import { browser } from 'wxt/browser';
import { isRequest, type ConversionTimings, type PageState } from '../../lib/messages';
import type { PageSession } from '../../lib/page/session';
import type { ConvertTarget, Report } from '../../lib/report';
import type { UserDictionaryEntry } from '../../lib/settings';
import { PageConverter, type BatchConvert } from '../../lib/convert/dom';
import { reportBlocks, withConvertedBlocks } from '../../lib/convert/stage';
import type { PageHints } from '../../lib/convert/converter';
import { isConverterStatus, requestBatch, type ConverterMessage } from '../../lib/convert/protocol';
import { CONVERTER_PORT, ConverterClient, type PortLike } from '../../lib/convert/port';
import { loadPageSettings } from '../../utils/settings-store';
import { acceptsPageRequest } from '../../utils/background-messages';

function now(): number {
  return performance.now();
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Pings and conversions go over a port to the host; nothing answers when there is no host yet. */
const client = new ConverterClient(() => browser.runtime.connect({ name: CONVERTER_PORT }) as unknown as PortLike);

function send(message: ConverterMessage): Promise<unknown> {
  return client.request(message).catch(() => undefined);
}

/** Makes sure the host has the dictionaries for `to`; the time it took. */
async function ensureHost(to: ConvertTarget): Promise<number> {
  const start = now();
  const ping = await send({ type: 'qingyue:converter-ping', to });
  if (isConverterStatus(ping) && ping.ready) return now() - start;
  // The background script starts the host (Chrome: creates the offscreen document) and has it build.
  const prepared = await browser.runtime.sendMessage({ type: 'qingyue:converter-prepare', to } satisfies ConverterMessage).catch(() => undefined);
  if (!isConverterStatus(prepared) || !prepared.ready) throw new Error('清阅的转换器未能启动');
  return now() - start;
}

/** Whether `host` is one of the user's automatic-conversion sites (or under one); its target. */
export function autoTarget(host: string, sites: Record<string, ConvertTarget>): ConvertTarget | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  for (const [site, to] of Object.entries(sites)) if (name === site || name.endsWith(`.${site}`)) return to;
  return null;
}

export interface ConversionOptions {
  /** Listen to the popup's convert requests itself (default); false: the caller passes them to `handle`. */
  listen?: boolean;
  /** Convert on load for the user's automatic-conversion sites (default); false: the caller sends the request. */
  auto?: boolean;
}

export interface PageConversion {
  /** Answers `qingyue:convert` and `qingyue:convert-restore`; undefined for any other message. */
  handle(message: unknown): Promise<PageState> | undefined;
}

/** Resolves once the document's body is parsed (a content script may start at document_start). */
function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Wires conversion to the page's session: message handling, automatic conversion, and the
 * `converted` field (and the converted report) in every `PageState` the session answers with.
 */
export function installConversion(session: PageSession, options: ConversionOptions = {}): PageConversion {
  let dictionary: UserDictionaryEntry[] = [];
  let timings: ConversionTimings | undefined;
  let converted: { to: ConvertTarget; source: Report; report: Report } | null = null;
  let busy: Promise<unknown> = Promise.resolve();

  const batch: BatchConvert = requestBatch(send, () => dictionary);
  const page = new PageConverter(document, batch);

  const baseState = session.state.bind(session);
  session.state = (): PageState => {
    const state = baseState();
    const to = page.current;
    const report = to && converted && converted.to === to && converted.source === state.report ? converted.report : state.report;
    return { ...state, report, converted: to, ...(timings ? { conversionTimings: timings } : {}) };
  };

  async function convertTo(to: ConvertTarget): Promise<void> {
    const start = now();
    dictionary = (await loadPageSettings().catch(() => null))?.userDictionary ?? [];
    const readyMs = await ensureHost(to);
    // The report describes the page as served: analyse before the text changes.
    await session.analyze();
    const pageStart = now();
    const outcome = await page.convert(to);
    const convertMs = now() - pageStart;
    if (!outcome.converted) throw new Error(outcome.reason === 'not a Chinese page' ? '此页面不是中文页面，不转换' : '转换未完成');
    const source = baseState().report;
    if (converted && (converted.source !== source || converted.to !== to)) converted = null;
    if (source && !converted) {
      const blocks = reportBlocks(source);
      const answer = await batch(to, blocks, null as PageHints | null);
      converted = { to, source, report: withConvertedBlocks(source, answer.blocks.map((b, i) => b ?? blocks[i]!), to) };
    }
    timings = {
      readyMs: round(readyMs),
      convertMs: round(convertMs),
      pageMs: round(outcome.pageMs ?? 0),
      hostMs: round(outcome.hostMs ?? 0),
      messageMs: round((outcome.waitMs ?? 0) - (outcome.hostMs ?? 0)),
      totalMs: round(now() - start),
      blocks: outcome.blocks,
      changed: outcome.changed,
    };
  }

  function run(task: () => Promise<void> | void): Promise<PageState> {
    const next = busy.then(task, task);
    busy = next.catch(() => undefined);
    return next.then(
      () => session.state(),
      (error: unknown) => ({ ...session.state(), error: error instanceof Error ? error.message : String(error) }),
    );
  }

  const handle = (message: unknown): Promise<PageState> | undefined => {
    if (!isRequest(message)) return undefined;
    if (message.type === 'qingyue:convert')
      return run(async () => {
        await domReady();
        await convertTo(message.to);
      });
    if (message.type === 'qingyue:convert-restore')
      return run(() => {
        page.restore();
        converted = null;
      });
    return undefined;
  };

  if (options.listen !== false) {
    browser.runtime.onMessage.addListener((message: unknown, sender): Promise<PageState> | undefined => {
      if (!acceptsPageRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
      return handle(message);
    });
  }

  if (options.auto !== false) {
    void loadPageSettings()
      .then((settings) => {
        if (!settings.enabled) return;
        const host = location.hostname;
        if (settings.blockedSites.some((site) => autoTarget(host, { [site]: 'cn' }))) return;
        const to = autoTarget(host, settings.autoConvertSites);
        if (to) void handle({ type: 'qingyue:convert', to });
      })
      .catch(() => {
        /* settings unavailable: no automatic conversion */
      });
  }

  return { handle };
}
