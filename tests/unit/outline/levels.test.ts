import { describe, expect, it } from 'vitest';
import { assignLevels, compareVisual } from '../../../lib/outline/levels';
import type { Visual } from '../../../lib/outline/candidates';
import type { NumberingFamily } from '../../../lib/outline/numbering';

const v = (over: Partial<Visual> = {}): Visual => ({ tag: 0, ratio: 1, bold: false, centred: false, ...over });
const n = (family: NumberingFamily, visual = v()) => ({ visual, family });
const plain = (visual: Visual) => ({ visual, family: null });

describe('compareVisual', () => {
  it('ranks lower h-tags, larger type, centring, then bold higher', () => {
    expect(compareVisual(v({ tag: 2 }), v({ tag: 3 }))).toBe('above');
    expect(compareVisual(v({ ratio: 1.25 }), v({ ratio: 1, bold: true }))).toBe('above');
    expect(compareVisual(v({ tag: 4 }), v({ bold: true }))).toBe('above');
    expect(compareVisual(v({ centred: true, bold: true }), v({ bold: true }))).toBe('above');
    expect(compareVisual(v(), v({ bold: true }))).toBe('below');
    expect(compareVisual(v({ ratio: 1.04 }), v({ ratio: 1 }))).toBe('equal');
  });
});

describe('assignLevels', () => {
  it('nests numbering families as GB/T 9704 does, whatever comes first', () => {
    const levels = assignLevels([n('paren-cjk'), n('cjk'), n('paren-cjk'), n('arabic'), n('paren-arabic'), n('cjk')]);
    expect(levels).toEqual([2, 1, 2, 3, 4, 1]);
  });

  it('nests chapters over sections over articles', () => {
    expect(assignLevels([n('zhang'), n('jie'), n('tiao'), n('zhang')])).toEqual([1, 2, 3, 1]);
  });

  it('gives headings that look alike one level, the more prominent look the higher level', () => {
    const big = v({ ratio: 1.125, bold: true, centred: true });
    const bold = v({ bold: true });
    expect(assignLevels([plain(big), plain(bold), plain(bold), plain(big), plain(bold)])).toEqual([1, 2, 2, 1, 2]);
    // A subsection look seen first still ends up below the section look.
    expect(assignLevels([plain(bold), plain(big), plain(bold)])).toEqual([2, 1, 2]);
  });

  it('ranks real tags by their number and above pseudo-headings of the same size', () => {
    expect(assignLevels([plain(v({ tag: 3 })), plain(v({ tag: 2 })), plain(v({ bold: true }))])).toEqual([2, 1, 3]);
  });

  it('puts a numbered family that looks like other headings at their level', () => {
    const h3 = v({ tag: 3, ratio: 1.1, bold: true });
    expect(assignLevels([plain(h3), n('cjk', h3), n('arabic', v({ bold: true })), n('cjk', h3)])).toEqual([1, 1, 2, 1]);
  });

  it('puts bare two-phrase headlines above bare single-phrase lines, never above formatting', () => {
    expect(assignLevels([plain(v({ headline: true })), plain(v()), plain(v({ headline: true }))])).toEqual([1, 2, 1]);
    expect(assignLevels([plain(v({ headline: true })), plain(v({ bold: true }))])).toEqual([2, 1]);
    // A page whose first bare heading is a single phrase does not use the form for sections.
    expect(assignLevels([plain(v()), plain(v({ headline: true })), plain(v())])).toEqual([1, 1, 1]);
  });

  it('is empty for no headings', () => expect(assignLevels([])).toEqual([]));
});
