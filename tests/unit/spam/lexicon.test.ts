import { describe, expect, it } from 'vitest';
import { FOLDED_ALONE, matchLexicon, mayHoldTerm, TERMS } from '../../../lib/spam/lexicon';
import { FOLD_FROM, FOLD_TO } from '../../../lib/spam/fold-chars';
import { foldText, squeezeText } from '../../../lib/spam/normalize';
import { rng } from '../../helpers/random';

describe('the spam lexicon', () => {
  it('matches spam vocabulary in both scripts', () => {
    expect(matchLexicon('百家乐 无码视频').terms).toEqual(expect.arrayContaining(['百家乐', '无码']));
    expect(matchLexicon('百家樂 無碼視頻').terms).toEqual(expect.arrayContaining(['百家乐', '无码']));
  });

  it('scores the words of legitimate text zero: 福利彩票, 体育彩票, 澳门特别行政区, 成人教育, 社会福利, 赛车, 真人秀', () => {
    for (const text of ['福利彩票', '体育彩票', '澳门特别行政区', '成人教育', '社会福利', '上海国际赛车场举行F1赛车比赛', '真人秀节目', '中日韩自贸区', '加快3项工作', 'JavaScript', '办证大厅', '狠狠抓落实'])
      expect(matchLexicon(text), text).toMatchObject({ score: 0, terms: [] });
  });

  it('weighs terms: news vocabulary counts little, spam-only vocabulary counts fully', () => {
    expect(matchLexicon('网络赌博').score).toBeLessThan(0.5);
    expect(matchLexicon('博彩').score).toBeLessThan(0.5);
    expect(matchLexicon('百家乐').score).toBe(1);
    const seed = matchLexicon('性AV无码VR专区,暴雨结婚前人妻侵犯在线,国产午夜福利在线永久视频不卡');
    expect(seed.score).toBeGreaterThan(3);
    expect(seed.categories).toContain('porn');
    expect(seed.density).toBeGreaterThan(0.4);
  });

  it('sees through Unicode tricks and says which terms were disguised', () => {
    const m = matchLexicon('六-合-彩 百\u200b家\u200b乐 ｂｅｔ３６５ 澳 门 新 葡 京');
    expect(m.terms).toEqual(expect.arrayContaining(['六合彩', '百家乐', 'bet365', '澳门新葡京']));
    expect(m.tricked).toEqual(expect.arrayContaining(['六合彩', '百家乐', 'bet365', '澳门新葡京']));
    expect(matchLexicon('百家乐').tricked).toEqual([]);
  });

  it('does not join neighbouring words of a menu into a term', () => {
    expect(matchLexicon('國際 娛樂 體育').terms).toEqual([]);
    // …but a spaced-out word is one word.
    expect(matchLexicon('澳 门 新 葡 京').terms).toEqual(['澳门新葡京']);
    expect(matchLexicon('澳门 新葡京').terms).toEqual(['新葡京']);
  });

  it('matches ASCII terms on word boundaries only', () => {
    expect(matchLexicon('bet365.com').terms).toEqual(['bet365']);
    expect(matchLexicon('alphabet365x').terms).toEqual([]);
    expect(matchLexicon('北京赛车pk10').terms).toContain('北京赛车pk10');
  });

  it('has categories and weights for every term', () => {
    expect(TERMS.length).toBeGreaterThan(200);
    for (const t of TERMS) {
      expect(['porn', 'gambling', 'fraud', 'lure']).toContain(t.category);
      expect(t.weight).toBeGreaterThan(0);
      expect(t.weight).toBeLessThanOrEqual(1);
    }
  });

  it('finds every term written openly and split by separators (the table of term-starting characters skips none)', () => {
    for (const { term } of TERMS) {
      expect(matchLexicon(`。${term}。`).terms, term).toContain(term);
      if (/^\p{Script=Han}+$/u.test(term) && term.length >= 2) expect(matchLexicon(`。${[...term].join('-')}。`).terms, term).toContain(term);
    }
    expect(matchLexicon('区政府召开常务会议，研究部署安全生产工作。')).toMatchObject({ score: 0, terms: [] });
  });

  it('rules a text out without folding it only when no term occurs in it, folded or squeezed', () => {
    const holds = (text: string) => TERMS.some(({ term }) => squeezeText(text).includes(term) || foldText(text).includes(term));
    const alone: string[] = [];
    for (const [from, to] of FOLDED_ALONE) for (let c = from; c <= to; c += 7) alone.push(String.fromCharCode(c));
    const random = rng(9);
    const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)]!;
    const texts: string[] = [];
    for (const { term } of TERMS) {
      const fullWidth = term.replace(/[a-z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).toUpperCase();
      const traditional = [...term].map((ch) => (FOLD_TO.includes(ch) ? FOLD_FROM[FOLD_TO.lastIndexOf(ch)]! : ch)).join('');
      for (const t of [term, fullWidth, traditional]) texts.push(`${pick(alone)}${[...t].join(pick(['', ' ', '-', '\u200b', '…', '・', '\u3000']))}${pick(alone)}`);
    }
    for (let i = 0; i < 3000; i++) texts.push(Array.from({ length: 2 + Math.floor(random() * 12) }, () => pick(alone)).join(''));
    texts.push('区政府召开常务会议，研究部署安全生产工作。', '网 络 信 息', 'Ｎｅｗ ｓ', '½', '⑴⑵');
    let ruledOut = 0;
    for (const text of texts) {
      const allAlone = [...text].every((ch) => FOLDED_ALONE.some(([from, to]) => ch.charCodeAt(0) >= from && ch.charCodeAt(0) <= to));
      if (!mayHoldTerm(text)) {
        ruledOut++;
        expect(holds(text), text).toBe(false);
        expect(matchLexicon(text), text).toMatchObject({ score: 0, terms: [] });
      } else if (allAlone) expect(holds(text), text).toBe(true);
    }
    expect(ruledOut).toBeGreaterThan(1000);
    // Characters folded together with their neighbours always go to the full match.
    expect(mayHoldTerm('か\u3099')).toBe(true);
    expect(mayHoldTerm('ｶﾞ')).toBe(true);
  });
});
