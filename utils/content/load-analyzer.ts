/**
 * Loading the analyzer into the page on first use: the content script asks the background, which
 * injects `analyzer.js` into this frame (utils/background/analyzer.ts), then picks its functions
 * up from its own world. One load per page; a failed load (no host access, page navigating) is
 * tried again on the next request.
 */
import { browser } from 'wxt/browser';
import type { AnalyzerRequest } from '../../lib/messages';
import { loadedAnalyzer, type AnalyzerModule } from './analyzer-contract';

/** Returns the loader: resolves with the analyzer's functions, injecting it first when needed. */
export function analyzerLoader(request: () => Promise<unknown> = () => browser.runtime.sendMessage({ type: 'qingyue:load-analyzer' } satisfies AnalyzerRequest)): () => Promise<AnalyzerModule> {
  let loading: Promise<AnalyzerModule> | null = null;
  const load = async (): Promise<AnalyzerModule> => {
    const ready = loadedAnalyzer();
    if (ready) return ready;
    await request();
    const loaded = loadedAnalyzer();
    if (!loaded) throw new Error('the analyzer could not be loaded into this page');
    return loaded;
  };
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
