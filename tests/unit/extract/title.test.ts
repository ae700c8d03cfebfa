import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { blockText } from '../../../lib/dom/text';
import { pickTitle, titleAboveArticle } from '../../../lib/extract/title';

const page = (head: string, body: string) => {
  const doc = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`).document;
  return { doc, lines: blockText(doc.body).split('\n') };
};

describe('pickTitle', () => {
  it('takes the h1 that <title> contains, not the site or column name', () => {
    const { doc, lines } = page('<title>我市一季度重大项目集中开工_今日要闻_某某市人民政府</title>', '<a href="/">某某市人民政府</a><h1>我市一季度重大项目集中开工</h1>');
    expect(pickTitle(doc, lines)).toBe('我市一季度重大项目集中开工');
  });

  it('takes the leading part of <title> printed as a line (old layouts: title in a bold cell)', () => {
    const { doc, lines } = page('<title>关于春节期间烟花爆竹安全管理的通告-通知公告-某某县人民政府</title>', '<table><tr><td><b>关于春节期间烟花爆竹安全管理的通告</b></td></tr></table>');
    expect(pickTitle(doc, lines)).toBe('关于春节期间烟花爆竹安全管理的通告');
  });

  it('prefers a declared ArticleTitle, and keeps <title> when nothing better is printed', () => {
    expect(pickTitle(...(Object.values(page('<title>首页</title><meta name="ArticleTitle" content="政策文件标题">', '<p>正文</p>')) as [Document, string[]]))).toBe('政策文件标题');
    const { doc, lines } = page('<title>某某市人民政府门户网站</title><meta name="SiteName" content="某某市人民政府门户网站">', '<a href="/">某某市人民政府门户网站</a>');
    expect(pickTitle(doc, lines)).toBe('某某市人民政府门户网站');
  });

  it('counts a title as printed only when it is a whole line or cell (a trailing date allowed)', () => {
    const dated = page('<title>区政府召开第12次常务会议-政务要闻-某某区人民政府</title>', '<table><tr><td>区政府召开第12次常务会议　2024-03-15 09:30</td><td>来源：区政府办</td></tr></table>');
    expect(pickTitle(dated.doc, dated.lines)).toBe('区政府召开第12次常务会议');
    const inside = page('<title>关于开展安全检查的通知_某某网</title>', '<p>转发关于开展安全检查的通知的说明</p>');
    expect(pickTitle(inside.doc, inside.lines)).toBe('关于开展安全检查的通知_某某网');
    // Lines handed over with a line break inside: that line is one cell, not two.
    expect(pickTitle(inside.doc, ['关于开展安全检查的通知\n附件'])).toBe('关于开展安全检查的通知_某某网');
    expect(pickTitle(inside.doc, ['关于开展安全检查的通知', '附件'])).toBe('关于开展安全检查的通知');
  });

  it('finds the printed title among many lines that mention it', () => {
    const { doc } = page('<title>关于开展安全检查的通知_某某网</title>', '');
    const mentions = Array.from({ length: 100 }, (_, i) => `${i + 1}. 转发关于开展安全检查的通知`);
    expect(pickTitle(doc, mentions)).toBe('关于开展安全检查的通知_某某网');
    expect(pickTitle(doc, [...mentions, '关于开展安全检查的通知\t2024-03-15'])).toBe('关于开展安全检查的通知');
    expect(pickTitle(doc, [...mentions.slice(0, 10), '关于开展安全检查的通知 2024-03-15'])).toBe('关于开展安全检查的通知');
  });
});

describe('titleAboveArticle', () => {
  it('finds the part of <title> printed nearest above the article (blogs name the site first)', () => {
    const { doc, lines } = page('<title>多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业</title>', '<h1>多维博客</h1><p>Saturday, September 10th, 2005</p><div class="post-title">播客热潮迅速蔓延 挑逗传统传媒业</div><p>每个人都可以当主持人。</p>');
    expect(pickTitle(doc, lines)).toBe('多维博客');
    expect(titleAboveArticle(doc, lines, '每个人都可以当主持人。')).toBe('播客热潮迅速蔓延 挑逗传统传媒业');
    expect(titleAboveArticle(doc, lines, '不在页面上的一行')).toBe('');
  });
});
