/** A block's conversion split back over its text nodes. */
import { describe, expect, it } from 'vitest';
import { convertParts } from '../../../lib/convert/parts';
import { loadConverter } from '../../../lib/convert/converter';

describe('convertParts', () => {
  it('converts a phrase split across parts as a phrase', async () => {
    const tw = await loadConverter('tw');
    const hints = { script: 'hans' as const, naive: false };
    expect(tw.convertParts(['他的头', '发', '很长'], hints)).toEqual(['他的頭', '髮', '很長']);
    expect(tw.convertParts(['', '发', '展'], hints)).toEqual(['', '發', '展']);
  });

  it('puts each boundary where the text before it ends when the length changes (Taiwan vocabulary)', async () => {
    const twp = await loadConverter('twp');
    const hints = { script: 'hans' as const, naive: false };
    const out = twp.convertParts(['打开', '软件', '和内存条', '设置'], hints);
    expect(out.join('')).toBe(twp.convertBlock('打开软件和内存条设置', hints));
    expect(out).toEqual(['開啟', '軟體', '和記憶體模組', '設定']);
  });

  it('keeps parts as they are when nothing changes, and never splits a surrogate pair', () => {
    expect(convertParts(['a', 'b'], (s) => s)).toEqual(['a', 'b']);
    const out = convertParts(['x', 'y'], (s) => s.replace('x', '𠀀𠀀'));
    expect(out.join('')).toBe('𠀀𠀀y');
    for (const p of out) expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});
