import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';

const keys = (text: string, title?: string) => findFigures(text, { title }).filter((f) => f.key).map((f) => f.raw);

describe('key figures', () => {
  const text = [
    '记者从市统计局获悉，前三季度全市实现地区生产总值21923.83亿元，同比增长6.1%。',
    '全市新建成社区食堂30个、养老服务站点45个，步行最多5分钟可达。',
    '全市规模以上工业增加值同比增长6.3%，其中汽车产业增长10.2%。',
    '新增学位11520个，新建成3所学校，惠及居民约12万人。',
    '全市一般公共预算收入1669.7亿元，增长16.8%，其中税收收入占比62.2%。',
  ].join('\n');

  it('marks a handful: money, growth and shares first, the lead\'s before the rest, never a walking time', () => {
    const list = keys(text);
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.length).toBeLessThanOrEqual(8);
    expect(list.slice(0, 2)).toEqual(['21923.83亿元', '6.1%']);
    expect(list).toContain('1669.7亿元');
    expect(list).not.toContain('最多5分钟');
    expect(list).not.toContain('3所');
  });

  it('puts the figure the title states among the key figures', () => {
    expect(keys(text)).not.toContain('11520个');
    expect(keys(text, '我市新增学位11520个')).toContain('11520个');
  });

  it('honours a limit and keeps text order', () => {
    const list = findFigures(text, { limit: 2 });
    expect(list.filter((f) => f.key).map((f) => f.raw)).toEqual(['21923.83亿元', '6.1%']);
  });

  it('marks nothing in a text without figures', () => {
    expect(findFigures('二十大精神，第一批项目，“十四五”规划。')).toEqual([]);
  });
});
