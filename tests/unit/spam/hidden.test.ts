import { describe, expect, it } from 'vitest';
import { ARTICLE, LINKS, spamOf } from './helpers';

const only = (body: string, head = '') => spamOf(ARTICLE + body, head).hits;

describe('hidden spam (T1–T7)', () => {
  it.each([
    ['T1', `<div style="display:none">${LINKS}</div>`],
    ['T1', `<div hidden>${LINKS}</div>`],
    ['T2', `<div style="position:absolute;left:-9999px">${LINKS}</div>`],
    ['T2', `<div style="text-indent:-9999px;overflow:hidden">${LINKS}</div>`],
    ['T2', `<div style="position:absolute;left:expression(s-900)">${LINKS}</div>`],
    ['T2', `<div style="position:absolute;left:-100%">${LINKS}</div>`],
    ['T3', `<div style="font-size:0">${LINKS}</div>`],
    ['T3', `<div style="height:0;overflow:hidden">${LINKS}</div>`],
    ['T4', `<div style="visibility:hidden">${LINKS}</div>`],
    ['T4', `<div style="opacity:0">${LINKS}</div>`],
    ['T4', `<div style="position:absolute;clip:rect(0 0 0 0)">${LINKS}</div>`],
    ['T5', `<p><span style="color:#ffffff">${LINKS}</span></p>`],
    ['T6', `<marquee width="1" height="1">${LINKS}</marquee>`],
  ])('%s: %s', (technique, body) => {
    const hits = only(body);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ technique, action: 'hidden', text: '澳门新葡京官网 百家乐开户 时时彩平台' });
    expect(hits[0]!.element).toBeDefined();
  });

  it('T7: names the injected class and keeps the hiding technique among the techniques', () => {
    const hits = only(`<div class="lk9">${LINKS}</div>`, '<style>.lk9{display:none}</style>');
    expect(hits[0]).toMatchObject({ technique: 'T7', techniques: expect.arrayContaining(['T7', 'T1', 'T11']) });
    expect(hits[0]!.reason).toContain('.lk9');
  });

  it('lists every technique that hides a spam root, and none for a hidden menu (read only for findings)', () => {
    const hits = only(`<div style="display:none;text-indent:-9999px;opacity:0">${LINKS}</div>`);
    expect(hits[0]).toMatchObject({ technique: 'T1', techniques: expect.arrayContaining(['T1', 'T2', 'T4', 'T11']) });
    expect(only(`<ul style="display:none;opacity:0"><li><a href="/a.html">机构设置</a></li><li><a href="/b.html">政务公开</a></li></ul>`)).toEqual([]);
  });

  it('a small negative percentage offset is not off-screen (a slide-in menu peeking out)', () => {
    expect(only(`<div style="position:absolute;left:-20%">${LINKS}</div>`).filter((h) => h.technique === 'T2')).toEqual([]);
  });

  it('T5 needs the real background: white text on a dark bar is not camouflage', () => {
    const line = '澳门新葡京 百家乐 时时彩 六合彩开奖';
    expect(only(`<div style="background:#0b4a8b"><span style="color:#fff">${line}</span></div>`).filter((h) => h.technique === 'T5')).toEqual([]);
    expect(only(`<div style="background:#0b4a8b"><span style="color:#0b4a8b">${line}</span></div>`)).toMatchObject([{ technique: 'T5', text: line }]);
  });

  it('a hidden keyword list of search phrases without links is spam (a real injected block)', () => {
    const phrases = Array.from({ length: 30 }, (_, i) => `热门搜索词${i}号 影视资源${i}`).join(' ');
    expect(only(`<div style="display:none">${phrases}</div>`)).toHaveLength(1);
  });

  it('leaves legitimately hidden content alone', () => {
    const head = `<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)} .sub{display:none} .logo h1{text-indent:-9999px}</style>`;
    const body = `<a class="sr-only" href="#main">跳转到主要内容</a>
      <div class="logo"><h1>某某市人民政府</h1></div>
      <ul><li><a href="/zwgk/">政务公开</a><ul class="sub"><li><a href="/zwgk/a/">政策文件</a></li><li><a href="/zwgk/b/">规划计划</a></li></ul></li></ul>
      <div style="display:none"><ul><li><a href="/bmdt/1.html">市公安局破获一起百家乐网络赌博案</a></li><li><a href="/bmdt/2.html">市民政局开展消防检查</a></li><li><a href="/bmdt/3.html">体育局举办赛车嘉年华</a></li></ul></div>
      <div style="display:none"><a href="http://www.gov.cn/">中国政府网</a> <a href="http://www.sheng.gov.cn/">省人民政府</a></div>
      <div style="display:none">按日期查询 ‹ › 日 一 二 三 四 五 六 1 2 3 4 5 6 7</div>
      <div style="display:none"><a href="http://www.partner-site.com/">合作伙伴</a></div>
      <div style="display:none"><a href="http://121.43.68.40/exposure/jiucuo.html"><img src="/jc.png" alt="找错"></a></div>`;
    expect(only(body, head)).toEqual([]);
  });

  it('reports the outermost hidden block once, and only the spam inside a paragraph', () => {
    const hits = only(`<div style="display:none"><div style="font-size:0">${LINKS}</div></div><p>正文还在继续，<span style="font-size:0"><a href="http://www.bet-9.com/">bet365体育投注</a></span>这里是正文。</p>`);
    expect(hits.map((h) => h.element!.localName)).toEqual(['div', 'span']);
    expect(hits[1]!.text).toBe('bet365体育投注');
  });
});
