import { describe, expect, it, vi } from 'vitest';
import { PageSession } from '../../lib/page/session';
import { WARM_UP_SAMPLE, WARM_UP_URL, warmUpSpamDetection, warmUpWhileParsing } from '../../lib/page/warm-up';
import { detectSpam } from '../../lib/spam';
import { parseHtml } from '../../lib/node/html-file';
import { loadFixture } from '../helpers/fixtures';

/** Makes `doc` report `readyState` as the given value (jsdom documents are always complete). */
function setReadyState(doc: Document, state: DocumentReadyState): void {
  Object.defineProperty(doc, 'readyState', { configurable: true, get: () => state });
}

describe('warm-up of the cleanup code', () => {
  it('runs every kind of detector on the sample page, with findings to judge', () => {
    const page = parseHtml(WARM_UP_SAMPLE, WARM_UP_URL);
    const result = detectSpam(page.document, { url: WARM_UP_URL });
    const techniques = new Set(result.hits.flatMap((h) => h.techniques ?? [h.technique]));
    for (const t of ['T1', 'T2', 'T3', 'T6', 'T7', 'T9', 'T10', 'T11']) expect(techniques, t).toContain(t);
    expect(result.realTitle).toBe('全市经济运行稳中向好');
    page.close();
  });

  it('never touches the page it runs for', () => {
    const page = loadFixture('gov-liangjiang-seed');
    const before = page.document.documentElement.outerHTML;
    const title = page.document.title;
    expect(warmUpSpamDetection(page.document)).toBeGreaterThan(0);
    expect(page.document.documentElement.outerHTML).toBe(before);
    expect(page.document.title).toBe(title);
    page.close();
  });

  it('runs in a task of its own while the page is parsed, and is dropped once it is parsed', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const doc = page.document;
    setReadyState(doc, 'loading');
    const ran = vi.fn();
    warmUpWhileParsing(doc, ran);
    expect(ran).not.toHaveBeenCalled(); // not inside the content script's own task
    await new Promise((r) => setTimeout(r, 10));
    expect(ran).toHaveBeenCalledTimes(1);

    const dropped = vi.fn();
    const drop = warmUpWhileParsing(doc, dropped);
    drop();
    await new Promise((r) => setTimeout(r, 10));
    expect(dropped).not.toHaveBeenCalled();

    // Parsed before the task came: the real cleanup is next, a warm-up would only delay it.
    const late = vi.fn();
    warmUpWhileParsing(doc, late);
    setReadyState(doc, 'interactive');
    await new Promise((r) => setTimeout(r, 10));
    expect(late).not.toHaveBeenCalled();

    const parsed = vi.fn();
    warmUpWhileParsing(doc, parsed);
    await new Promise((r) => setTimeout(r, 10));
    expect(parsed).not.toHaveBeenCalled();
    page.close();
  });

  it('runs at background priority where the browser has a task scheduler, and is aborted once parsed', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const doc = page.document;
    setReadyState(doc, 'loading');
    const posted: { task: () => void; priority: string; signal: AbortSignal }[] = [];
    const scheduler = {
      postTask(task: () => void, options: { priority: string; signal: AbortSignal }) {
        posted.push({ task, ...options });
        return new Promise(() => {});
      },
    };
    Object.defineProperty(page.window, 'scheduler', { configurable: true, value: scheduler });
    const ran = vi.fn();
    const drop = warmUpWhileParsing(doc, ran);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.priority).toBe('background');
    expect(posted[0]!.signal.aborted).toBe(false);
    posted[0]!.task();
    expect(ran).toHaveBeenCalledTimes(1);
    drop();
    expect(posted[0]!.signal.aborted).toBe(true);
    // A task the scheduler runs after the page is parsed does nothing.
    setReadyState(doc, 'interactive');
    posted[0]!.task();
    expect(ran).toHaveBeenCalledTimes(1);
    page.close();
  });

  it('is timed in the session state, happens once, and not after the first cleanup', () => {
    const page = loadFixture('gov-liangjiang-seed');
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window });
    session.warmUp();
    const timing = session.state().timing!;
    expect(timing.warmUpStart).toBeGreaterThan(0);
    expect(timing.warmUpMs).toBeGreaterThan(0);
    expect(session.state().cleaned).toBe(false);
    session.warmUp();
    expect(session.state().timing!.warmUpStart).toBe(timing.warmUpStart);
    expect(session.clean()).toBe(1);

    const other = new PageSession(page.document, { url: page.expected.url, window: page.window });
    other.clean();
    other.warmUp();
    expect(other.state().timing!.warmUpStart).toBeUndefined();
    page.close();
  });
});
