import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { blockText } from '../../../lib/dom/text';
import { densestElement, densityScore } from '../../../lib/extract/density';
import { scanPage, measureText } from '../../../lib/extract/scan';
import { doubt, secondOpinion, textStart } from '../../../lib/extract/verdict';

const P = '全年研究与试验发展经费投入占地区生产总值比重达到3.05%，比上年提高0.12个百分点，年末拥有高新技术企业4236家。';
const links = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/n/${i}">市政府常务会议研究部署第${i}项工作</a></li>`).join('');

describe('scanPage and measureText', () => {
  it('counts visible characters, link characters, punctuation and paragraphs', () => {
    expect(measureText(' 中文，text。\u3000')).toEqual({ chars: 8, punct: 2 });
    const page = parseHtml(`<html><body><div id="a"><p>${P}</p><p>见<a href="/x">附表</a>。</p><script>var x = "不算";</script><p style="display:none">隐藏</p></div></body></html>`);
    const s = scanPage(page.document.body, new Set()).get(page.document.getElementById('a')!)!;
    expect(s).toMatchObject({ chars: [...P].length + 4, linkChars: 2, links: 1, paras: 2 });
  });
});

describe('densestElement', () => {
  it('picks the article container over navigation and link columns', () => {
    const page = parseHtml(`<html><body><ul class="nav">${links(30)}</ul><div class="article"><p>${P}</p><p>${P}</p><p>${P}</p></div><ul class="side">${links(12)}</ul></body></html>`);
    const pick = densestElement(scanPage(page.document.body, new Set()))!;
    expect(pick.element.className).toBe('article');
    expect(densityScore(pick.stats)).toBe(pick.score);
  });

  it('skips elements inside excluded ones', () => {
    const page = parseHtml(`<html><body><div class="agreement"><p>${P}${P}</p><p>${P}${P}</p></div><div class="article"><p>${P}</p></div></body></html>`);
    const stats = scanPage(page.document.body, new Set());
    expect(densestElement(stats)!.element.className).toBe('agreement');
    expect(densestElement(stats, 40, new Set([page.document.querySelector('.agreement')!]))!.element.className).toBe('article');
  });
});

describe('doubt and secondOpinion', () => {
  const stats = (chars: number, linkChars: number) => ({ chars, linkChars, tags: 10, links: linkChars ? 10 : 0, punct: 20, paras: 5 });

  it('doubts an empty, much shorter, link-heavy or agreement result', () => {
    expect(doubt(null, '', stats(800, 0), '')).toBe('Readability found nothing');
    expect(doubt(stats(100, 0), '', stats(800, 0), '')).toBe('much shorter than the densest block');
    expect(doubt(stats(3000, 2000), '', stats(800, 0), '')).toBe('mostly links');
    expect(doubt(stats(700, 0), '用户协议 欢迎使用', stats(800, 0), '正文')).toBe('a user agreement');
    expect(doubt(stats(700, 0), '正文', stats(800, 0), '正文')).toBe('');
  });

  it('takes the densest block, traced back to the page, when Readability picked a link list', () => {
    const page = parseHtml(`<html><body><div id="picked"><ul>${links(20)}</ul></div><ul class="nav">${links(20)}</ul><div class="article"><h1>标题</h1><p>${P}</p><p>${P}</p><p>${P}</p></div></body></html>`);
    const doc = page.document;
    // Readability's (wrong) pick: a link list outside the page's body.
    const picked = doc.getElementById('picked')!;
    picked.remove();
    const opinion = secondOpinion(picked, scanPage(doc.body, new Set()), doc, new Set(), '标题', () => {})!;
    expect(blockText(opinion.root).split('\n')).toEqual([P, P, P]);
    const p = opinion.root.querySelector('p')!;
    expect(opinion.originalOf(p)).toBe(doc.querySelector('.article p'));
    expect(secondOpinion(doc.querySelector('.article'), scanPage(doc.body, new Set()), doc, new Set(), '标题', () => {})).toBeNull();
  });
});

describe('textStart', () => {
  it('is the start of textContent, read only as far as needed', () => {
    const page = parseHtml(`<html><body><div id="a"><p>一二<b>三<i>四</i></b></p><script>var s = "五";</script><!-- 注释 --><ul><li>六七</li><li></li></ul>八</div><div id="e"></div></body></html>`);
    const a = page.document.getElementById('a')!;
    for (const n of [0, 1, 3, 4, 8, 12, 19, 100]) expect(textStart(a, n)).toBe((a.textContent ?? '').slice(0, n));
    expect(textStart(page.document.getElementById('e')!, 10)).toBe('');
    page.close();
  });
});

