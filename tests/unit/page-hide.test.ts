import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/node/html-file';
import { hideElements, unhideElements } from '../../lib/page/hide';
import { PageSession } from '../../lib/page/session';
import { analyzePage } from '../../lib/pipeline';
import { loadFixture } from '../helpers/fixtures';

describe('hiding injected elements on the page', () => {
  it('hides and restores the exact original markup, styled or not', () => {
    const { document } = parseHtml('<body><p id="a">正文</p><div id="b" style="color: red;COLOR:blue">垃圾</div><span id="c" style="">x</span></body>');
    const before = document.body.innerHTML;
    const els = ['#b', '#c', '#a'].map((s) => document.querySelector(s)!);
    const records = hideElements(els);
    expect(records).toHaveLength(3);
    for (const el of els) expect((el as HTMLElement).style.getPropertyPriority('display')).toBe('important');
    unhideElements(records);
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides a nested element once, through its outermost ancestor', () => {
    const { document } = parseHtml('<body><div id="o"><p id="i">x</p></div></body>');
    const records = hideElements([document.querySelector('#i')!, document.querySelector('#o')!]);
    expect(records.map((r) => r.element.id)).toEqual(['o']);
  });
});

describe('PageSession', () => {
  it('cleans the seed page, reports, and restores the body exactly', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    const before = page.document.body.innerHTML;
    const session = new PageSession(page.document, { url: page.expected.url, window: page.window }, async () => analyzePage);
    expect(session.clean()).toBe(1);
    expect(page.document.body.innerHTML).not.toBe(before);
    const report = (await session.analyze())!;
    expect(report.spam).toHaveLength(1);
    expect(report.text).not.toContain('无码');
    expect(session.state().cleaned).toBe(true);
    session.restore();
    expect(session.state().cleaned).toBe(false);
    expect(page.document.body.innerHTML).toBe(before);
  });
});
