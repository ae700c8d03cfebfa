import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { blockText } from '../../../lib/dom/text';
import { repeatsTitle, trimEdges } from '../../../lib/extract/trim';
import { cleanArticle } from '../../../lib/extract/clean';
import { mainLayoutCell } from '../../../lib/extract/layout';
import { removeLinkBlocks } from '../../../lib/extract/link-blocks';
import { scanPage } from '../../../lib/extract/scan';
import { removePlaceholders } from '../../../lib/extract/placeholders';

const P = '两江新区把推动产业创新、协同创新作为主攻方向，做精产业创新、做强创新平台、做优创新生态，努力让科技创新成为高质量发展的最大增量。';
const root = (html: string) => {
  const page = parseHtml(`<html><body><div id="root">${html}</div></body></html>`);
  return page.document.getElementById('root')!;
};
const lines = (el: Element) => blockText(el).split('\n');

describe('mainLayoutCell', () => {
  it('keeps the main column of a layout row and drops the sidebar cell', () => {
    const side = Array.from({ length: 8 }, (_, i) => `<a href="/${i}">侧栏链接标题${i}</a><br>`).join('');
    const el = root(`<table><tr><td class="main"><p>${P}</p><p>${P}</p><p>${P}</p></td><td class="side">热点排行<br>${side}</td></tr></table>`);
    expect(mainLayoutCell(el, scanPage(el, new Set()))?.className).toBe('main');
  });

  it('leaves a data table alone (no cell dominates)', () => {
    const el = root('<table><tr><td>地区生产总值</td><td>5862.4亿元</td></tr><tr><td>固定资产投资</td><td>增长5.3%</td></tr></table>');
    expect(mainLayoutCell(el, scanPage(el, new Set()))).toBeNull();
  });
});

describe('removeLinkBlocks', () => {
  it('removes related-link lists and keeps attachment lists', () => {
    const el = root(`<p>${P}</p><ul><li><a href="/1">相关新闻一</a></li><li><a href="/2">相关新闻二</a></li><li><a href="/3">相关新闻三</a></li></ul>
      <ul><li>附件：<a href="/f/1.pdf">一.pdf</a></li><li><a href="/f/2.docx">二.docx</a></li><li><a href="/f/3.xlsx">三.xlsx</a></li></ul>`);
    removeLinkBlocks(el, scanPage(el, new Set()));
    expect(lines(el)).toEqual([P, '附件：一.pdf', '二.docx', '三.xlsx']);
  });
});

describe('trimEdges', () => {
  const title = '我市一季度重大项目集中开工 总投资达286.5亿元';

  it('drops the title, metadata, byline and dateline lines at the head', () => {
    const el = root(`<h2>${title}</h2><p>发布时间：2023-03-29 08:30 来源：某某日报 浏览次数：2317</p><p>本报记者 陈静 李航</p><p>【新春走基层】</p><p>${P}</p>`);
    trimEdges(el, title);
    expect(lines(el)).toEqual([P]);
  });

  it('drops editor, source and reposting lines, related blocks and notices at the tail, from the first cut marker', () => {
    const el = root(`<p>${P}</p><p>${P}</p><p>来源：新闻晨报</p><p>编辑：山石</p><p>相关报道：</p><p><a href="/1">其他报道</a></p><p>反侵权公告：未经书面许可，不得转载。</p>`);
    trimEdges(el, title);
    expect(lines(el)).toEqual([P, P]);
  });

  it('keeps the signature and date of a notice, and attachments', () => {
    const el = root(`<p>${P}</p><p>本通告自发布之日起施行。</p><p>某某县人民政府</p><p>2024年1月26日</p><p>附件：<a href="/f/1.xlsx">值班安排表.xlsx</a></p>`);
    trimEdges(el, title);
    expect(lines(el)).toEqual([P, '本通告自发布之日起施行。', '某某县人民政府', '2024年1月26日', '附件：值班安排表.xlsx']);
  });

  it('keeps lines that look like metadata inside the text (会议时间：…)', () => {
    const el = root(`<p>各镇（街道），区有关部门：</p><p>经区政府研究，决定召开全区安全生产工作会议。现将有关事项通知如下：</p><p>一、会议时间：2024年3月5日上午9:00</p><p>二、会议地点：区行政中心三楼</p>`);
    trimEdges(el, '关于召开全区安全生产工作会议的通知');
    expect(lines(el)).toHaveLength(4);
  });

  it('drops a subtitle heading under the title but keeps a numbered section line there (第一章 总则)', () => {
    const t = '某某市政府信息公开实施办法';
    // The article is a copy; originalOf maps its elements to the page's (where the title stays).
    const trimmed = (html: string) => {
      const page = root(html);
      const copy = root(html);
      const originals = new Map(Array.from(copy.querySelectorAll('*')).map((el, i) => [el, page.querySelectorAll('*')[i]!]));
      trimEdges(copy, t, (el) => originals.get(el) ?? null);
      return lines(copy);
    };
    expect(trimmed(`<h1>${t}</h1><h2>——2023年修订版解读</h2><p>${P}</p>`)).toEqual([P]);
    for (const section of ['第一章 总则', '一、总体要求', '（一）指导思想', '1.工作目标']) {
      expect(trimmed(`<h1>${t}</h1><h2>${section}</h2><p>${P}</p>`)).toEqual([section, P]);
    }
  });

  it('drops the site\'s own app promotion at the tail, not a sentence that mentions an app', () => {
    const el = root(`<p>${P}</p><p>不用抽 不用搶 現在用APP看新聞 保證天天中獎　<a href="/app">點我下載APP</a></p>`);
    trimEdges(el, title);
    expect(lines(el)).toEqual([P]);
    const keep = root(`<p>${P}</p><p>市民可下载“某某通”APP，在线预约办理不动产登记。</p>`);
    trimEdges(keep, title);
    expect(lines(keep)).toHaveLength(2);
  });

  it('removes a title block of short lines that ends in a byline', () => {
    const el = root(`<p>谁来为无序拆房“埋单”？- -</p><p>拆房屡出命案 管理形同虚设</p><p>本报实习生 刘国栋 周炜</p><p>2003-7-24 钱江晚报</p><p>编者按</p><p>${P}</p>`);
    trimEdges(el, 'bjreader的博客');
    expect(lines(el)).toEqual(['编者按', P]);
  });
});

