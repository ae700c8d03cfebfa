import { describe, expect, it } from 'vitest';
import { foldText, hasZeroWidth, plainText, squeezeText } from '../../../lib/spam/normalize';
import { FOLD_FROM, FOLD_TO } from '../../../lib/spam/fold-chars';
import { LEXICON } from '../../../lib/spam/lexicon-data';
import ST from 'opencc-js/dict/STCharacters';

describe('normalisation before matching spam vocabulary', () => {
  it('folds full-width letters, zero-width characters, case and look-alikes', () => {
    expect(foldText('ｂｅｔ３６５')).toBe('bet365');
    expect(foldText('百\u200b家\u200c乐\ufeff')).toBe('百家乐');
    expect(foldText('BeT365')).toBe('bet365');
    expect(foldText('bеt365')).toBe('bet365'); // Cyrillic е
    expect(foldText('澳⻔')).toBe('澳门'); // CJK radical form
  });

  it('folds the Traditional characters of the lexicon to Simplified, and only those', () => {
    expect(foldText('無碼視頻 百家樂 賭場')).toBe('无码视频 百家乐 赌场');
    expect(plainText('澳門新葡京')).toBe('澳门新葡京');
    // Characters outside the lexicon keep their script.
    expect(foldText('經濟')).toBe('經濟');
  });

  it('drops the separators put inside words, but keeps sentence punctuation', () => {
    expect(squeezeText('六-合-彩 澳 门 时.时.彩 百·家·乐 幸/运')).toBe('六合彩澳门时时彩百家乐幸运');
    expect(squeezeText('国产，精品。')).toBe('国产,精品。'); // NFKC makes the full-width comma ASCII; it stays a boundary
  });

  it('tells zero-width padding inside words from ordinary text', () => {
    expect(hasZeroWidth('百\u200b家乐')).toBe(true);
    expect(hasZeroWidth('百家乐')).toBe(false);
  });

  it('has a fold pair for every Traditional form of every lexicon character (regenerate with scripts/gen-spam-fold.ts)', () => {
    const fold = new Map([...FOLD_FROM].map((t, i) => [t, [...FOLD_TO][i]!]));
    const st = new Map(ST.split('|').map((e) => e.split(' ')).map(([s, ...t]) => [s!, t]));
    const chars = new Set(Object.values(LEXICON).flatMap((list) => list.trim().split(/\s+/).flatMap((item) => [...item.split(':')[0]!])));
    const missing: string[] = [];
    for (const s of chars) for (const t of st.get(s) ?? []) if (t !== s && [...t].length === 1 && !chars.has(t) && fold.get(t) === undefined) missing.push(`${t}→${s}`);
    expect(missing).toEqual([]);
  });
});

describe('folding Traditional text', () => {
  it('maps every lexicon character of a text to its Simplified form and leaves the rest as it is', () => {
    const map = new Map([...FOLD_FROM].map((ch, i) => [ch, [...FOLD_TO][i]!]));
    const text = `臺灣新聞：${FOLD_FROM} 與 ${FOLD_FROM.slice(0, 9)}，記者報導 𠮷野家`;
    expect(foldText(text)).toBe([...text.normalize('NFKC')].map((ch) => map.get(ch) ?? ch).join(''));
  });
});

