/**
 * The analyzer: the heavy part of the in-page code (the whole pipeline — Readability, DOMPurify,
 * extraction, outline, figures — and the conversion client), loaded into a page only
 * when a report or a conversion is asked for. The background injects it into the content script's
 * world (utils/background/analyzer.ts); it only leaves its functions there for the content script
 * to call (utils/content/analyzer-contract.ts). Injected twice, it keeps the first copy.
 *
 * Once the first report is made, the page-side conversion code is warmed on a detached sample
 * document when the tab is idle (lib/convert/warm.ts), so that a conversion asked for from the
 * popup afterwards does not run it cold. The report itself is not delayed.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzePageWith } from '../lib/analyze-page';
import { warmPageConversion } from '../lib/convert/warm';
import { installConversion } from './content/convert';
import { ANALYZER_GLOBAL, type AnalyzerModule } from '../utils/content/analyzer-contract';

export default defineUnlistedScript(() => {
  const holder = globalThis as Record<string, unknown>;
  let warmed = false;
  const warmLater = (doc: Document) => {
    if (warmed) return;
    warmed = true;
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
    const warm = () => void warmPageConversion(doc);
    if (idle) idle(warm, { timeout: 2000 });
    else setTimeout(warm, 50);
  };
  holder[ANALYZER_GLOBAL] ??= {
    analyzePage: (doc, options) => {
      // The detectors are the content script's (AnalyzeOptions.detectSpam): this script has none.
      if (!options.detectSpam) throw new Error('no spam detector given to the analyzer');
      const result = analyzePageWith(options.detectSpam, doc, options);
      warmLater(doc);
      return result;
    },
    installConversion,
  } satisfies AnalyzerModule;
});
