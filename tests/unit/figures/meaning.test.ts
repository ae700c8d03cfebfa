import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';

const rows = (text: string, ...fields: ('raw' | 'value' | 'role' | 'direction' | 'subject' | 'period' | 'qualifier')[]) =>
  findFigures(text).map((f) => fields.map((k) => f[k]));

describe('figures: role and direction', () => {
  it('tells levels, changes, shares, counts and targets apart', () => {
    expect(rows('2022年，新能源汽车整车产值增长502%，占全市62%；电子信息产业产值突破2000亿元；建成11所中小学。', 'raw', 'role', 'direction')).toEqual([
      ['502%', 'change', 'up'],
      ['62%', 'share', null],
      ['突破2000亿元', 'level', null],
      ['11所', 'count', null],
    ]);
    expect(rows('2024年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。', 'role')).toEqual([['target'], ['target']]);
    expect(rows('到2025年，全区将累计建成口袋公园100个以上。', 'role')).toEqual([['target']]);
  });

  it('records a fall with direction down and a negative value (下降, 负增长, 减少, 年減)', () => {
    expect(rows('房地产开发投资下降17.2%；海外市场销量同比负增长3.2%；失業人數較上月減少7千人；年減4.6%。', 'value', 'direction')).toEqual([
      [-17.2, 'down'],
      [-3.2, 'down'],
      [-7000, 'down'],
      [-4.6, 'down'],
    ]);
  });

  it('gives figures listed together the role of the first (分别增长83%和30%)', () => {
    expect(rows('到發班次488班、516班，分別增長83%和30%。', 'raw', 'role')).toEqual([
      ['488班', 'count'],
      ['516班', 'count'],
      ['83%', 'change'],
      ['30%', 'change'],
    ]);
  });

  it('reads N% of something as a share (研发投入的10%, 疫情前同期的６成, 四成七住宅物業)', () => {
    expect(rows('按照其上年度研发投入的10%给予补助；恢復至疫情前同期的６成；本港約有四成七住宅物業沒有按揭。', 'role')).toEqual([['share'], ['share'], ['share']]);
  });

  it('does not take a verb inside a relative clause as the figure\'s (价格环比下降的城市有62个)', () => {
    expect(rows('新建商品住宅销售价格环比下降的城市有62个。', 'value', 'role')).toEqual([[62, 'count']]);
  });

  it('does not make a stated figure a target because a forecast is its comparison base', () => {
    expect(rows('第三季經濟成長率概估為2.32%，較8月預測上修0.29個百分點。', 'role', 'direction')).toEqual([
      ['change', 'up'],
      ['change', 'up'],
    ]);
  });
});

describe('figures: subject', () => {
  it('carries the subject across ellipsis', () => {
    expect(rows('2022年，兩江新區新能源汽車整車產值增長502%，占全市62%，產量增長283%、占全市58%。', 'subject')).toEqual([
      ['新能源汽車整車產值'],
      ['新能源汽車整車產值'],
      ['產量'],
      ['產量'],
    ]);
  });

  it('pairs figures after 分别 with the subjects listed before them', () => {
    expect(rows('陸海新通道班列和中歐班列到發班次488班、516班，分別增長83%和30%。', 'subject')).toEqual([
      ['陸海新通道班列'],
      ['中歐班列到發班次'],
      ['陸海新通道班列'],
      ['中歐班列到發班次'],
    ]);
    expect(rows('失业保险、工伤保险参保人数分别为580.2万人、702.6万人。', 'subject')).toEqual([['失业保险'], ['工伤保险参保人数']]);
  });

  it('takes the thing counted after a measure word, and the object after a verb', () => {
    expect(rows('17個項目、總投資達369.7億元；860余名干部對口服務1800余戶企業；累計引進培育高端研發機構50家。', 'subject')).toEqual([
      ['項目'],
      ['總投資'],
      ['干部'],
      ['企業'],
      ['高端研發機構'],
    ]);
  });

  it('leaves out the place, the period, comparisons and framing words', () => {
    expect(rows('数据显示，2022年果园港国家物流枢纽货物吞吐量比上年增长22%。', 'subject')).toEqual([['果园港国家物流枢纽货物吞吐量']]);
    expect(rows('公司预计2024年研发投入强度保持在3-5%之间。', 'subject')).toEqual([['研发投入强度']]);
    expect(rows('其中，某动力电池项目计划总投资120亿元。', 'subject', 'role')).toEqual([['总投资', 'target']]);
  });
});

describe('figures: period', () => {
  it('takes the period named before the figure, not the one it is compared with', () => {
    expect(rows('2023年全区粮食产量比上年增长5%，较2019年同期增长12%。', 'period')).toEqual([['2023年'], ['2023年']]);
    expect(rows('铁海联运班列开行量由2017年的178列增长到2023年的9000余列。', 'period')).toEqual([['2017年'], ['2023年']]);
  });

  it('carries a period that opens a clause, and the lead\'s period, and keeps how it is written', () => {
    const text = '发布数据显示，前三季度全市生产总值增长6.1%。\n全市工业增加值增长6.3%。9月份，居民消费价格下降0.3%。失业率为5.2%。';
    expect(rows(text, 'period')).toEqual([['前三季度'], ['前三季度'], ['9月份'], ['9月份']]);
    expect(rows('目標２０２７年完工，可新增旅運量每年４５００萬人次。', 'period')).toEqual([['２０２７年']]);
  });
});
