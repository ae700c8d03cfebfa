/**
 * The whole Qingyue pipeline over one document, given its spam detector (lib/pipeline.ts gives
 * `detectSpam`; the analyzer script the content script's copy, and so never bundles the detectors).
 *
 *   spam → extract → outline → render → figures → convert → Report
 *
 * Pure and DOM-only: no `browser.*`, no network, no globals beyond the DOM it is given. The same
 * function runs in the content script (live page), in tests and in the CLI (jsdom). It never
 * throws and never changes the document it analyses: a stage that fails or runs past its budget
 * is recorded in `report.stages` and the others still run.
 */
import type { AnalyzeOptions, Report } from './report';
import { runStage, now, round, type PipelineContext, type SpamHit } from './stage';
import { runSpamStage, type SpamDetector } from './spam/stage';
import { extractStage } from './extract';
import { outlineStage } from './outline';
import { renderDeferred, renderStage } from './extract/render';
import { figuresStage } from './figures';
import { convertStage } from './convert/stage';

/** An empty report for `url`, the starting point every stage fills in. */
export function emptyReport(url: string): Report {
  return {
    version: 1,
    url,
    title: '',
    byline: '',
    source: '',
    publishedTime: '',
    siteName: '',
    lang: '',
    excerpt: '',
    isArticle: false,
    script: 'other',
    text: '',
    html: '',
    headings: [],
    figures: [],
    spam: [],
    timings: {},
    stages: [],
  };
}

function documentUrl(doc: Document): string {
  try {
    const url = doc.URL || doc.documentURI || '';
    return url === 'about:blank' ? '' : url;
  } catch {
    return '';
  }
}

/** The spam stage's message when it took the cleanup's detection (`AnalyzeOptions.spamResult`). */
export const SPAM_REUSED = 'the detection made when the page was cleaned (the page has not changed since)';

/** A report plus the live-page elements it refers to (for the content script). */
export interface PageAnalysis {
  report: Report;
  /** Injected elements found by the spam stage. */
  spamHits: SpamHit[];
  /** Live-page element of each heading, by anchor. */
  headingTargets: Map<string, Element>;
  /**
   * The article as sanitised HTML: `report.html`, rendered on the first call when the analysis
   * deferred it (`deferHtml`). It never touches the page. Throws when sanitising fails.
   */
  renderHtml(): string;
}

/** Runs every stage over `doc`, spam found by `detect`; the report and the elements it points at. Never throws. */
export function analyzePageWith(detect: SpamDetector, doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  const start = now();
  const url = options.url ?? documentUrl(doc);
  const win = options.window ?? (doc.defaultView as (Window & typeof globalThis) | null) ?? (globalThis as { window?: Window & typeof globalThis }).window;
  const ctx: PipelineContext = {
    doc,
    url,
    options,
    window: win,
    report: emptyReport(url),
    deadline: undefined as never,
    spamHits: [],
    article: null,
    hints: {},
    headingTargets: new Map(),
  };
  const spam = runStage(ctx, 'spam', (c) => runSpamStage(c, detect));
  if (options.spamResult && spam.status === 'ok') spam.message = SPAM_REUSED;
  runStage(ctx, 'extract', extractStage);
  runStage(ctx, 'outline', outlineStage);
  runStage(ctx, 'render', renderStage);
  runStage(ctx, 'figures', figuresStage);
  runStage(ctx, 'convert', convertStage);
  ctx.report.timings.total = round(now() - start);
  // Only what rendering needs stays reachable: not the clone of the page that the article came from.
  const deferred = { report: ctx.report, unsanitizedHtml: ctx.unsanitizedHtml, window: ctx.window };
  let html: string | undefined;
  return { report: ctx.report, spamHits: ctx.spamHits, headingTargets: ctx.headingTargets, renderHtml: () => (html ??= renderDeferred(deferred)) };
}
