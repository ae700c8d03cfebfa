import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { PageScan, capText, stripInvisible, textOf } from '../../../lib/spam/scan';

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

describe('page scan: text blocks', () => {
  it('reads each leaf block as textOf does, whether or not it holds line breaks, scripts or controls', () => {
    const scan = scanOf(
      [
        '<p>  一季度\n  经济运行<b>平稳</b>，<a href="/a">详见</a>附件。 </p>',
        '<p>第一行<br>第二行</p>',
        '<li>澳门<span>\u200b新葡京</span><script>document.write("x")</script></li>',
        '<table><tr><td>联系电话：<input value="12345">  0710-1234567\u3000</td></tr></table>',
        '<h2><font color="#fff">六\u200d合\ufeff彩</font></h2>',
        '<dd><select><option>选项</option></select>区政府<noscript>请启用脚本</noscript></dd>',
        '<p>\u00a0\u00a0</p>',
      ].join(''),
    );
    expect(scan.blocks.length).toBe(6);
    for (const b of scan.blocks) {
      expect(b.raw).toBe(capText(textOf(b.el, true)));
      expect(b.text).toBe(stripInvisible(b.raw));
    }
    expect(scan.blocks.map((b) => b.text)).toEqual(['一季度 经济运行平稳，详见附件。', '第一行 第二行', '澳门新葡京', '联系电话： 0710-1234567', '六合彩', '区政府']);
  });
});
