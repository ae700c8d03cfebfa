/**
 * Readability alone inside a real page, for the Chromium benchmarks: its own script injected into
 * the tab (a tab the extension does not match), then one `parse()` of a clone of the document.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let source: string | undefined;

/** Milliseconds Readability 0.6 takes to parse a clone of `page`'s document, timed in the page. */
export async function readabilityInPage(page: Page): Promise<number> {
  return (await readabilityRuns(page, 1))[0]!;
}

/**
 * Milliseconds of `runs` parses in a row, each of a fresh clone of `page`'s document: the first
 * with Readability's code cold, as a new tab runs it, the others with it compiled.
 */
export async function readabilityRuns(page: Page, runs: number): Promise<number[]> {
  source ??= fs.readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate((runs) => {
    const InPage = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      new InPage(document.cloneNode(true) as Document).parse();
      out.push(performance.now() - t);
    }
    return out;
  }, runs);
}
