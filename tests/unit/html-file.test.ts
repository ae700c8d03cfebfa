import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../lib/node/html-file';

const enc = (text: string, charset: string) => {
  // Node's TextEncoder only writes UTF-8; build legacy bytes from known code points.
  const table: Record<string, Record<string, number[]>> = {
    gbk: { 中: [0xd6, 0xd0], 文: [0xce, 0xc4] },
    big5: { 中: [0xa4, 0xa4], 文: [0xa4, 0xe5] },
  };
  const out: number[] = [];
  for (const ch of text) out.push(...(table[charset]?.[ch] ?? [ch.charCodeAt(0)]));
  return Uint8Array.from(out);
};

describe('decodeHtml', () => {
  it('reads the charset from <meta charset> and from http-equiv', () => {
    expect(declaredCharset(enc('<meta charset="GB2312">', 'gbk'))).toBe('gb2312');
    expect(declaredCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=big5">', 'big5'))).toBe('big5');
    expect(declaredCharset(enc('<p>no declaration</p>', 'gbk'))).toBe('');
  });

  it('decodes GB2312, GBK and Big5 pages by their declaration', () => {
    expect(decodeHtml(enc('<meta charset="gb2312"><p>中文</p>', 'gbk')).text).toContain('<p>中文</p>');
    expect(decodeHtml(enc('<meta charset="GBK"><p>中文</p>', 'gbk')).charset).toBe('gbk');
    expect(decodeHtml(enc('<meta content="text/html; charset=big5" http-equiv="Content-Type"><p>中文</p>', 'big5')).text).toContain('<p>中文</p>');
  });

  it('prefers a byte-order mark, and falls back to GB18030 when undeclared bytes are not UTF-8', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="gbk"><p>中文</p>')]);
    expect(decodeHtml(bom)).toEqual({ text: '<meta charset="gbk"><p>中文</p>', charset: 'utf-8' });
    expect(decodeHtml(enc('<p>中文</p>', 'gbk'))).toEqual({ text: '<p>中文</p>', charset: 'gb18030' });
    expect(decodeHtml(new TextEncoder().encode('<p>中文</p>')).charset).toBe('utf-8');
  });

  it('decodes a page re-saved as UTF-8 that still declares GB2312 as UTF-8', () => {
    const page = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>谷歌在2014年收购的人工智能公司</p>';
    expect(decodeHtml(new TextEncoder().encode(page))).toEqual({ text: page, charset: 'utf-8' });
    // Short legacy text that is not valid UTF-8 keeps its declared charset.
    expect(decodeHtml(enc('<meta charset="gb2312"><p>中文中文中文中文中文</p>', 'gbk')).charset).toBe('gbk');
  });
});
