import { describe, expect, it } from 'vitest';
import { isPolicyTableText, policyTitle, readPolicyInfo } from '../../../lib/extract/policy';

describe('readPolicyInfo', () => {
  it('reads a TRS table with labels and values in separate cells', () => {
    const lines = [
      '当前位置：首页 > 政策文件',
      '索引号：\t000014349/2023-00005\t主题分类：\t综合政务\\其他',
      '发文机关：\t国务院办公厅\t成文日期：\t2023年01月10日',
      '标　　题：\t国务院办公厅关于做好2023年春节期间有关工作的通知',
      '发文字号：\t国办发［2023］1号\t发布日期：\t2023年01月17日',
      '有 效 性：\t有效',
      '国务院办公厅关于做好2023年春节期间有关工作的通知',
    ];
    expect(readPolicyInfo(lines)).toEqual({
      indexNumber: '000014349/2023-00005',
      subjectCategory: '综合政务\\其他',
      issuer: '国务院办公厅',
      writtenDate: '2023-01-10',
      documentNumber: '国办发〔2023〕1号',
      publishedDate: '2023-01-17',
      validity: '有效',
    });
    expect(policyTitle(lines)).toBe('国务院办公厅关于做好2023年春节期间有关工作的通知');
  });

  it('reads labels and values in one cell, one line per field, Traditional labels', () => {
    expect(readPolicyInfo(['索引號：A01-2023-0012', '發文機關：臺北市政府', '發文字號：府授法字第1120012345號', '成文日期：2023-02-01'])).toEqual({
      indexNumber: 'A01-2023-0012',
      issuer: '臺北市政府',
      documentNumber: '府授法字第1120012345號',
      writtenDate: '2023-02-01',
    });
    expect(readPolicyInfo(['信息索引号：11330000002482149P/2023-12345 发布机构：省发展改革委 文号：浙发改规划〔2023〕8号 成文日期：2023-04-02'])).toMatchObject({
      indexNumber: '11330000002482149P/2023-12345',
      issuer: '省发展改革委',
      documentNumber: '浙发改规划〔2023〕8号',
    });
  });

  it('reads 发文日期 as the date the document was written', () => {
    const lines = ['索引号\t000014349/2024-00087\t主题分类\t科技、教育', '发布机构\t南湖市人民政府办公厅\t发文日期\t2024年03月08日', '文号\t南府办发〔2024〕6号\t发布日期\t2024年03月11日'];
    expect(readPolicyInfo(lines)).toEqual({
      indexNumber: '000014349/2024-00087',
      subjectCategory: '科技、教育',
      issuer: '南湖市人民政府办公厅',
      writtenDate: '2024-03-08',
      documentNumber: '南府办发〔2024〕6号',
      publishedDate: '2024-03-11',
    });
  });

  it('is absent on pages without an information table', () => {
    expect(readPolicyInfo(['发布日期：2023-01-17 来源：市政府办公室', '正文第一段。'])).toBeUndefined();
    expect(isPolicyTableText('发布日期：2023-01-17 来源：市政府办公室')).toBe(false);
    expect(isPolicyTableText('索引号：123 发文机关：某某市人民政府 成文日期：2023-01-01')).toBe(true);
  });

  it('finds labels written with spaces, tabs or ideographic spaces between their characters', () => {
    expect(isPolicyTableText('索\t引\u3000号：123 发 文 机 关：某某市人民政府 成\u3000文\u3000日\u3000期：2023-01-01')).toBe(true);
    expect(readPolicyInfo(['索 引 号：\t11500000MB1234567X/2023-00001', '发 文 字 号：\t渝府发〔2023〕1号', '成 文 日 期：\t2023-01-05'])).toEqual({
      indexNumber: '11500000MB1234567X/2023-00001',
      documentNumber: '渝府发〔2023〕1号',
      writtenDate: '2023-01-05',
    });
    // Lines with no label's first two characters are passed over quickly and find nothing.
    expect(readPolicyInfo(Array.from({ length: 1000 }, () => '区政府坚持把优化营商环境作为“一把手”工程。'))).toBeUndefined();
  });
});
