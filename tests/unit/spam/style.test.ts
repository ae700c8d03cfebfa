import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { backgroundOf, parseInlineStyle, parseRules, styleView } from '../../../lib/spam/style';

function view(html: string) {
  const page = parseHtml(html);
  return { doc: page.document, view: styleView(page.document), close: page.close };
}

describe('inline styles and style sheet text', () => {
  it('parses declarations, !important and the shorthands the checks need', () => {
    const d = parseInlineStyle('DISPLAY: none !important; margin: -3000px 0 0 0; font: 0/0 a; background: #f2f2f2 url("a;b.png") no-repeat; color:#FFF');
    expect(d.get('display')).toEqual({ value: 'none', important: true });
    expect(d.get('margin-top')?.value).toBe('-3000px');
    expect(d.get('margin-left')?.value).toBe('0');
    expect(d.get('font-size')?.value).toBe('0');
    expect(d.get('line-height')?.value).toBe('0');
    expect(d.get('background-color')?.value).toBe('#f2f2f2');
    expect(d.get('background-image')?.value).toMatch(/^url/);
    expect(d.get('color')?.value).toBe('#fff');
  });

  it('reads rules from sheet text: comments, media for screens, @supports; not print or conditional media', () => {
    const rules: string[] = [];
    parseRules('/* c */ .a{display:none} @media print{.b{display:none}} @media screen{.c{display:none}} @media (max-width:600px){.d{display:none}} @supports (display:grid){.e{color:red}} @import url(x.css); @font-face{font-family:x} .f, .g > a {color:#fff}', (sel) => rules.push(sel));
    expect(rules).toEqual(['.a', '.c', '.e', '.f, .g > a']);
  });
});

describe('the declared cascade (documents without a layout engine)', () => {
  it('applies sheet rules by specificity and order, !important, inline styles and the hidden attribute', () => {
    const { doc, view: v, close } = view(`<style>
      .tab-con{display:none} .tab-con.on{display:block}
      #x{display:block} div.y{display:none}
      .imp{display:none!important}
    </style>
    <div class="tab-con" id="a">a</div><div class="tab-con on" id="b">b</div>
    <div class="y" id="x">x</div><div class="imp" id="i" style="display:block">i</div>
    <div id="h" hidden>h</div><p id="s" style="display:none">s</p>`);
    const d = (id: string) => v.get(doc.getElementById(id)!, 'display');
    expect(d('a')).toBe('none');
    expect(d('b')).toBe('block');
    expect(d('x')).toBe('block'); // #x beats div.y
    expect(d('i')).toBe('none'); // !important beats a plain inline style
    expect(d('h')).toBe('none');
    expect(d('s')).toBe('none');
    expect(v.origin(doc.getElementById('a')!, 'display')).toBe('.tab-con');
    expect(v.origin(doc.getElementById('s')!, 'display')).toBe('inline');
    expect(v.origin(doc.getElementById('h')!, 'display')).toBe('attribute');
    close();
  });

  it('inherits font size and colour, and lets children set them back', () => {
    const { doc, view: v, close } = view(`<style>.icons{font-size:0} .icons a{font-size:14px} .w{color:#fff}</style>
      <div class="icons"><a id="a">x</a><span id="s">y</span></div><div class="w"><p><span id="c">z</span></p></div><font id="f" color="#f2f2f2">f</font>`);
    expect(v.get(doc.getElementById('a')!, 'font-size')).toBe('14px');
    expect(v.get(doc.getElementById('s')!, 'font-size')).toBe('0');
    expect(v.get(doc.getElementById('c')!, 'color')).toBe('#fff');
    expect(v.get(doc.getElementById('f')!, 'color')).toBe('#f2f2f2');
    close();
  });

  it('knows when nothing declared on an element can hide it', () => {
    const { doc, view: v, close } = view(`<style>.gone{display:none}</style><div id="a" style="width:100%">a</div><div id="b" class="gone">b</div><div id="c" style="position:absolute;left:-9999px">c</div>`);
    expect(v.mayHide(doc.getElementById('a')!)).toBe(false);
    expect(v.mayHide(doc.getElementById('b')!)).toBe(true);
    expect(v.mayHide(doc.getElementById('c')!)).toBe(true);
    expect(v.computed).toBe(false);
    close();
  });

  it('finds the same background with the memo of shared ancestors as without it', () => {
    const doc = parseHtml('<html><body><div style="background:#003366"><p><span id="a">x</span></p><p id="b">y</p></div><div style="background-image:url(x.png)"><span id="c">z</span></div><span id="d">w</span></body></html>').document;
    const view = styleView(doc);
    const memo = new Map();
    for (const id of ['a', 'b', 'c', 'd', 'a', 'c']) {
      const el = doc.getElementById(id)!;
      expect(backgroundOf(view, el, memo), id).toEqual(backgroundOf(view, el));
    }
    expect(backgroundOf(view, doc.getElementById('b')!, memo)).toMatchObject({ r: 0, g: 0x33, b: 0x66 });
    expect(backgroundOf(view, doc.getElementById('c')!, memo)).toBeNull();
    expect(backgroundOf(view, doc.getElementById('d')!, memo)).toMatchObject({ r: 255, g: 255, b: 255 });
  });
});
