import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';

const raws = (text: string) => findFigures(text).map((f) => f.raw);
const one = (text: string) => {
  const list = findFigures(text);
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('figures: numbers, units and qualifiers', () => {
  it('records the value with the multiplier applied and the unit without it', () => {
    expect(one('总投资达369.7亿元。')).toMatchObject({ raw: '369.7亿元', value: 36_970_000_000, unit: '元', qualifier: null });
    expect(one('新增装机120万千瓦。')).toMatchObject({ value: 1_200_000, unit: '千瓦' });
    expect(one('年产能达到120万吨/年。')).toMatchObject({ raw: '120万吨/年', value: 1_200_000, unit: '吨/年' });
    expect(one('旅客吞吐量达4465.7万人次。')).toMatchObject({ value: 44_657_000, unit: '人次', role: 'count' });
    expect(one('浓度为33微克/立方米。')).toMatchObject({ value: 33, unit: '微克/立方米' });
  });

  it('keeps measure words as units, in the script they are written in', () => {
    expect(findFigures('17個項目、860余名干部、1800余戶企業、11所中小學、488班').map((f) => [f.value, f.unit])).toEqual([
      [17, '個'],
      [860, '名'],
      [1800, '戶'],
      [11, '所'],
      [488, '班'],
    ]);
  });

  it('reads Chinese numerals, 成 as tenths, 倍, 翻番 and 个百分点 as percentage points', () => {
    expect(one('補助地方興建運動中心六座。')).toMatchObject({ value: 6, unit: '座' });
    expect(one('投入三千五百万元。')).toMatchObject({ value: 35_000_000, unit: '元' });
    expect(one('同比增长约两成。')).toMatchObject({ value: 20, unit: '%', qualifier: 'approx', role: 'change' });
    expect(one('軌道建設佔三成五。')).toMatchObject({ value: 35, unit: '%', role: 'share' });
    expect(one('內地旅客佔七成半。')).toMatchObject({ value: 75, unit: '%' });
    expect(one('较去年同期成長約２．４倍。')).toMatchObject({ value: 2.4, unit: '倍', role: 'change', direction: 'up' });
    expect(one('高新技术企业数量实现翻番。')).toMatchObject({ raw: '翻番', value: 2, unit: '倍', role: 'change' });
    expect(one('比上月回落0.2个百分点。')).toMatchObject({ value: -0.2, unit: '个百分点', role: 'change', direction: 'down' });
    expect(one('较上年下降百分之一点三。')).toMatchObject({ raw: '百分之一点三', value: -1.3, unit: '%' });
  });

  it('reads qualifiers before and after the number into raw', () => {
    expect(findFigures('集聚人才近3000人、超3萬名人才、2000余家企业、200多家、15%以上、6%左右、不超过500万元、约为85亿元、最多5分钟。').map((f) => [f.raw, f.qualifier])).toEqual([
      ['近3000人', 'approx'],
      ['超3萬名', 'over'],
      ['2000余家', 'over'],
      ['200多家', 'over'],
      ['15%以上', 'over'],
      ['6%左右', 'approx'],
      ['不超过500万元', 'under'],
      ['约为85亿元', 'approx'],
      ['最多5分钟', 'under'],
    ]);
    expect(one('总投资超百亿元。')).toMatchObject({ raw: '超百亿元', value: 1e10, qualifier: 'over' });
    expect(one('電子信息產業產值突破2000億元。')).toMatchObject({ raw: '突破2000億元', qualifier: 'over' });
  });

  it('shares a bound written before the first figure of a list with the rest', () => {
    expect(findFigures('对年营业收入首次突破1亿元、5亿元、10亿元的企业').map((f) => f.qualifier)).toEqual(['over', 'over', 'over']);
  });

  it('reads ranges, with the multiplier of the upper bound applied to a bare lower bound', () => {
    expect(one('补贴3至5万元。')).toMatchObject({ raw: '3至5万元', value: 30_000, value_high: 50_000, unit: '元', qualifier: 'range' });
    expect(one('贴息比例为30%至50%。')).toMatchObject({ value: 30, value_high: 50, unit: '%', qualifier: 'range' });
    expect(one('强度保持在3-5%之间。')).toMatchObject({ value: 3, value_high: 5, unit: '%' });
    expect(one('每晚約２，５００元至３，２００元。')).toMatchObject({ value: 2500, value_high: 3200 });
  });

  it('marks a unit taken from the figures before it as implied', () => {
    const [, implied] = findFigures('電子信息產業產值突破2000億元；軟件和信息服務業產業規模突破1000億、占全市1/3。');
    expect(implied).toMatchObject({ raw: '突破1000億', value: 1e11, unit: '元', unit_implied: true });
    expect(findFigures('吸引近百万市民游客观看')[0]).toMatchObject({ value: 1e6, unit: '', role: 'count' });
    expect(findFigures('吸引近百万市民游客观看')[0]!.unit_implied).toBeUndefined();
  });
});

describe('figures: what is not a figure', () => {
  it('leaves out years, dates, times and periods', () => {
    expect(raws('2022年，兩江新區1月9日啟用，4日上午10點出發，2023-01-17 15:06發布，近3年、连续13个月、13個月來。')).toEqual([]);
  });

  it('leaves out ordinals, ranks, plan names and names with numerals', () => {
    expect(raws('2023年第一批重大項目、首支基金、第十届、“十四五”规划、十四五时期、市委六屆二次全會、二十大、全市第一、前10名、一期项目、七大行动、8大产业联盟、5G基站、PM2.5、CS75车型')).toEqual([]);
  });

  it('leaves out document numbers, phone numbers and web addresses', () => {
    expect(raws('渝府办发〔2023〕56号、电话：023-63658002、13896123456、(023)67886000、400-123-4567、https://www.cq.gov.cn/2023/12.html')).toEqual([]);
  });

  it('does not read numerals inside words (陸海, 两江, 一手抓, 一批, 萬州, 千家万户, 数十家)', () => {
    expect(raws('陸海新通道、两江新区、兩江四岸、“一手抓生产、一手抓增收”、一批项目、一个个剪影、萬州區、千家万户、数十家企业、两项指标、三个方面、一名党员')).toEqual([]);
  });

  it('still reads 两 and 一 as numbers where they are (两家, 两个专班, 一成, 增长一倍)', () => {
    expect(findFigures('带动配套企业两家落户，设立两个专班，降低一成，增长一倍。').map((f) => [f.raw, f.value])).toEqual([
      ['两家', 2],
      ['两个', 2],
      ['一成', -10],
      ['一倍', 1],
    ]);
  });
});

describe('figures: offsets and sentences', () => {
  it('gives code-point offsets into the text, astral characters included', () => {
    const text = '𠀀𠀁项目总投资达369.7亿元，增长5%。';
    const f = findFigures(text)[0]!;
    expect([...text].slice(f.start, f.end).join('')).toBe('369.7亿元');
    expect(f.sentence).toBe(text);
  });

  it('gives the sentence of each figure', () => {
    const [a, b] = findFigures('首句没有数字。第二句增长5%！\n第三行有17個項目');
    expect(a!.sentence).toBe('第二句增长5%！');
    expect(b!.sentence).toBe('第三行有17個項目');
  });

  it('handles a 100,000-character text in under 3 seconds, cold, on a busy machine', () => {
    const text = '2022年，兩江新區新能源汽車整車產值增長502%，占全市62%，集聚各類創新人才近3000人。\n'.repeat(2500);
    const t0 = performance.now();
    const list = findFigures(text);
    expect(list).toHaveLength(7500);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
