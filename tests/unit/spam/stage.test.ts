import { describe, expect, it } from 'vitest';
import { analyze, analyzePage } from '../../../lib/pipeline';
import { parseHtml } from '../../../lib/node/html-file';
import { findSpam } from '../../../lib/spam';
import { PageSession } from '../../../lib/page/session';
import { loadFixture } from '../../helpers/fixtures';

describe('the spam stage contract', () => {
  it('findSpam(doc, check) finds the seed line, points at it, and calls check between detectors', () => {
    const page = loadFixture('gov-liangjiang-seed');
    let checks = 0;
    const hits = findSpam(page.document, () => void checks++);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ technique: 'T9', techniques: ['T9', 'T14'], action: 'hidden', text: page.expected.spam![0]!.text });
    expect(hits[0]!.element!.textContent).toBe(page.expected.spam![0]!.text);
    expect(checks).toBeGreaterThan(5);
    page.close();
  });

  it('records a timeout, not an exception, when the budget runs out', () => {
    const page = loadFixture('spam-mixed-hidden');
    const report = analyze(page.document, { url: page.expected.url, window: page.window, budgetMs: -1, skip: ['outline', 'figures', 'convert'] });
    expect(report.stages.find((s) => s.stage === 'spam')).toMatchObject({ status: 'timeout' });
    page.close();
  });

  it('puts the recovered real title in the report and lists findings without DOM nodes', () => {
    const page = loadFixture('spam-title-hijack-cloak');
    const { report, spamHits } = analyzePage(page.document, { url: page.expected.url, window: page.window });
    expect(report.title).toBe(page.expected.metadata!.title);
    expect(JSON.parse(JSON.stringify(report.spam))).toEqual(report.spam);
    expect(report.spam.map((s) => s.technique)).toEqual(['T10', 'T10', 'T10', 'T8']);
    expect(spamHits.find((h) => h.technique === 'T8')!.element!.localName).toBe('script');
    page.close();
  });

  it('never changes the document it analyses', () => {
    const page = loadFixture('spam-tabs-and-noise');
    const before = page.document.documentElement.outerHTML;
    analyze(page.document, { url: page.expected.url, window: page.window });
    expect(page.document.documentElement.outerHTML).toBe(before);
    page.close();
  });
});

describe('cleaning the live page', () => {
  it('hides every injected element of a page, reports scripts without touching them, and restores the body exactly', async () => {
    const page = loadFixture('spam-mixed-hidden');
    const before = page.document.body.innerHTML;
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, async () => analyzePage);
    expect(session.clean()).toBe(5);
    for (const s of page.expected.spam!) {
      const el = [...page.document.querySelectorAll('body *')].find((e) => e.textContent?.replace(/\s+/g, ' ').trim() === s.text)!;
      expect((el as HTMLElement).style.getPropertyValue('display'), s.text).toBe('none');
    }
    const report = (await session.analyze())!;
    expect(report.spam).toHaveLength(5);
    expect(session.state().cleaned).toBe(true);
    session.restore();
    expect(page.document.body.innerHTML).toBe(before);
    page.close();
  });

  it('hides only the injected part of a paragraph, and leaves report-only findings alone', () => {
    const page = parseHtml(`<html><head><title>百家乐官网-澳门百家乐</title></head><body><h1>真实标题在这里</h1><div class="c"><p>消费者可通过12315平台投诉，各地市场监管部门将依法处理。<a href="http://156.226.17.93:8081/">澳门赌场官网</a></p><p>市消协提醒，办理预付卡时要选择信誉良好的经营者，尽量避免一次性大额充值。</p></div><script>var s=document.referrer;if(s.indexOf("baidu")>0){location.href="http://www.spam-x.com/"}</script></body></html>`, 'http://www.example.gov.cn/');
    const before = page.document.body.innerHTML;
    const session = new PageSession(page.document, { window: page.window });
    expect(session.clean()).toBe(1);
    expect(page.document.querySelector('a')!.getAttribute('style')).toBe('display: none !important;');
    expect(page.document.querySelector('p')!.hasAttribute('style')).toBe(false);
    expect(page.document.querySelector('script')!.hasAttribute('style')).toBe(false);
    session.restore();
    expect(page.document.body.innerHTML).toBe(before);
    page.close();
  });
});
