import { describe, expect, it } from 'vitest';
import { isStuffing, shapeOf } from '../../../lib/spam/evidence';

describe('keyword-list shape', () => {
  it('isStuffing answers as shapeOf(text).stuffing does', () => {
    const texts = [
      '澳门新葡京 百家乐 皇冠体育 六合彩 时时彩 北京赛车',
      '澳门新葡京,百家乐,皇冠体育,六合彩 ?',
      '四虎国产在线观看 | 日韩精品 | 欧美激情 !！',
      '区政府召开常务会议，研究部署安全生产工作。会议要求，各部门要压实责任。',
      '首页 新闻 政务公开 办事服务 互动交流。',
      '一 二',
      '2024-01-02 2024-01-03 2024-01-04',
      '',
      'Home | About | Contact; News',
    ];
    for (const text of texts) expect(isStuffing(text), text).toBe(shapeOf(text).stuffing);
    expect(isStuffing('澳门新葡京 百家乐 皇冠体育 六合彩 ?')).toBe(true);
    expect(isStuffing('澳门新葡京 百家乐。皇冠体育 六合彩')).toBe(false);
  });
});
