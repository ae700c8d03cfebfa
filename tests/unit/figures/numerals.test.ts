import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, readNumber, scaled } from '../../../lib/figures/numerals';
import { normalizeWidth } from '../../../lib/figures/text';

const read = (s: string) => {
  const t = readNumber(normalizeWidth(s), 0);
  return t && { value: t.value, end: t.end, kind: t.kind, over: t.over, unit: t.unit };
};

describe('Chinese numerals', () => {
  it.each([
    ['三千五百万', 35_000_000],
    ['两', 2],
    ['兩千', 2000],
    ['十五', 15],
    ['二十三', 23],
    ['一百零五', 105],
    ['一百五', 150],
    ['三万五', 35_000],
    ['一亿二千万', 120_000_000],
    ['一万亿', 1e12],
    ['十五萬六千億', 15.6e12],
    ['七百四十九萬八千一百', 7_498_100],
    ['三点五', 3.5],
    ['一點二萬億', 1.2e12],
    ['二〇二三', 2023],
    ['百', 100],
  ])('%s = %d', (run, value) => {
    expect(parseChineseNumeral(run)).toBe(value);
  });

  it('rejects runs that are names, not numbers', () => {
    expect(parseChineseNumeral('十四五')).toBeNull();
    expect(parseChineseNumeral('十三五')).toBeNull();
  });
});

describe('readNumber', () => {
  it('reads Arabic numbers with thousands separators, decimals and full-width digits', () => {
    expect(read('4,372.5億')).toMatchObject({ value: 437_250_000_000, kind: 'arabic' });
    expect(read('３．５萬')).toMatchObject({ value: 35_000 });
    expect(read('２，５００元')).toMatchObject({ value: 2500 });
  });

  it('applies the multiplier exactly (369.7亿 is 36970000000, not 36970000000.000004)', () => {
    expect(read('369.7亿元')!.value).toBe(36_970_000_000);
    expect(read('1.2万亿')!.value).toBe(1.2e12);
    expect(read('1.2兆元')!.value).toBe(1.2e12);
    expect(scaled('21923.83', 8)).toBe(2_192_383_000_000);
  });

  it('adds a smaller number written straight after the multiplier (4萬5,013, 1亿2000万)', () => {
    expect(read('4萬5,013元')!.value).toBe(45_013);
    expect(read('1亿2000万元')!.value).toBe(120_000_000);
  });

  it('reads 余/多 between the number and its multiplier or unit', () => {
    expect(read('10余万元')).toMatchObject({ value: 100_000, over: true });
    expect(read('3万多名')).toMatchObject({ value: 30_000, over: true });
    expect(read('110余个')).toMatchObject({ value: 110, over: true });
  });

  it('reads fractions and 百分之/千分之', () => {
    expect(read('1/3')).toMatchObject({ value: 1 / 3, kind: 'fraction' });
    expect(read('三分之一')).toMatchObject({ value: 1 / 3, kind: 'fraction' });
    expect(read('百分之三十五')).toMatchObject({ value: 35, kind: 'percent', unit: '%' });
    expect(read('百分之十一點九')).toMatchObject({ value: 11.9, unit: '%' });
    expect(read('千分之五')).toMatchObject({ value: 5, unit: '‰' });
  });

  it('leaves 千 and 兆 that start a unit alone (3千瓦, 5兆瓦)', () => {
    expect(read('3千瓦')).toMatchObject({ value: 3, end: 1 });
    expect(read('5兆瓦')).toMatchObject({ value: 5, end: 1 });
  });
});