describe('repeatsTitle', () => {
  it('recognises the title again, with suffixes or as its ending', () => {
    expect(repeatsTitle('多数夫妻生活有名无实 日本无性婚姻问题严重(图)', '多数夫妻生活有名无实 日本无性婚姻问题严重')).toBe(true);
    expect(repeatsTitle('政府工作报告', '2024年某某市人民政府工作报告')).toBe(true);
    expect(repeatsTitle('一、2023年工作回顾', '2024年某某市人民政府工作报告')).toBe(false);
    expect(repeatsTitle('通知', '关于召开全区安全生产工作会议的通知')).toBe(false);
  });
});

describe('removePlaceholders', () => {
  it('removes lines that only stand for a lost image or player, not captions or words in a sentence', () => {
    const el = root(`<p>${P}</p><p>图片</p><p>[图片]</p><p>（视频）</p><p>图为市民服务中心。</p><p>图片新闻中心的记者报道。</p>`);
    expect(removePlaceholders(el)).toBe(3);
    expect(lines(el)).toEqual([P, '图为市民服务中心。', '图片新闻中心的记者报道。']);
  });
});

describe('cleanArticle', () => {
  it('narrows, removes link blocks, trims and prunes empty containers in one go', () => {
    const side = Array.from({ length: 8 }, (_, i) => `<a href="/${i}">侧栏链接${i}</a><br>`).join('');
    const el = root(`<table><tr><td><p>标题</p><p>${P}</p><p>${P}</p><div><p>（责任编辑：赵晓东）</p></div></td><td>${side}</td></tr></table>`);
    cleanArticle(el, '标题');
    expect(lines(el)).toEqual([P, P]);
    expect(el.querySelector('div:empty, p:empty')).toBeNull();
  });
});

describe('trimEdges after a closing element of the page', () => {
  it('cuts where the article\'s lines start to follow a notice left out of the clone', () => {
    const page = parseHtml(`<html><body><div id="c"><p>${P}</p><p>${P}</p><p id="n">声明：本文内容仅供参考，不构成投资建议。</p><div><p>为你推荐的另一篇文章标题</p><p>另一篇文章的摘要，与本文无关。</p></div></div></body></html>`);
    const doc = page.document;
    const notice = doc.getElementById('n')!;
    const copy = doc.getElementById('c')!.cloneNode(true) as Element;
    copy.querySelector('#n')!.remove();
    const originals = new Map<Element, Element>();
    const pair = (a: Element, b: Element) => {
      originals.set(b, a);
      const ac = Array.from(a.children).filter((c) => c !== notice);
      Array.from(b.children).forEach((c, i) => pair(ac[i]!, c));
    };
    pair(doc.getElementById('c')!, copy);
    trimEdges(copy, '标题', (el) => originals.get(el) ?? null, [notice]);
    expect(lines(copy)).toEqual([P, P]);
  });
});
