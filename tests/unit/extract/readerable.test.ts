import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { blockText } from '../../../lib/dom/text';
import { isDatedList, isTeaserList, judgeArticle } from '../../../lib/extract/readerable';
import { scanPage } from '../../../lib/extract/scan';

const judge = (body: string, articleSelector: string, dated = false) => {
  const doc = parseHtml(`<html><body>${body}</body></html>`).document;
  const root = doc.querySelector(articleSelector)!;
  return judgeArticle(doc, scanPage(doc.body, new Set()), blockText(doc.body), root, blockText(root), dated);
};
const NOTICE = '<div id="a"><p>因城东水厂出厂主管道维修，定于8月16日22:00至8月17日6:00对城东片区暂停供水。</p><p>请相关区域用户提前做好储水准备，停水期间关闭水龙头。由此带来的不便，敬请谅解。</p></div>';

describe('judgeArticle', () => {
  it('accepts a short notice', () => {
    expect(judge(NOTICE, '#a')).toBe(true);
  });

  it('refuses a list of dated links, a login form and search results', () => {
    const list = Array.from({ length: 8 }, (_, i) => `<li>市政府召开第${i}次常务会议 2023-05-1${i}</li>`).join('');
    expect(judge(`<ul id="a">${list}</ul>`, '#a')).toBe(false);
    expect(judge(`<form><input name="u"><input type="password" name="p"></form><div id="a"><p>为保障账户安全，请勿在公共电脑上保存密码。</p><p>如遇登录问题，请拨打服务热线咨询。</p></div>`, '#a')).toBe(false);
    expect(judge(`<form><input name="searchword"></form><p>为您找到相关结果约128个</p><div id="a"><p>会议指出，要坚持把优化营商环境作为一号改革工程，持续深化放管服改革。</p><p>围绕市场主体全生命周期，推出一批改革举措。</p></div>`, '#a')).toBe(false);
  });

  it('accepts a short dated article on a page with a login box', () => {
    expect(judge(`<form><input type="password"></form>${NOTICE}`, '#a', true)).toBe(true);
  });

  it('refuses a blurb on a portal made of links unless the page prints a dated title', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/${i}">全市重点工作推进情况通报第${i}期</a></li>`).join('');
    const blurbs = Array.from({ length: 6 }, (_, i) => `<p>第${i}条动态：全市经济运行稳中向好，主要指标好于预期。</p>`).join('');
    const portal = `<ul>${links}</ul>${blurbs}<div id="a"><p>一季度，全市地区生产总值同比增长5.6%，规上工业增加值增长6.3%，主要经济指标增速高于全省平均水平，经济运行持续回升向好。</p></div>`;
    expect(judge(portal, '#a')).toBe(false);
    expect(judge(portal, '#a', true)).toBe(true);
  });
});

describe('isDatedList', () => {
  it('tells a list of dated titles from article text', () => {
    expect(isDatedList(Array.from({ length: 6 }, (_, i) => `通知公告标题${i}\t2023-01-1${i}`).join('\n'))).toBe(true);
    expect(isDatedList('2023年1月17日，全市召开大会。\n会议强调，要抓好落实。\n会议要求，各地各部门要高度重视。\n会上，各区县作了交流发言。\n会议由市委副书记主持。')).toBe(false);
  });
});

describe('isTeaserList', () => {
  it('tells a column of linked titles with summaries from an article that links a few words', () => {
    const item = (i: number) => `<li><h3><a href="/${i}">全市重点工作推进情况第${i}期</a></h3><p>本期通报了全市重点工作推进情况，各地进展顺利。</p><span>2023-04-1${i}</span></li>`;
    const doc = parseHtml(`<html><body><ul id="l">${[1, 2, 3, 4, 5].map(item).join('')}</ul><div id="a"><p>据<a href="/x">市统计局</a>消息，一季度全市经济运行稳中向好。</p><p>会议要求，各地各部门要抓好落实。</p><p>详见<a href="/y">附表</a>。</p></div></body></html>`).document;
    expect(isTeaserList(doc.getElementById('l')!)).toBe(true);
    expect(isTeaserList(doc.getElementById('a')!)).toBe(false);
  });
});
