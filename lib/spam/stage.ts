/**
 * The spam stage: runs a spam detector over the analysed document and records what it found. It
 * imports no detector itself: Node and the CLI run it with `detectSpam` (lib/pipeline.ts), the
 * analyzer with the content script's copy (`AnalyzeOptions.detectSpam`), so that the detectors and
 * their vocabulary are not a second time in the analyzer script.
 */
import type { PipelineContext } from '../stage';
import type { SpamResult } from './index';
import type { ScanOptions } from './scan';

/** `detectSpam` from lib/spam, or a copy of it. */
export type SpamDetector = (doc: Document, options: ScanOptions) => SpamResult;

/**
 * Records the findings of `detect` on `ctx.doc` (or the detection `options.spamResult` already
 * made on it): the elements, the report's list, the real title.
 */
export function runSpamStage(ctx: PipelineContext, detect: SpamDetector): void {
  const result = ctx.options.spamResult ?? detect(ctx.doc, { url: ctx.url, check: () => ctx.deadline.check() });
  ctx.spamHits = result.hits;
  if (result.realTitle) ctx.hints.realTitle = result.realTitle;
  ctx.report.spam = ctx.spamHits.map(({ text, reason, technique, techniques, action }) => ({ text, reason, technique, ...(techniques && techniques.length > 1 ? { techniques } : {}), ...(action ? { action } : {}) }));
}
