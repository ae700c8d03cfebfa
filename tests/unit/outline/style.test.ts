import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { parseChain, parseDeclarations, parseRules, SheetCascade, specificity, subjectKey } from '../../../lib/outline/cascade';
import { StyleProbe } from '../../../lib/outline/style';

describe('style sheet text', () => {
  it('reads rules, @media blocks (not print), and skips comments and at-statements', () => {
    const rules = parseRules(`@charset "utf-8"; /* p { font-size: 1px } */ .a{font-weight:bold} @media screen { .b { text-align:center } }
      @media print { .c { font-size: 40px } } @font-face { font-family: x; } h2, h3 { font-size: 20px }`);
    expect(rules.map((r) => r.selector)).toEqual(['.a', '.b', 'h2, h3']);
  });

  it('expands the font shorthand and keeps !important', () => {
    expect(Object.fromEntries(parseDeclarations('font: bold 18px/1.5 SimHei, sans-serif; color: red'))).toEqual({
      'font-weight': { value: 'bold', important: false },
      'font-size': { value: '18px', important: false },
      'font-family': { value: 'simhei, sans-serif', important: false },
    });
    expect(parseDeclarations('font: 14px/1.8 "Microsoft YaHei"').get('font-weight')?.value).toBe('normal');
    expect(parseDeclarations('text-align: center !important').get('text-align')).toEqual({ value: 'center', important: true });
    expect(parseDeclarations('color: red').size).toBe(0);
  });

  it('orders selectors by specificity and files them by their subject', () => {
    expect(specificity('#a p')).toBeGreaterThan(specificity('.x .y p'));
    expect(specificity('.x p')).toBeGreaterThan(specificity('div p'));
    expect(subjectKey('.art-con p')).toBe('p');
    expect(subjectKey('#detail h2.t')).toBe('.t');
    expect(subjectKey('div > #x')).toBe('#x');
    expect(subjectKey('[align=center]')).toBe('*');
    expect(subjectKey('p::before')).toBeNull();
  });
});

describe('selector chains', () => {
  it('parses descendant and child chains, subject first, and leaves other selectors to matches()', () => {
    expect(parseChain('#zoom > div.bt p')).toEqual([
      { tag: 'P', classes: [], id: '', combinator: '' },
      { tag: 'DIV', classes: ['bt'], id: '', combinator: ' ' },
      { tag: '', classes: [], id: 'zoom', combinator: '>' },
    ]);
    expect(parseChain('p[align=center]')).toBeNull();
    expect(parseChain('a:hover')).toBeNull();
    expect(parseChain('h2 + p')).toBeNull();
  });

  it('matches them like the DOM does', () => {
    const page = parseHtml(`<div id="zoom"><div class="bt x"><p id="a">a</p><span><p id="b">b</p></span></div></div><div class="bt"><p id="c">c</p></div>`);
    const probe = (sel: string, id: string) => {
      const style = page.document.createElement('style');
      style.textContent = `${sel} { font-size: 30px }`;
      page.document.head.append(style);
      const value = new SheetCascade(page.document).value(page.document.getElementById(id)!, 'font-size');
      style.remove();
      return [value === '30px', page.document.getElementById(id)!.matches(sel)];
    };
    for (const sel of ['#zoom > div.bt p', '#zoom > .bt > p', 'div p', '.bt.x p', 'span p', '#zoom p', 'div > p', 'body p']) {
      for (const id of ['a', 'b', 'c']) {
        const [ours, dom] = probe(sel, id);
        expect(ours, `${sel} on #${id}`).toBe(dom);
      }
    }
  });
});

describe('SheetCascade', () => {
  const page = parseHtml(`<html><head><style>
    p { font-size: 14px } .art p { font-size: 16px } #main .art p.big { font-size: 20px } .imp { font-weight: bold !important }
  </style><style media="print">p { font-size: 40px }</style></head><body><div id="main"><div class="art">
    <p id="a">a</p><p id="b" class="big">b</p><p id="c" style="font-size: 12px">c</p><p id="d" class="imp" style="font-weight: normal">d</p><span id="e">e</span>
  </div></div></body></html>`);
  const cascade = new SheetCascade(page.document);
  const $ = (id: string) => page.document.getElementById(id)!;

  it('applies the most specific matching rule, then inline styles, then !important', () => {
    expect(cascade.value($('a'), 'font-size')).toBe('16px');
    expect(cascade.value($('b'), 'font-size')).toBe('20px');
    expect(cascade.value($('c'), 'font-size')).toBe('12px');
    expect(cascade.value($('d'), 'font-weight')).toBe('bold');
  });

  it('returns nothing when no rule applies (inheritance is the caller’s job)', () => {
    expect(cascade.value($('e'), 'font-size')).toBe('');
  });
});

const PAGE = `<html><head><style>
  body { font-size: 15px } .c { text-align: center } .big { font-size: 1.2em } .bt { font-weight: 700 } .hei { font-family: 黑体 }
</style></head><body><div class="c"><p id="p1">centred by its parent</p></div>
<center><p id="p2">in a center element</p></center><p id="p3" align="center">align attribute</p>
<p id="p4" class="big"><span id="s4">larger</span></p><p id="p5" class="bt"><span id="s5">bold by class</span></p>
<p id="p6"><strong id="s6">strong</strong><span id="n6">plain</span></p><h2 id="h2">h2</h2><p id="p7" class="hei">黑体</p>
<p id="p8" style="font-size: 12pt">pt</p><p id="p9"><font id="f9" size="5">font</font></p></body></html>`;

describe('StyleProbe (jsdom: sheets and inline styles)', () => {
  const page = parseHtml(PAGE);
  const probe = new StyleProbe(page.document);
  const $ = (id: string) => page.document.getElementById(id)!;

  it('inherits text-align and honours <center> and align=center', () => {
    expect(probe.centred($('p1'))).toBe(true);
    expect(probe.centred($('p2'))).toBe(true);
    expect(probe.centred($('p3'))).toBe(true);
    expect(probe.centred($('p4'))).toBe(false);
  });

  it('resolves relative font sizes and the default sizes of tags', () => {
    expect(probe.fontPx($('p1'))).toBe(15);
    expect(probe.fontPx($('s4'))).toBe(18);
    expect(probe.fontPx($('h2'))).toBe(22.5);
    expect(probe.fontPx($('p8'))).toBe(16);
    expect(probe.fontPx($('f9'))).toBe(24);
  });

  it('sees bold from tags, class rules and heading typefaces', () => {
    expect(probe.bold($('s5'))).toBe(true);
    expect(probe.bold($('s6'))).toBe(true);
    expect(probe.bold($('n6'))).toBe(false);
    expect(probe.bold($('h2'))).toBe(true);
    expect(probe.bold($('p7'))).toBe(true);
    expect(probe.bold($('p1'))).toBe(false);
  });
});

describe('StyleProbe with a real getComputedStyle', () => {
  it('agrees with the sheet cascade on the same page', () => {
    // A user agent without "jsdom" makes the probe use getComputedStyle, as in a browser.
    const page = parseHtml(PAGE);
    Object.defineProperty(page.window.navigator, 'userAgent', { value: 'Mozilla/5.0 Chrome/130' });
    const probe = new StyleProbe(page.document);
    const $ = (id: string) => page.document.getElementById(id)!;
    expect(probe.centred($('p1'))).toBe(true);
    expect(probe.bold($('s5'))).toBe(true);
    expect(probe.bold($('n6'))).toBe(false);
    // (jsdom's computed values stay relative and are inherited unresolved, so test the element itself.)
    expect(probe.fontPx($('p4'))).toBe(18);
    page.close();
  });
});
