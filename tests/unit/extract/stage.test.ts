/**
 * The extract stage on every fixture page (gold text and labelled metadata), and its contracts
 * with the other stages: traced article, untouched page, spam excluded, title hint, deadline,
 * re-rendering.
 */
import { describe, expect, it } from 'vitest';
import { analyze, emptyReport } from '../../../lib/pipeline';
import { extractStage } from '../../../lib/extract';
import { renderStage } from '../../../lib/extract/render';
import { BudgetExceeded, Deadline, type PipelineContext } from '../../../lib/stage';
import { parseHtml } from '../../../lib/node/html-file';
import { ORIGIN_ATTR } from '../../../lib/dom/clone';
import { fixtureNames, loadFixture } from '../../helpers/fixtures';
import { bigramPRF } from '../../../scripts/eval/score';

function context(doc: Document, win: Window & typeof globalThis, url = ''): PipelineContext {
  return {
    doc,
    url,
    options: {},
    window: win,
    report: emptyReport(url),
    deadline: new Deadline('extract', 60_000),
    spamHits: [],
    article: null,
    hints: {},
    headingTargets: new Map(),
  };
}

const withGold = fixtureNames().filter((n) => typeof loadFixture(n).expected.gold === 'string');

describe.each(withGold)('fixture %s', (name) => {
  const page = loadFixture(name);
  const before = page.document.documentElement.outerHTML;
  const report = analyze(page.document, { url: page.expected.url, window: page.window, skip: ['outline', 'figures', 'convert'] });

  it('extracts the gold text (bigram F1 ≥ 0.99)', () => {
    expect(report.stages.find((s) => s.stage === 'extract')?.status).toBe('ok');
    expect(bigramPRF(report.text, page.expected.gold!).f1).toBeGreaterThanOrEqual(0.99);
  });

  it('reads every labelled metadata field', () => {
    const { policy, ...fields } = (page.expected.metadata ?? {}) as Record<string, unknown>;
    for (const [field, value] of Object.entries(fields)) expect((report as unknown as Record<string, unknown>)[field], field).toBe(value);
    if (policy) expect(report.policy).toEqual(policy);
  });

  it('leaves the page as it was', () => {
    expect(page.document.documentElement.outerHTML).toBe(before);
  });
});

describe('extractStage contracts', () => {
  it('traces every article element back to the live page, headings included', () => {
    const page = loadFixture('extract-policy-interpretation');
    const ctx = context(page.document, page.window, page.expected.url);
    extractStage(ctx);
    const { root, originalOf } = ctx.article!;
    expect(root.ownerDocument).not.toBe(page.document);
    const h3 = Array.from(root.querySelectorAll('h3')).map((h) => originalOf(h));
    expect(h3).toEqual(Array.from(page.document.querySelectorAll('.content h3')));
    for (const el of Array.from(root.querySelectorAll('p'))) expect(page.document.body.contains(originalOf(el))).toBe(true);
    expect(ctx.report.html).toBe('');
    renderStage(ctx);
    expect(ctx.report.html).not.toContain(ORIGIN_ATTR);
    expect(ctx.report.html).toContain('<h2>一、综合实力稳步提升</h2>');
  });

  it('keeps bold short paragraphs as their own elements for the outline stage', () => {
    const page = loadFixture('extract-trs-policy');
    const ctx = context(page.document, page.window, page.expected.url);
    extractStage(ctx);
    const bold = Array.from(ctx.article!.root.querySelectorAll('p > strong')).map((b) => b.parentElement!.textContent);
    expect(bold).toEqual(['一、进一步破除区域分割和地方保护', '二、进一步优化涉企审批服务', '三、进一步规范涉企收费']);
  });

  it('leaves non-article pages alone: no article, no text, no html', () => {
    const page = loadFixture('extract-nonarticle-list');
    const ctx = context(page.document, page.window, page.expected.url);
    extractStage(ctx);
    expect(ctx.article).toBeNull();
    expect(ctx.report).toMatchObject({ isArticle: false, text: '', html: '', title: '通知公告' });
  });

  it('excludes the elements of spam hits and lets a real-title hint win', () => {
    const page = loadFixture('extract-gov-news-modern');
    const ctx = context(page.document, page.window, page.expected.url);
    const injected = page.document.querySelectorAll('#UCAP-CONTENT p')[2]!;
    ctx.spamHits = [{ text: injected.textContent ?? '', reason: 'test', technique: 'T9', element: injected }];
    ctx.hints.realTitle = '真实标题';
    extractStage(ctx);
    expect(ctx.report.text).not.toContain(injected.textContent);
    expect(ctx.report.text).toContain('3月28日，我市2023年一季度重大项目集中开工活动');
    expect(ctx.report.title).toBe('真实标题');
  });

  it('stops when its deadline has passed', () => {
    const page = loadFixture('extract-news-national');
    const ctx = context(page.document, page.window);
    ctx.deadline = new Deadline('extract', -1);
    expect(() => extractStage(ctx)).toThrow(BudgetExceeded);
  });

  it('leaves html to the render stage, which renders the article root as the outline stage marked it', () => {
    const page = loadFixture('extract-news-national');
    const ctx = context(page.document, page.window);
    extractStage(ctx);
    expect(ctx.report.html).toBe('');
    ctx.article!.root.querySelector('h2')!.id = 'qy-h-1';
    renderStage(ctx);
    expect(ctx.report.html).toContain('<h2 id="qy-h-1">');
  });

  it('reports the script of the article text and survives an empty page', () => {
    const trad = loadFixture('extract-trad-hk-news');
    const ctx = context(trad.document, trad.window);
    extractStage(ctx);
    expect(ctx.report.script).toBe('hant');
    const empty = parseHtml('');
    const ctx2 = context(empty.document, empty.window);
    extractStage(ctx2);
    expect(ctx2.report).toMatchObject({ isArticle: false, text: '' });
  });

  it('takes the issuer of a policy document for its source when the page names none', () => {
    const P = '为进一步规范农村集体经营性建设用地入市管理，盘活农村存量建设用地，结合我区实际，现印发给你们，请认真贯彻执行。';
    const table = '<table><tr><td>索引号：</td><td>11510302MB1A23456X/2023-00418</td><td>发文机关：</td><td>临江区人民政府办公室</td></tr><tr><td>发文字号：</td><td>临府办发〔2023〕19号</td><td>成文日期：</td><td>2023年06月12日</td></tr></table>';
    const page = (extra: string) => parseHtml(`<html><body>${table}<h1>关于印发入市管理办法的通知</h1>${extra}<div><p>${P}</p><p>${P}</p></div></body></html>`);
    const bare = page('');
    const ctx = context(bare.document, bare.window);
    extractStage(ctx);
    expect(ctx.report.source).toBe('临江区人民政府办公室');
    const sourced = page('<div>来源：区自然资源局</div>');
    const ctx2 = context(sourced.document, sourced.window);
    extractStage(ctx2);
    expect(ctx2.report.source).toBe('区自然资源局');
  });
});
