/**
 * The pipeline run again in a tab that has made its first report, for the Chromium benchmark: same
 * page, same content-script world, now with the analyzer's functions compiled and its regular
 * expressions built. Set beside the first report it shows how much of that one is the cold start
 * every new tab pays (V8 compiles code and regular expressions per renderer process, and content
 * scripts get no code cache) rather than work on the page.
 */
import type { CDPSession } from 'playwright-core';
import { ANALYZER_GLOBAL } from '../../utils/content/analyzer-contract';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/**
 * Runs the analyzer `runs` times more on the tab's document, in the extension's isolated world,
 * and returns each run's `report.timings.total` without the spam stage (given an empty detection,
 * so the runs do not depend on the spam detectors). Null when the analyzer is not in the tab.
 */
export async function pipelineAgain(cdp: CDPSession, runs: number): Promise<number[] | null> {
  const contexts: ExecutionContext[] = [];
  const onContext = (e: { context: ExecutionContext }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onContext);
  try {
    // Enabling reports every context that exists: the extension's isolated world among them.
    await cdp.send('Runtime.enable');
    const world = contexts.filter((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated').at(-1);
    if (!world) return null;
    const expression = `(() => {
      const analyzer = globalThis[${JSON.stringify(ANALYZER_GLOBAL)}];
      if (!analyzer) return null;
      const none = { hits: [], realTitle: null };
      const out = [];
      for (let i = 0; i < ${runs}; i++) {
        const t = analyzer.analyzePage(document, { detectSpam: () => none, spamResult: none, deferHtml: true }).report.timings;
        out.push(t.total - (t.spam ?? 0));
      }
      return out;
    })()`;
    const result = (await cdp.send('Runtime.evaluate', { contextId: world.id, expression, returnByValue: true })) as { result: { value?: number[] | null } };
    return result.result.value ?? null;
  } finally {
    cdp.off('Runtime.executionContextCreated', onContext);
    await cdp.send('Runtime.disable').catch(() => undefined);
  }
}
