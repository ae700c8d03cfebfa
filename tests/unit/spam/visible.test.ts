import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { detectSpam } from '../../../lib/spam';
import { ARTICLE, spamOf } from './helpers';

const only = (body: string, url?: string) => spamOf(ARTICLE + body, '', url).hits;

describe('visible spam (T9, T11, T13, T14): combined evidence, never a keyword alone', () => {
  it('T9: a keyword line after the article', () => {
    const line = '久久精品国产亚洲av无码,日韩欧美一区二区三区,国产精品永久免费视频';
    expect(only(`<p>${line}</p>`)).toMatchObject([{ technique: 'T9', text: line, action: 'hidden' }]);
    const iline = '日韩福利 I 亚洲精品中文字幕 I 天天操夜夜骑 I 好吊日av';
    expect(only(`<div>${iline}</div>`)).toMatchObject([{ technique: 'T9', text: iline }]);
  });

  it('T14: a Simplified spam sentence inside a Traditional article', () => {
    const trad = `<div class="content"><p>臺中市政府今日宣布，為鼓勵市民搭乘大眾運輸，明年起擴大實施公車免費政策，適用對象擴及所有乘客。</p>
      <p>澳门新葡京官网开户就送彩金，真人百家乐首充返水</p>
      <p>交通局表示，今年全市公車運量已達一億人次，較去年同期成長百分之十二，將再新闢六條幹線。</p></div>`;
    const page = parseHtml(`<html><body>${trad}</body></html>`, 'https://www.taichung.gov.tw/a.html');
    const hits = detectSpam(page.document).hits;
    page.close();
    expect(hits).toMatchObject([{ technique: 'T14', text: '澳门新葡京官网开户就送彩金，真人百家乐首充返水' }]);
  });

  it('T13: words disguised by zero-width characters and full-width letters', () => {
    const hits = only('<div class="kw">百\u200b家\u200b乐 六\u200c合\u200d彩 ｂｅｔ３６５</div>');
    expect(hits).toMatchObject([{ technique: 'T13', text: '百家乐 六合彩 ｂｅｔ３６５' }]);
    expect(hits[0]!.reason).toMatch(/zero-width/);
  });

  it('T11: betting brands in a friend-links list are removed one by one; the government links stay', () => {
    const hits = only(`<ul class="yqlj"><li><a href="http://www.gov.cn/">中国政府网</a></li><li><a href="http://www.bw-ty11.com/">必威体育</a></li><li><a href="http://www.sheng.gov.cn/">省人民政府</a></li><li><a href="http://103.231.74.12:8888/">百家乐网投</a></li></ul>`);
    expect(hits.map((h) => [h.technique, h.text, h.element!.localName])).toEqual([
      ['T11', '必威体育', 'li'],
      ['T11', '百家乐网投', 'li'],
    ]);
  });

  it('T11: a spam link inside an article paragraph is removed alone', () => {
    const hits = only('<p>消费者可以通过12315平台投诉。<a href="http://156.226.17.93:8081/">澳门赌场官网</a></p>');
    expect(hits).toMatchObject([{ technique: 'T11', text: '澳门赌场官网' }]);
    expect(hits[0]!.element!.localName).toBe('a');
  });

  it('T9: an injected advertising paragraph dense with spam-only words, even written as sentences', () => {
    const ad = '澳门新葡京娱乐城是亚洲最大的在线娱乐平台，提供百家乐、老虎机、体育投注等服务，注册就送彩金，欢迎您的光临';
    expect(only(`<p>${ad}</p>`)).toMatchObject([{ technique: 'T9', text: ad }]);
  });

  it('keeps prose that talks about gambling and fraud (police news)', () => {
    const body = `<p>经查，该团伙为境外“澳门新葡京”“皇冠体育”等赌博网站招募代理，通过植入“百家乐”“六合彩”等隐藏链接推广，并利用虚拟货币结算赌资。</p>
      <p>警方提醒，“刷单返利”“裸聊敲诈”“代开发票”等诈骗手法高发，不法分子常以“日赚数百元”为诱饵。</p>`;
    expect(only(body)).toEqual([]);
  });

  it('keeps headlines, tags and lists of the site itself that mention spam words', () => {
    const body = `<ul class="hot"><li><a href="/news/1.html">男子沉迷网络赌博百家乐输光积蓄</a></li><li><a href="/news/2.html">澳门威尼斯人度假村客流回升</a></li></ul>
      <div class="tags">标签：F1 赛车 上海国际赛车场 真人秀 福利彩票 体育彩票</div>`;
    expect(only(body)).toEqual([]);
  });

  it('keeps the intranet and error-report links of a government page', () => {
    const body = '<div class="top"><a href="http://10.10.1.8:8080/oa/">内网办公系统</a> <a href="http://121.43.68.40/exposure/jiucuo.html">政府网站找错</a></div>';
    expect(only(body)).toEqual([]);
  });
});

describe('warning lists', () => {
  it('keeps a police list of gambling apps cited in quotation marks', () => {
    const body = '<div class="c"><p>近日，市公安局公布一批涉赌涉诈APP名单，提醒群众切勿下载使用。</p><p>“澳门新葡京”“皇冠体育”“开元棋牌”“幸运飞艇”“百家乐在线”</p><p>如发现相关线索，请拨打110举报。</p></div>';
    expect(spamOf(body).hits).toEqual([]);
  });
});
