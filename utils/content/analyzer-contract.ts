/**
 * The contract between the content script injected on every matched page (entrypoints/content)
 * and the analyzer script loaded only when a report or a conversion is wanted
 * (entrypoints/analyzer.ts). The background injects the analyzer into the same isolated world as
 * the content script (`scripting.executeScript`, default world), where it leaves its functions
 * under one global of that world; the page's own scripts cannot see it.
 */
import type { PageAnalyzer } from '../../lib/page/session';
import type { installConversion } from '../../entrypoints/content/convert';

/** Where the analyzer leaves its functions in the content script's world. */
export const ANALYZER_GLOBAL = '__qingyueAnalyzer';

/** The analyzer script as built (an unlisted script). */
export const ANALYZER_FILE = '/analyzer.js';

export interface AnalyzerModule {
  /** The whole pipeline over the live page; the content script passes its spam detector (`AnalyzeOptions.detectSpam`). */
  analyzePage: PageAnalyzer;
  /** Script conversion in the page (entrypoints/content/convert.ts). */
  installConversion: typeof installConversion;
}

/** The analyzer's functions if it has been loaded into this world. */
export function loadedAnalyzer(): AnalyzerModule | undefined {
  const value = (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] as Partial<AnalyzerModule> | undefined;
  return value && typeof value.analyzePage === 'function' && typeof value.installConversion === 'function' ? (value as AnalyzerModule) : undefined;
}
