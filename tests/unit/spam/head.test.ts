import { describe, expect, it } from 'vitest';
import { ARTICLE, spamOf } from './helpers';

const ents = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');

describe('title and meta hijack (T10)', () => {
  it('reports an entity-encoded gambling title and metas, and recovers the title the cloaking script restores', () => {
    const head = `<title>${ents('江苏快3 江苏快3走势图 - 快3走势图')}</title>
      <meta name="keywords" content="${ents('江苏快3开奖直播,江苏快3官网,江苏快3投注')}">
      <meta name="description" content="江苏快3开奖网为您提供江苏快3走势图、快3开奖结果和快3计划">
      <script>if(navigator.userAgent.toLocaleLowerCase().indexOf("baidu") == -1){document.title ="县政府召开常务会议_泾县人民政府"}</script>`;
    const body = ARTICLE.replace('全市秋粮收购有序推进', '县政府召开常务会议');
    const { hits, realTitle } = spamOf(body, head);
    expect(hits.filter((h) => h.technique === 'T10').map((h) => h.text)).toEqual([
      '江苏快3 江苏快3走势图 - 快3走势图',
      '江苏快3开奖直播,江苏快3官网,江苏快3投注',
      '江苏快3开奖网为您提供江苏快3走势图、快3开奖结果和快3计划',
    ]);
    expect(hits.every((h) => h.technique !== 'T10' || (h.action === 'report' && h.element === undefined))).toBe(true);
    // The article's own heading inside the restored title wins.
    expect(realTitle).toBe('县政府召开常务会议');
  });

  it('recovers the title from og:title or the h1 when there is no cloaking script', () => {
    const head = '<title>百家乐官网-澳门百家乐-真人百家乐开户</title><meta property="og:title" content="全区优化营商环境大会召开">';
    expect(spamOf(ARTICLE, head).realTitle).toBe('全区优化营商环境大会召开');
    expect(spamOf(ARTICLE, '<title>百家乐官网-澳门百家乐-真人百家乐开户</title>').realTitle).toBe('全市秋粮收购有序推进');
  });

  it('leaves a title about the article\'s own subject alone (Macao gaming news)', () => {
    const body = '<h1>澳门去年博彩毛收入按年增长</h1><div class="c"><p>澳门特别行政区政府博彩监察协调局公布，全年博彩毛收入1830亿澳门元，新葡京、威尼斯人等综合度假村业务回暖，百家乐台面收入占比下降。</p><p>特区政府表示，将继续依法加强对博彩业的监管，严厉打击非法赌博和跨境网络赌博活动。</p></div>';
    const r = spamOf(body, '<title>澳门去年博彩毛收入按年增长 百家乐台面收入占比下降_港澳_中国新闻网</title>');
    expect(r.hits).toEqual([]);
    expect(r.realTitle).toBeNull();
  });
});

describe('frames and refreshes (T15)', () => {
  it('reports hidden frames of raw addresses and off-site meta refreshes', () => {
    const { hits } = spamOf(`${ARTICLE}<iframe src="http://45.207.13.88/ad/index.html" width="0" height="0"></iframe>`, '<meta http-equiv="refresh" content="8;url=http://www.ylc-8088.com/?from=gov">');
    expect(hits.map((h) => [h.technique, h.action, h.text])).toEqual([
      ['T15', 'report', 'http://45.207.13.88/ad/index.html'],
      ['T15', 'report', 'http://www.ylc-8088.com/?from=gov'],
    ]);
  });

  it('reports an ad-sized hidden frame of an unknown site only on a page that shows other injection', () => {
    const frame = '<iframe src="https://ads.example-adnet.com/px.html" width="1" height="1"></iframe>';
    expect(spamOf(ARTICLE + frame).hits).toEqual([]);
    const hits = spamOf(`${ARTICLE}${frame}<div style="display:none"><a href="http://www.bjl-2.com/">百家乐开户</a> <a href="http://www.bjl-2.com/zr/">真人百家乐</a></div>`).hits;
    expect(hits.map((h) => h.technique)).toEqual(['T1', 'T15']);
  });

  it('ignores same-site refreshes and visible frames', () => {
    expect(spamOf(`${ARTICLE}<iframe src="https://map.tianditu.gov.cn/embed" width="600" height="300"></iframe>`, '<meta http-equiv="refresh" content="600">').hits).toEqual([]);
  });
});

describe('template noise (T12)', () => {
  it('finds empty elements of unrelated kinds sharing generated ids', () => {
    const noise = '<sup id="yyy80"></sup><var id="yyy80"></var><em id="kq3w0"></em><address id="kq3w0"></address><dfn id="a0q6a"></dfn><small id="a0q6a"></small>';
    const hits = spamOf(ARTICLE + noise).hits;
    expect(hits.map((h) => h.text)).toEqual(['<sup id="yyy80">', '<var id="yyy80">', '<em id="kq3w0">', '<address id="kq3w0">', '<dfn id="a0q6a">', '<small id="a0q6a">']);
    expect(hits.every((h) => h.technique === 'T12' && h.action === 'hidden')).toBe(true);
  });

  it('leaves sloppy templates alone: repeated ids on elements of one kind, or with content', () => {
    const sloppy = '<li id="li1">一</li><li id="li1">二</li><div id="box2"><p>x</p></div><span id="box2">y</span><i id="t9"></i><i id="t9"></i><b id="ab1"></b><b id="ab1"></b><em id="zz9"></em><em id="zz9"></em>';
    expect(spamOf(ARTICLE + `<ul>${sloppy}</ul>`).hits).toEqual([]);
  });
});
