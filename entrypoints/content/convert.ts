/**
 * Script conversion in the content script: answers the popup's `qingyue:convert {to}` and
 * `qingyue:convert-restore` (the content script routes them here; automatic conversion on load is
 * its `autoStart`), and reports the state as `PageState.converted`.
 *
 * The dictionaries never come here: the page's text goes to the converter host (an offscreen
 * document in Chrome, the background page in Firefox) and comes back converted. What runs on the
 * page is the DOM walk and the writes (lib/convert/dom.ts).
 *
 * This module is part of the analyzer script. It reaches the browser only through the
 * `ConversionChannels` the content script passes in, so that the analyzer does not bundle a
 * second copy of the extension API wrapper and the settings store.
 */
import { isRequest, type ConversionTimings, type PageState } from '../../lib/messages';
import type { PageSession } from '../../lib/page/session';
import type { ConvertTarget, Report } from '../../lib/report';
import type { UserDictionaryEntry } from '../../lib/settings';
import { PageConverter, type BatchConvert } from '../../lib/convert/dom';
import { reportBlocks, withConvertedBlocks } from '../../lib/convert/stage';
import type { PageHints } from '../../lib/convert/converter';
import { isConverterStatus, requestBatch, type ConverterMessage, type ConverterPrepare } from '../../lib/convert/protocol';
import { ConverterClient, type PortLike } from '../../lib/convert/port';

function now(): number {
  return performance.now();
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** What conversion needs from the browser, given by the content script. */
export interface ConversionChannels {
  /** Opens a port to the converter host (`runtime.connect`, lib/convert/port.ts). */
  connect(): PortLike;
  /** Asks the background script to start the host and build the dictionaries (`runtime.sendMessage`). */
  prepare(message: ConverterPrepare): Promise<unknown>;
  /** The user's dictionary entries (from the settings). */
  userDictionary(): Promise<UserDictionaryEntry[]>;
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
 * Wires conversion to the page's session: `handle` for the convert requests, and the `converted`
 * field (and the converted report) in every `PageState` the session answers with.
 */
export function installConversion(session: PageSession, channels: ConversionChannels): PageConversion {
  // Pings and conversions go over a port to the host; nothing answers when there is no host yet.
  const client = new ConverterClient(channels.connect);
  const send = (message: ConverterMessage): Promise<unknown> => client.request(message).catch(() => undefined);

  /** Makes sure the host has the dictionaries for `to`; the time it took. */
  async function ensureHost(to: ConvertTarget): Promise<number> {
    const start = now();
    const ping = await send({ type: 'qingyue:converter-ping', to });
    if (isConverterStatus(ping) && ping.ready) return now() - start;
    // The background script starts the host (Chrome: creates the offscreen document) and has it build.
    const prepared = await channels.prepare({ type: 'qingyue:converter-prepare', to }).catch(() => undefined);
    if (!isConverterStatus(prepared) || !prepared.ready) throw new Error('清阅的转换器未能启动');
    return now() - start;
  }

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
    dictionary = await channels.userDictionary().catch(() => []);
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

  return { handle };
}
