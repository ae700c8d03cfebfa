import { describe, expect, it } from 'vitest';
import { cjkNumber, parseNumbering } from '../../../lib/outline/numbering';

describe('parseNumbering', () => {
  it.each([
    ['第一编 总则', 'bian', 1, '总则'],
    ['第二部分 主要任务', 'bufen', 2, '主要任务'],
    ['三.保障措施', 'cjk', 3, '保障措施'],
    ['第十二章　附则', 'zhang', 12, '附则'],
    ['第3章 监督管理', 'zhang', 3, '监督管理'],
    ['第二节 主动公开', 'jie', 2, '主动公开'],
    ['第一百零五条 本条例自公布之日起施行。', 'tiao', 105, '本条例自公布之日起施行。'],
    ['一、总体要求', 'cjk', 1, '总体要求'],
    ['十一、其他事项', 'cjk', 11, '其他事项'],
    ['（三）主要目标', 'paren-cjk', 3, '主要目标'],
    ['(二)基本原则', 'paren-cjk', 2, '基本原则'],
    ['1.健全共享目录', 'arabic', 1, '健全共享目录'],
    ['2、完善平台', 'arabic', 2, '完善平台'],
    ['１０．提高质量', 'arabic', 10, '提高质量'],
    ['（1）企业开办', 'paren-arabic', 1, '企业开办'],
    ['③ 不动产登记', 'circled', 3, '不动产登记'],
  ])('%s → %s %d', (text, family, value, rest) => {
    expect(parseNumbering(text)).toMatchObject({ family, value, rest });
  });

  it.each(['1.5亿元的投资', '2023年1月9日', '一是加强领导', '第一条例外', '第一编辑部', '10点整', '一年来的变化', 'A.附录'])('%s is not a section number', (text) => {
    expect(parseNumbering(text)).toBeNull();
  });

  it('keeps the marker as written, so that marker + rest is the line', () => {
    const n = parseNumbering('（一）　指导思想')!;
    expect(n.marker + n.rest).toBe('（一）　指导思想');
  });
});

describe('cjkNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['一百零五', 105],
    ['两', 2],
    ['42', 42],
  ])('%s = %d', (text, n) => expect(cjkNumber(text)).toBe(n));

  it('is NaN for words', () => expect(cjkNumber('总则')).toBeNaN());
});
