import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { cleanByline, readLineMetadata } from '../../../lib/extract/metadata';

const doc = (head = '', title = '标题_栏目_某某网') => parseHtml(`<html><head><title>${title}</title>${head}</head><body></body></html>`).document;

describe('readLineMetadata', () => {
  it('reads source, time, author and editor from the lines under the title', () => {
    const lines = ['首页 > 新闻', '某某市召开工作会议', '发布时间：2023-03-29 08:30　来源：某某日报　作者：陈静 李航　浏览次数：2317', '正文。', '【责任编辑：王芳】'];
    expect(readLineMetadata(doc(), '', lines, 1)).toEqual({ source: '某某日报', publishedTime: '2023-03-29T08:30:00+08:00', author: '陈静 李航', editor: '王芳', siteName: '' });
  });

  it('finds labels far from the title among thousands of lines, and a 文： byline at a line start', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `第${i}段正文，没有任何标注。`);
    const lines = ['某某市召开工作会议', '2023-03-29', ...body, '文：陈静', '编辑：王芳'];
    expect(readLineMetadata(doc(), '', lines, 0)).toMatchObject({ author: '陈静', editor: '王芳', source: '' });
    expect(readLineMetadata(doc(), '', ['某某市召开工作会议', ...body], 0)).toMatchObject({ author: '', editor: '', source: '' });
  });

  it('reads labels with the lines joined by the caller, also behind a zero-width space', () => {
    const lines = ['某某市召开工作会议', '来源\u200b：某某日报', '作者：陈静', '正文。'];
    let joins = 0;
    const join = () => (joins++, lines.join('\n'));
    expect(readLineMetadata(doc(), '', lines, 0, join)).toMatchObject({ source: '某某日报', author: '陈静' });
    expect(joins).toBe(1);
  });

  it('reads Traditional labels, reporter datelines and (责编：…)', () => {
    const lines = ['標題', '發布時間：2023/06/05 14:32 來源：中央社', '【本報訊】（記者 陳家豪）政府今日公布新一輪資助安排，每家企業的累計資助上限由700萬元提高至800萬元，協助中小企拓展市場。', '(责编：张三、李四)'];
    const m = readLineMetadata(doc(), '', lines, 0);
    expect(m).toMatchObject({ source: '中央社', publishedTime: '2023-06-05T14:32:00+08:00', author: '陳家豪', editor: '张三、李四' });
  });

  it('does not take the date a document was signed (成文日期) for its publication', () => {
    const lines = ['发文机关：\t某某省人民政府办公厅\t成文日期：\t2023年03月08日', '发文字号：\t某政办发〔2023〕12号\t发布日期：\t2023年03月10日'];
    expect(readLineMetadata(doc(), '', lines).publishedTime).toBe('2023-03-10');
  });

  it('does not take 发文日期 (the date a document was issued) for its publication either', () => {
    const lines = ['发布机构\t南湖市人民政府办公厅\t发文日期\t2024年03月08日', '文号\t南府办发〔2024〕6号\t发布日期\t2024年03月11日'];
    expect(readLineMetadata(doc(), '', lines).publishedTime).toBe('2024-03-11');
  });

  it('takes the time printed on the line after a dateline', () => {
    const lines = ['標題', '正文。', '2023年10月12日（星期四）', '香港時間15時30分'];
    expect(readLineMetadata(doc(), '', lines, 0).publishedTime).toBe('2023-10-12T15:30:00+08:00');
    expect(readLineMetadata(doc(), '', ['2023年10月12日', '下午3:30']).publishedTime).toBe('2023-10-12T15:30:00+08:00');
    expect(readLineMetadata(doc(), '', ['2023年10月12日', '共30:00人']).publishedTime).toBe('2023-10-12');
  });

  it('borrows the time of gov.cn\'s firstpublishedtime for a bare date', () => {
    const head = '<meta name="firstpublishedtime" content="2023-03-24-15:30:00">';
    expect(readLineMetadata(doc(head), '', ['发布日期：\t2023年03月24日']).publishedTime).toBe('2023-03-24T15:30:00+08:00');
  });

  it('falls back to <meta> fields, borrows their time for a bare date, then to the URL', () => {
    const head = '<meta name="PubDate" content="2023-03-10 16:45"><meta name="ContentSource" content="省政府办公厅"><meta name="SiteName" content="某某省人民政府门户网站">';
    expect(readLineMetadata(doc(head), '', ['发布日期：2023-03-10'])).toMatchObject({ publishedTime: '2023-03-10T16:45:00+08:00', source: '省政府办公厅', siteName: '某某省人民政府门户网站' });
    expect(readLineMetadata(doc(), 'https://www.example.gov.cn/xw/202301/t20230117_1.html', ['正文没有日期。']).publishedTime).toBe('2023-01-17');
  });

  it('cuts a source at the first space (a widget or a date follows it)', () => {
    expect(readLineMetadata(doc(), '', ['2023年05月12日05:32 来源：人民日报 客户端']).source).toBe('人民日报');
  });

  it('drops the carrying site before the outlet (人民网－人民日报)', () => {
    expect(readLineMetadata(doc(), '', ['2023年09月18日08:12 | 来源：人民网－人民日报']).source).toBe('人民日报');
    expect(readLineMetadata(doc(), '', ['来源：中国经济网-经济日报']).source).toBe('经济日报');
    expect(readLineMetadata(doc(), '', ['来源：人民网']).source).toBe('人民网');
  });
});

describe('cleanByline', () => {
  it('strips labels and refuses widgets and the site name', () => {
    expect(cleanByline('记者 周晓宁')).toBe('周晓宁');
    expect(cleanByline('By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('股市行情 总篇数919篇')).toBe('');
    expect(cleanByline('网易', doc('', '姚明对周琦说了啥_网易体育'))).toBe('');
  });
});
