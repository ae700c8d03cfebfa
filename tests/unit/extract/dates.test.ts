import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeIsoTime, parseChineseDate } from '../../../lib/extract/dates';

describe('parseChineseDate', () => {
  it('reads the written forms of a date, with a time when one follows', () => {
    expect(parseChineseDate('发布时间：2023-01-17 15:06')).toBe('2023-01-17T15:06:00+08:00');
    expect(parseChineseDate('2023年1月17日 15时06分')).toBe('2023-01-17T15:06:00+08:00');
    expect(parseChineseDate('2023/1/7')).toBe('2023-01-07');
    expect(parseChineseDate('2023.01.17 15:06:32')).toBe('2023-01-17T15:06:32+08:00');
    expect(parseChineseDate('2023年6月5日 星期一 14:32')).toBe('2023-06-05T14:32:00+08:00');
  });

  it('converts Minguo years (Taiwan) and reads Xinhua datelines split over spans', () => {
    expect(parseChineseDate('發布日期：112-05-11')).toBe('2023-05-11');
    expect(parseChineseDate('中華民國112年5月11日')).toBe('2023-05-11');
    expect(parseChineseDate('2023 06/20 21:17:35')).toBe('2023-06-20T21:17:35+08:00');
    // The spans followed by the source, or with nothing between them.
    expect(parseChineseDate('2024 05/17 10:26:43 来源：新华网')).toBe('2024-05-17T10:26:43+08:00');
    expect(parseChineseDate('202405/1710:26:43来源：新华网')).toBe('2024-05-17T10:26:43+08:00');
    expect(parseChineseDate('202405/17')).toBe('2024-05-17');
    expect(parseChineseDate('2024051710')).toBe('');
  });

  it('rejects impossible dates and text without one', () => {
    expect(parseChineseDate('2023-13-01')).toBe('');
    expect(parseChineseDate('电话：0571-86001234')).toBe('');
    expect(parseChineseDate('共有12个项目')).toBe('');
  });
});

describe('normalizeIsoTime and dateFromUrl', () => {
  it('keeps a written zone and treats a time without zone as page-local', () => {
    expect(normalizeIsoTime('2022-02-06T12:48:06Z')).toBe('2022-02-06T12:48:06+00:00');
    expect(normalizeIsoTime('2023-05-12T05:32:00+0800')).toBe('2023-05-12T05:32:00+08:00');
    expect(normalizeIsoTime('2023-03-10 16:45')).toBe('2023-03-10T16:45:00+08:00');
    // gov.cn's firstpublishedtime.
    expect(normalizeIsoTime('2023-03-24-15:30:00')).toBe('2023-03-24T15:30:00+08:00');
    expect(normalizeIsoTime('')).toBe('');
  });

  it('finds the date of CMS URLs', () => {
    expect(dateFromUrl('https://www.example.gov.cn/zwgk/202301/t20230117_11500388.html')).toBe('2023-01-17');
    expect(dateFromUrl('http://www.news.cn/2023-06/20/c_1129706543.htm')).toBe('2023-06-20');
    expect(dateFromUrl('https://example.com/about.html')).toBe('');
  });
});
