/**
 * `analyze()`: the whole Qingyue pipeline over one document (lib/analyze-page.ts), with the spam
 * detectors of lib/spam.
 *
 *   spam → extract → outline → render → figures → convert → Report
 *
 * Pure and DOM-only: no `browser.*`, no network, no globals beyond the DOM it is given. The same
 * function runs in the content script (live page), in tests and in the CLI (jsdom). It never
 * throws and never changes the document it analyses: a stage that fails or runs past its budget
 * is recorded in `report.stages` and the others still run.
 */
import type { AnalyzeOptions, Report } from './report';
import { detectSpam } from './spam';
import { analyzePageWith, type PageAnalysis } from './analyze-page';

export { emptyReport, type PageAnalysis } from './analyze-page';

/** Runs every stage over `doc`; the report and the elements it points at. Never throws. */
export function analyzePage(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  return analyzePageWith(options.detectSpam ?? detectSpam, doc, options);
}

/** Runs every stage over `doc` and returns the report. Never throws. */
export function analyze(doc: Document, options: AnalyzeOptions = {}): Report {
  return analyzePage(doc, options).report;
}
