/**
 * Messages between the popup (and other extension pages), the background script and the content
 * script, with runtime shape checks: a content script listens on pages it does not control, so
 * every message is validated before it is acted on.
 *
 * Popup → content script (`Request`), answered with a `PageState` unless noted:
 * - `get-report`: analyse the page if not done yet (loads the analyzer into the page first).
 * - `get-article`: the same with the article's sanitised HTML in `report.html` (the reader view;
 *   other answers leave it empty, as the popup does not show it).
 * - `get-state`: the state as it is, without analysing (keyboard shortcuts, benchmarks).
 * - `clean` / `restore`: hide the injected spam again / show everything as it was (undo).
 * - `convert` `{to}`: convert the page's script; `convert-restore`: put the original text back.
 * - `scroll-to` `{anchor}`: scroll to a heading of the outline and highlight it briefly
 *   (answered with `{ found: boolean }`).
 * Content script → background (`Notice`): `report-ready` / `cleaned` (badge); `load-analyzer`
 * (`AnalyzerRequest`): inject the analyzer script into the sender's frame, answered with `true`.
 */
import type { ConvertTarget, Report } from './report';

export type Request =
  | { type: 'qingyue:get-report' }
  | { type: 'qingyue:get-article' }
  | { type: 'qingyue:get-state' }
  | { type: 'qingyue:clean' }
  | { type: 'qingyue:restore' }
  | { type: 'qingyue:convert'; to: ConvertTarget }
  | { type: 'qingyue:convert-restore' }
  | { type: 'qingyue:scroll-to'; anchor: string };

export interface PageState {
  /** null while the page has not been analysed. `report.isArticle` says whether it is an article. */
  report: Report | null;
  /** Whether injected spam is currently hidden on the page. */
  cleaned: boolean;
  /** The script the page is currently converted to, or null when it shows its own text. */
  converted?: ConvertTarget | null;
  /** How long the last conversion took (set once the page has been converted). */
  conversionTimings?: ConversionTimings;
  /** An error message when the pipeline failed on this page. */
  error?: string;
  /** Spam findings that cleanup hides, once spam detection has run (before any report exists). */
  spamCount?: number;
  /** When the content script did its work on this page. */
  timing?: PageTiming;
}

/**
 * The content script's timestamps (`performance.now()`, which shares the document's time origin,
 * so they compare with the page's own navigation timing) and durations, in ms. They reach the
 * extension in `PageState` only: nothing is written where the page could read it.
 */
export interface PageTiming {
  /** The content script started. */
  scriptStart?: number;
  /** The first cleanup started and ended (spam detection plus hiding). */
  cleanStart?: number;
  cleanedAt?: number;
  /** The warm-up of the cleanup code on a sample page while the page was parsed (lib/page/warm-up.ts): when it started, how long it took. */
  warmUpStart?: number;
  warmUpMs?: number;
  /** Loading the analyzer into the page, and running the pipeline (restore, analyse, clean again). */
  analyzerLoadMs?: number;
  analyzeMs?: number;
  /** Sanitising the article's HTML for the reader view, on its first request (`get-article`). */
  renderMs?: number;
}

/** Timings of the last script conversion, measured in the content script (ms). */
export interface ConversionTimings {
  /** Until the converter host had the dictionaries (first use: start the host and build them). */
  readyMs: number;
  /** Converting the page once the host was ready: walk, round trip to the host, writes. */
  convertMs: number;
  /** Of `convertMs`: on the page's thread (walk and writes), and in the converter host. */
  pageMs: number;
  hostMs: number;
  /** Of `convertMs`: the rest of the round trip to the host (packing, messages, relays, unpacking). */
  messageMs?: number;
  /** The whole request, report included. */
  totalMs: number;
  /** Blocks sent and text nodes or attributes changed. */
  blocks: number;
  changed: number;
}

export interface ScrollResult {
  found: boolean;
}

export type Notice = { type: 'qingyue:report-ready'; spamCount: number; isArticle: boolean } | CleanedNotice;

