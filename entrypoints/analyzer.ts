/**
 * The analyzer: the heavy part of the in-page code (the whole pipeline — spam, Readability,
 * DOMPurify, extraction, outline, figures — and the conversion client), loaded into a page only
 * when a report or a conversion is asked for. The background injects it into the content script's
 * world (utils/background/analyzer.ts); it only leaves its functions there for the content script
 * to call (utils/content/analyzer-contract.ts). Injected twice, it keeps the first copy.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzePage } from '../lib/pipeline';
import { installConversion } from './content/convert';
import { ANALYZER_GLOBAL, type AnalyzerModule } from '../utils/content/analyzer-contract';

export default defineUnlistedScript(() => {
  const holder = globalThis as Record<string, unknown>;
  holder[ANALYZER_GLOBAL] ??= { analyzePage, installConversion } satisfies AnalyzerModule;
});
