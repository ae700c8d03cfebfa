/**
 * Messages between the popup, the background script and the content script, with runtime shape
 * checks: a content script listens on pages it does not control, so every message is validated
 * before it is acted on.
 */
import type { Report } from './report';

export type Request =
  | { type: 'qingyue:get-report' }
  | { type: 'qingyue:clean' }
  | { type: 'qingyue:restore' };

export interface PageState {
  /** null while the page has not been analysed, or when it is not an article. */
  report: Report | null;
  /** Whether injected spam is currently hidden on the page. */
  cleaned: boolean;
  /** An error message when the pipeline failed on this page. */
  error?: string;
}

export type ReportReady = { type: 'qingyue:report-ready'; spamCount: number; isArticle: boolean };

const REQUEST_TYPES = new Set(['qingyue:get-report', 'qingyue:clean', 'qingyue:restore']);

/** True for a well-formed request to the content script. */
export function isRequest(value: unknown): value is Request {
  return (
    typeof value === 'object' &&
    value !== null &&
    REQUEST_TYPES.has((value as { type?: unknown }).type as string) &&
    Object.keys(value).length === 1
  );
}

/** True for the content script's notice to the background script. */
export function isReportReady(value: unknown): value is ReportReady {
  const v = value as ReportReady;
  return (
    typeof value === 'object' &&
    value !== null &&
    v.type === 'qingyue:report-ready' &&
    Number.isInteger(v.spamCount) &&
    v.spamCount >= 0 &&
    typeof v.isArticle === 'boolean'
  );
}