/** Sent after the automatic cleanup, before any report exists: the badge shows the hidden count. */
export type CleanedNotice = { type: 'qingyue:cleaned'; spamCount: number };

/** Content script → background: inject the analyzer into the sender's frame. */
export type AnalyzerRequest = { type: 'qingyue:load-analyzer' };
/** @deprecated use Notice */
export type ReportReady = Notice;

const TARGETS = new Set<string>(['cn', 'tw', 'twp', 'hk', 't']);

type Shape = Record<string, (value: unknown) => boolean>;

const REQUESTS: Record<Request['type'], Shape> = {
  'qingyue:get-report': {},
  'qingyue:get-article': {},
  'qingyue:get-state': {},
  'qingyue:clean': {},
  'qingyue:restore': {},
  'qingyue:convert': { to: (v) => typeof v === 'string' && TARGETS.has(v) },
  'qingyue:convert-restore': {},
  'qingyue:scroll-to': { anchor: (v) => typeof v === 'string' && /^[\w-]{1,64}$/.test(v) },
};

function hasShape(value: Record<string, unknown>, shape: Shape): boolean {
  const keys = Object.keys(value).filter((k) => k !== 'type');
  return keys.length === Object.keys(shape).length && keys.every((k) => shape[k]?.(value[k]) === true);
}

/** True for a well-formed request to the content script (known type, exactly its fields). */
export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const shape = typeof v.type === 'string' ? REQUESTS[v.type as Request['type']] : undefined;
  return shape !== undefined && Object.prototype.hasOwnProperty.call(REQUESTS, v.type as string) && hasShape(v, shape);
}

/** True for the content script's notice to the background script. */
export function isReportReady(value: unknown): value is Extract<Notice, { type: 'qingyue:report-ready' }> {
  const v = value as Extract<Notice, { type: 'qingyue:report-ready' }>;
  return (
    typeof value === 'object' &&
    value !== null &&
    v.type === 'qingyue:report-ready' &&
    Number.isInteger(v.spamCount) &&
    v.spamCount >= 0 &&
    typeof v.isArticle === 'boolean' &&
    Object.keys(value).length === 3
  );
}

/** True for the content script's notice after the automatic cleanup. */
export function isCleanedNotice(value: unknown): value is CleanedNotice {
  const v = value as CleanedNotice;
  return typeof value === 'object' && value !== null && v.type === 'qingyue:cleaned' && Number.isInteger(v.spamCount) && v.spamCount >= 0 && Object.keys(value).length === 2;
}

/** True for the content script's request to load the analyzer. */
export function isAnalyzerRequest(value: unknown): value is AnalyzerRequest {
  return typeof value === 'object' && value !== null && (value as AnalyzerRequest).type === 'qingyue:load-analyzer' && Object.keys(value).length === 1;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown, item: (x: Record<string, unknown>) => boolean) => Array.isArray(v) && v.every((x) => isRecord(x) && item(x));

/** True for a report whose fields the extension pages read have the types they expect. */
function isReportShape(r: Record<string, unknown>): boolean {
  return (
    ['url', 'title', 'byline', 'source', 'publishedTime', 'siteName', 'text', 'html'].every((k) => isString(r[k])) &&
    typeof r.isArticle === 'boolean' &&
    listOf(r.headings, (x) => isString(x.text) && isString(x.anchor) && typeof x.level === 'number') &&
    listOf(r.figures, (x) => isString(x.raw) && isString(x.sentence)) &&
    listOf(r.spam, (x) => isString(x.text))
  );
}

/**
 * True for a content script's `PageState`: the popup and the reader check every answer before
 * they use it (the report's text and HTML come from the page; the HTML is sanitised again).
 */
export function isPageState(value: unknown): value is PageState {
  if (!isRecord(value) || typeof value.cleaned !== 'boolean') return false;
  if (value.error !== undefined && !isString(value.error)) return false;
  return value.report === null || (isRecord(value.report) && isReportShape(value.report));
}
