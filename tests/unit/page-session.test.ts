import { describe, expect, it, vi } from 'vitest';
import { PageSession, type PageAnalyzer } from '../../lib/page/session';
import { analyzePage } from '../../lib/pipeline';
import { detectSpam } from '../../lib/spam';
import { SPAM_REUSED } from '../../lib/analyze-page';
import { loadFixture } from '../helpers/fixtures';
import { LATE_SPAM_LINKS } from '../helpers/spam-pages';

describe('PageSession with the analyzer loaded on demand', () => {
  it('cleans without loading the analyzer, and loads it once for concurrent report requests', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const analyzer = vi.fn(analyzePage);
    const provider = vi.fn(async () => analyzer);
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, provider);
    expect(session.clean()).toBe(1);
    expect(provider).not.toHaveBeenCalled();
    const state = session.state();
    expect(state.report).toBeNull();
    expect(state.spamCount).toBe(1);
    expect(state.timing?.cleanedAt).toBeGreaterThanOrEqual(state.timing!.cleanStart!);
    const [a, b] = await Promise.all([session.analyze(), session.analyze()]);
    expect(provider).toHaveBeenCalledTimes(1);
    // The analyzer runs the session's own spam detection, the copy that cleaned the page.
    expect(analyzer.mock.calls[0]![1]?.detectSpam).toBe(detectSpam);
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

  it('leaves the article html out of its states, and renders it once for the reader (articleState)', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, async () => analyzePage);
    session.clean();
    // Asked first, before any report: it analyses the page itself.
    const article = await session.articleState();
    const report = session.state().report!;
    expect(report.html).toBe('');
    expect(article.report!.text).toBe(report.text);
    expect(article.report!.html).toContain('<p>');
    for (const h of report.headings) expect(article.report!.html).toContain(`id="${h.anchor}"`);
    expect(article.report!.html).not.toContain('无码');
    expect(article.timing?.renderMs).toBeGreaterThan(0);
    // The same html as a report that rendered it at once, and the same again on a second request.
    const direct = loadFixture('gov-liangjiang-seed');
    expect(article.report!.html).toBe(analyzePage(direct.document, { url: direct.expected.url, window: direct.window }).report.html);
    expect((await session.articleState()).report!.html).toBe(article.report!.html);
    expect(session.state().report!.html).toBe('');
    expect(session.state().cleaned).toBe(true);
    page.close();
    direct.close();
  });

  it('answers with plain data, which structured cloning (the extension\'s message format) carries unchanged', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, async () => analyzePage);
    session.clean();
    await session.analyze();
    // A DOM node or a function would make the browser refuse the whole message (DataCloneError).
    for (const state of [session.state(), await session.articleState()]) {
      expect(nonPlainValues(state)).toEqual([]);
      expect(structuredClone(state)).toEqual(state);
    }
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

describe('PageSession: the first report and the cleanup\'s spam detection', () => {
  /** A session over `name` whose analyzer counts the spam detections it runs itself. */
  function counted(name = 'gov-liangjiang-seed') {
    const page = loadFixture(name);
    const detections = vi.fn(detectSpam);
    const analyzer: PageAnalyzer = (doc, options) => analyzePage(doc, { ...options, detectSpam: detections });
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, async () => analyzer);
    return { page, session, detections };
  }

  const spamStage = (report: { stages: { stage: string; message?: string }[] }) => report.stages.find((s) => s.stage === 'spam')!;

  it('takes the cleanup\'s detection while the page has not changed, with the same findings as a fresh one', async () => {
    const { page, session, detections } = counted();
    session.clean();
    const report = (await session.analyze())!;
    expect(detections).not.toHaveBeenCalled();
    expect(spamStage(report)).toMatchObject({ status: 'ok', message: SPAM_REUSED });
    const fresh = loadFixture('gov-liangjiang-seed');
    const direct = analyzePage(fresh.document, { url: fresh.expected.url, window: fresh.window }).report;
    expect(report.spam).toEqual(direct.spam);
    expect(report.title).toBe(direct.title);
    expect(report.text).toBe(direct.text);
    expect(spamStage(direct).message).toBeUndefined();
    expect(session.state()).toMatchObject({ cleaned: true, spamCount: 1 });
    fresh.close();
    page.close();
  });

  it('detects again when the page changed after the cleanup, and hides what it then finds', async () => {
    const { page, session, detections } = counted();
    session.clean();
    // A script of the page adds a hidden link block after DOMContentLoaded.
    const doc = page.document;
    const block = doc.createElement('div');
    block.setAttribute('style', 'display:none');
    for (const [host, text] of LATE_SPAM_LINKS) {
      const a = doc.createElement('a');
      a.href = `http://www.${host}/`;
      a.textContent = text;
      block.append(a, ' ');
    }
    doc.body.append(block);
    const report = (await session.analyze())!;
    expect(detections).toHaveBeenCalledTimes(1);
    expect(spamStage(report).message).toBeUndefined();
    expect(report.spam.map((s) => s.text).join('\n')).toContain('皇冠体育投注');
    expect(report.spam.length).toBeGreaterThan(1);
    expect(block.style.getPropertyPriority('display')).toBe('important');
    expect(session.state().spamCount).toBe(report.spam.filter((s) => s.action !== 'report').length);
    page.close();
  });

  it('does not count its own undo and redo as a change of the page', async () => {
    const { page, session, detections } = counted();
    const before = page.document.body.innerHTML;
    session.clean();
    session.restore();
    expect(page.document.body.innerHTML).toBe(before);
    session.clean();
    const report = (await session.analyze())!;
    expect(detections).not.toHaveBeenCalled();
    expect(spamStage(report).message).toBe(SPAM_REUSED);
    session.restore();
    expect(page.document.body.innerHTML).toBe(before);
    page.close();
  });

  it('detects as usual when the page was never cleaned', async () => {
    const { page, session, detections } = counted();
    const report = (await session.analyze())!;
    expect(detections).toHaveBeenCalledTimes(1);
    expect(spamStage(report).message).toBeUndefined();
    page.close();
  });
});

/** Paths of the values under `value` that are neither primitives nor plain objects and arrays. */
function nonPlainValues(value: unknown, path = 'state'): string[] {
  if (typeof value === 'function' || typeof value === 'symbol') return [path];
  if (value === null || typeof value !== 'object') return [];
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return [path];
  return Object.entries(value).flatMap(([k, v]) => nonPlainValues(v, `${path}.${k}`));
}
