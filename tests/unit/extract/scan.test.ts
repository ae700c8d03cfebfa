/**
 * `scanPageAndText` is one walk standing in for four: its numbers, lines and elements must be
 * exactly those of `scanPage`, `blockText` and `elementsByTag` on every fixture page and on
 * pages built to hit the differences between them (skipped, hidden and non-text elements).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { blockText } from '../../../lib/dom/text';
import { elementsByTag } from '../../../lib/dom/walk';
import { documentElementsByTag, scanPage, scanPageAndText } from '../../../lib/extract/scan';
import { fixtureNames, loadFixture } from '../../helpers/fixtures';

function expectSame(body: Element, skip: ReadonlySet<Node>): void {
  const scan = scanPageAndText(body, skip);
  const expected = scanPage(body, skip);
  expect(scan.stats.size).toBe(expected.size);
  for (const [el, s] of expected) expect(scan.stats.get(el)).toEqual(s);
  expect(scan.lines).toEqual(blockText(body).split('\n'));
  expect(scan.headings).toEqual(elementsByTag(body, ['H1', 'H2']));
  expect(scan.inputs).toEqual(elementsByTag(body, 'INPUT'));
  expect(scan.metas).toEqual(elementsByTag(body, 'META'));
  const doc = body.ownerDocument;
  expect(documentElementsByTag(doc, scan.inputs, 'INPUT')).toEqual(elementsByTag(doc, 'INPUT'));
  expect(documentElementsByTag(doc, scan.metas, 'META')).toEqual(Array.from(doc.getElementsByTagName('meta')));
}

describe('scanPageAndText', () => {
  it('measures, reads lines and finds headings and inputs as the separate passes do, on every fixture', () => {
    const names = fixtureNames();
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const page = loadFixture(name);
      const body = page.document.body;
      // Skip a few elements as the spam stage would (every seventh div).
      const skip = new Set<Node>(elementsByTag(body, 'DIV').filter((_, i) => i % 7 === 3));
      expectSame(body, new Set());
      expectSame(body, skip);
      page.close();
    }
  });

  it('keeps the text of skipped and hidden elements in the lines but not in the numbers', () => {
    const page = parseHtml(
      '<html><head><title>t</title><meta name="PubDate" content="2024-01-02"><input name="head-field"></head><body><meta name="SiteName" content="某某网"><h1>标题</h1><div id="spam"><h2>广告</h2><p>买一送一。</p></div>' +
        '<p hidden>隐藏段落</p><p style="display: none">也隐藏<input name="q"></p><table><tr><td>甲</td><td> </td><td>乙<br>丙</td></tr></table>' +
        '<noscript><div><h2>无脚本</h2><input type="password"></div></noscript><svg><text>图</text></svg>' +
        '<a href="/x">链接，文字</a><a>无链接，</a>尾巴</body></html>',
    );
    const body = page.document.body;
    const skip = new Set<Node>([page.document.getElementById('spam')!]);
    expectSame(body, skip);
    const scan = scanPageAndText(body, skip);
    expect(scan.lines).toContain('买一送一。');
    expect(scan.stats.get(body)!.chars).toBe(scanPage(body, skip).get(body)!.chars);
    expect(scan.stats.has(page.document.getElementById('spam')!)).toBe(false);
    expect(scan.inputs.length).toBe(3); // the parser moves the head's <input> into the body
    expect(documentElementsByTag(page.document, scan.inputs, 'INPUT')!.length).toBe(3);
    expect(scan.metas.length).toBe(1);
    page.close();
  });

  it('gives one empty line for a page without text, as blockText does', () => {
    const page = parseHtml('<html><body><img src="a.png"><script>var a = 1;</script></body></html>');
    expect(scanPageAndText(page.document.body, new Set()).lines).toEqual(['']);
    page.close();
  });
});
