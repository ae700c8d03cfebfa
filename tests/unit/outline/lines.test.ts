import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { articleLines } from '../../../lib/outline/lines';

function lines(html: string) {
  const page = parseHtml(`<body><div id="art">${html}</div></body>`);
  return articleLines(page.document.getElementById('art')!);
}

describe('articleLines', () => {
  it('gives one line per block and per <br>-separated run, with its text nodes and block', () => {
    const ls = lines('<p><b>一、工作目标</b><br>　　坚持预防为主。</p><div>尾部<span>文字</span></div>');
    expect(ls.map((l) => l.text)).toEqual(['一、工作目标', '坚持预防为主。', '尾部文字']);
    expect(ls[0]!.nodes.map((n) => n.nodeValue)).toEqual(['一、工作目标']);
    expect(ls[0]!.block.tagName).toBe('P');
    expect(ls[2]!.nodes).toHaveLength(2);
    expect(ls[2]!.length).toBe(4);
  });

  it('keeps a heading broken by <br> as one line, and marks it', () => {
    const ls = lines('<h2>第一部分<br>总体要求</h2><p>正文</p>');
    expect(ls[0]).toMatchObject({ text: '第一部分 总体要求' });
    expect(ls[0]!.heading?.tagName).toBe('H2');
    expect(ls[1]!.heading).toBeNull();
  });

  it('keeps pictures as empty image lines and skips scripts', () => {
    const ls = lines('<p><img src="a.jpg"></p><p>▲张三 摄</p><script>var x = 1;</script>');
    expect(ls.map((l) => [l.image, l.text])).toEqual([
      [true, ''],
      [false, '▲张三 摄'],
    ]);
  });

  it('drops the private-use padding of mis-decoded GBK pages at the ends of a line', () => {
    expect(lines('<p>\ue5e5\ue5e5 二、被抢钱包应当感谢神</p>')[0]!.text).toBe('二、被抢钱包应当感谢神');
  });
});
