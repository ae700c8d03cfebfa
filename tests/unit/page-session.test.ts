import { describe, expect, it, vi } from 'vitest';
import { PageSession, type PageAnalyzer } from '../../lib/page/session';
import { analyzePage } from '../../lib/pipeline';
import { loadFixture } from '../helpers/fixtures';

describe('PageSession with the analyzer loaded on demand', () => {
  it('cleans without loading the analyzer, and loads it once for concurrent report requests', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const provider = vi.fn(async () => analyzePage);
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, provider);
    expect(session.clean()).toBe(1);
    expect(provider).not.toHaveBeenCalled();
    const state = session.state();
    expect(state.report).toBeNull();
    expect(state.spamCount).toBe(1);
    expect(state.timing?.cleanedAt).toBeGreaterThanOrEqual(state.timing!.cleanStart!);
    const [a, b] = await Promise.all([session.analyze(), session.analyze()]);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(a!.spam).toHaveLength(1);
    expect(session.analyzed).toBe(true);
    expect(session.state().timing?.analyzeMs).toBeGreaterThan(0);
    // Still cleaned after the analysis (it restores, analyses, and hides again in one go).
    expect(session.state().cleaned).toBe(true);
    expect(await session.analyze()).toBe(a);
    expect(provider).toHaveBeenCalledTimes(1);
    page.close();
  });

  it('analyses the page as served, not as cleaned, and leaves it cleaned', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const before = page.document.body.innerHTML;
    let seen = '';
    const spy: PageAnalyzer = (doc, options) => {
      seen = doc.body.innerHTML;
      return analyzePage(doc, options);
    };
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, async () => spy);
    session.clean();
    const cleaned = page.document.body.innerHTML;
    await session.analyze();
    expect(seen).toBe(before);
    expect(page.document.body.innerHTML).toBe(cleaned);
    session.restore();
    expect(page.document.body.innerHTML).toBe(before);
    page.close();
  });

  it('reports a failed load, leaves the page as it was, and tries again on the next request', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    let fail = true;
    const provider = vi.fn(async () => {
      if (fail) throw new Error('no host access');
      return analyzePage;
    });
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, provider);
    session.clean();
    const cleaned = page.document.body.innerHTML;
    expect(await session.analyze()).toBeNull();
    expect(session.state()).toMatchObject({ report: null, cleaned: true, error: 'no host access' });
    expect(page.document.body.innerHTML).toBe(cleaned);
    fail = false;
    const report = await session.analyze();
    expect(report?.title).toBe(page.expected.metadata!.title);
    expect(session.state().error).toBeUndefined();
    expect(provider).toHaveBeenCalledTimes(2);
    page.close();
  });

  it('has no report and no scroll targets without an analyzer', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window });
    expect(await session.analyze()).toBeNull();
    expect(session.state().error).toMatch(/analyzer/);
    expect(session.scrollTo('qy-h-0')).toBe(false);
    page.close();
  });

  it('keeps the page as it was when the pipeline throws', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const session = new PageSession(page.document, {}, async () => () => {
      throw new Error('boom');
    });
    session.clean();
    const cleaned = page.document.body.innerHTML;
    expect(await session.analyze()).toBeNull();
    expect(session.state()).toMatchObject({ cleaned: true, error: 'boom' });
    expect(page.document.body.innerHTML).toBe(cleaned);
    page.close();
  });
});
