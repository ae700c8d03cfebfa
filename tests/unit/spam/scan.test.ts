import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { PageScan } from '../../../lib/spam/scan';

const scanOf = (body: string) => {
  const doc = new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://www.example.gov.cn/a.html' }).window.document;
  return new PageScan(doc, doc.body);
};

describe('page scan: elements whose inline style is checked for hiding', () => {
  it('skips inline styles that cannot hide (the indent on every paragraph of a government page)', () => {
    const scan = scanOf('<p style="text-indent:2em">一季度经济运行平稳。</p><p style="font-size:16px;line-height:1.8;color:#333">正文。</p><p style="position:relative">图</p>');
    expect(scan.styled).toEqual([]);
  });

  it('keeps the ones that can', () => {
    const scan = scanOf(
      ['text-indent:-9999px', 'display:none', 'height:0;overflow:hidden', 'font-size:0', 'position:absolute;left:-100%', 'opacity:0', 'left:expression(-999)'].map((s) => `<div style="${s}">x</div>`).join(''),
    );
    expect(scan.styled.map((el) => el.getAttribute('style'))).toEqual(['text-indent:-9999px', 'display:none', 'height:0;overflow:hidden', 'font-size:0', 'position:absolute;left:-100%', 'opacity:0', 'left:expression(-999)']);
  });
});
