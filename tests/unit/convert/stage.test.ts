/** The report in the target script: the pipeline's convert stage and the content script's path. */
import { describe, expect, it } from 'vitest';
import { analyze, emptyReport } from '../../../lib/pipeline';
import { loadConverter } from '../../../lib/convert/converter';
import { blocksConverter, reportBlocks, withConvertedBlocks } from '../../../lib/convert/stage';
import { loadFixture } from '../../helpers/fixtures';
import type { Figure, Report } from '../../../lib/report';

function figure(text: string, raw: string, extra: Partial<Figure> = {}): Figure {
  const cps = [...text];
  const rawCps = [...raw];
  let start = -1;
  for (let i = 0; i + rawCps.length <= cps.length; i++) if (cps.slice(i, i + rawCps.length).join('') === raw) {
    start = i;
    break;
  }
  return { raw, value: 0, value_high: null, unit: '', qualifier: null, role: 'level', direction: null, subject: '', period: '', key: true, start, end: start + rawCps.length, sentence: '', ...extra };
}

const cpSlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('report conversion', () => {
  it('gives the seed page report in Traditional, repaired, with figure offsets into the converted text', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    try {
      const converter = await loadConverter('tw');
      const report = analyze(page.document, { url: page.expected.url, window: page.window, converter });
      expect(report.stages.find((s) => s.stage === 'convert')?.status).toBe('ok');
      expect(report.conversion).toEqual({ from: report.script, to: 'tw' });
      expect(report.title).toContain('更好發揮引領示範作用');
      expect(report.text).toContain('血液淨化技術股份有限公司首次公開發行股票並在科創板上市');
      expect(report.text).not.toMatch(/示范|位于|并在/);
      expect(report.figures.length).toBeGreaterThan(0);
      for (const f of report.figures) expect(cpSlice(report.text, f.start, f.end)).toBe(f.raw);
    } finally {
      page.close();
    }
  });

  it('keeps figure offsets exact when the conversion changes lengths (Taiwan vocabulary)', async () => {
    const text = '全市内存条产量增长12.5%，软件收入达369.7亿元。\n信息服务业占比达60%';
    const report: Report = {
      ...emptyReport('https://example.gov.cn/a.html'),
      script: 'hans',
      title: '内存和软件产业',
      text,
      headings: [{ level: 1, text: '信息产业', anchor: 'h1' }],
      figures: [figure(text, '12.5%', { unit: '%', subject: '内存条产量' }), figure(text, '369.7亿元', { unit: '元', subject: '软件收入' }), figure(text, '60%', { subject: '信息服务业' })],
    };
    const converter = await loadConverter('twp');
    const out = withConvertedBlocks(report, blocksConverter(converter)(reportBlocks(report)), 'twp');
    expect(out.title).toBe('記憶體和軟體產業');
    expect(out.text).toBe('全市記憶體模組產量增長12.5%，軟體收入達369.7億元。\n資訊服務業佔比達60%');
    expect(out.headings[0]!.text).toBe('資訊產業');
    expect(out.figures.map((f) => f.raw)).toEqual(['12.5%', '369.7億元', '60%']);
    for (const f of out.figures) expect(cpSlice(out.text, f.start, f.end)).toBe(f.raw);
    expect(out.figures[0]!.subject).toBe('記憶體模組產量');
    expect(out.conversion).toEqual({ from: 'hans', to: 'twp' });
    // The input report is left as it was.
    expect(report.text).toBe(text);
  });
  it('keeps figure offsets exact over many lines, with characters outside the BMP before and between figures', async () => {
    // 𠮷 (U+20BB7) and 😀 are two UTF-16 units each but one code point: offsets are in code points.
    const lines = ['𠮷野家门店增长5%', '没有数字的一行', '软件收入达369.7亿元😀，内存条增长8%', '', '信息服务业占比达60%，共12项'];
    const text = lines.join('\n');
    const raws = ['5%', '369.7亿元', '8%', '60%', '12项'];
    const report: Report = { ...emptyReport('https://example.gov.cn/b.html'), script: 'hans', text, figures: raws.map((raw) => figure(text, raw)) };
    expect(report.figures.every((f) => f.start >= 0)).toBe(true);
    // Every line is one block, split where figures start and end.
    const blocks = reportBlocks(report).slice(6, 6 + lines.length);
    expect(blocks).toEqual([['𠮷野家门店增长', '5%'], ['没有数字的一行'], ['软件收入达', '369.7亿元', '😀，内存条增长', '8%'], [''], ['信息服务业占比达', '60%', '，共', '12项']]);
    const converter = await loadConverter('twp');
    const out = withConvertedBlocks(report, blocksConverter(converter)(reportBlocks(report)), 'twp');
    expect(out.text).toBe('𠮷野家門店增長5%\n沒有數字的一行\n軟體收入達369.7億元😀，記憶體模組增長8%\n\n資訊服務業佔比達60%，共12項');
    expect(out.figures.map((f) => f.raw)).toEqual(['5%', '369.7億元', '8%', '60%', '12項']);
    for (const f of out.figures) expect(cpSlice(out.text, f.start, f.end)).toBe(f.raw);
    // Without characters outside the BMP, code points and UTF-16 indices are the same.
    const plain = text.replace('𠮷', '吉').replace('😀', '');
    const plainReport: Report = { ...report, text: plain, figures: raws.map((raw) => figure(plain, raw)) };
    const plainOut = withConvertedBlocks(plainReport, blocksConverter(converter)(reportBlocks(plainReport)), 'twp');
    for (const f of plainOut.figures) expect(plainOut.text.slice(f.start, f.end)).toBe(f.raw);
    expect(plainOut.figures.map((f) => f.raw)).toEqual(['5%', '369.7億元', '8%', '60%', '12項']);
  });
});
