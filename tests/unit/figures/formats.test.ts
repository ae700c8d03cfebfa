import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/report';
import { LABELS, figureToText, figuresToJson, figuresToMarkdown, figuresToTsv, formatFigures, formatValue } from '../../../lib/figures/formats';
import { findFigures } from '../../../lib/figures';

const URL = 'https://www.liangjiang.gov.cn/fanti/zmq/202301/t20230117_11500388.html';

const figures: Figure[] = [
  {
    raw: '369.7億元', value: 36970000000, value_high: null, unit: '元', qualifier: null, role: 'level', direction: null,
    subject: '總投資', period: '2023年', key: true, start: 30, end: 37, sentence: '17個項目、總投資達369.7億元;',
  },
  {
    raw: '下降3.4%', value: -3.4, value_high: null, unit: '%', qualifier: null, role: 'change', direction: 'down',
    subject: '電子產業', period: '前三季度', key: false, start: 50, end: 56, sentence: '電子產業下降3.4%。',
  },
  {
    raw: '3至5万元', value: 30000, value_high: 50000, unit: '元', qualifier: 'range', role: 'target', direction: null,
    subject: '=补贴|上限', period: '', key: false, start: 70, end: 75, sentence: '每户补贴\t3至5万元\n。',
  },
];

describe('copy formats', () => {
  it('formats values without exponents, ranges with an en dash, falls negative', () => {
    expect(figures.map(formatValue)).toEqual(['36970000000', '-3.4', '30000–50000']);
    expect(formatValue({ ...figures[0]!, value: 1.2e21 })).toBe('1200000000000000000000');
  });

  it('copies one figure as its original text, converted when asked', () => {
    expect(figureToText(figures[0]!)).toBe('369.7億元');
    expect(figureToText(figures[0]!, { convert: (s) => s.replace('億', '亿') })).toBe('369.7亿元');
  });

  it('writes TSV with a header, words for qualifiers and roles, formula-safe text cells', () => {
    expect(figuresToTsv(figures, URL)).toBe(
      [
        '指标\t数值\t单位\t限定\t类型\t时期\t原文\t句子\t网址',
        `總投資\t36970000000\t元\t\t总量\t2023年\t369.7億元\t17個項目、總投資達369.7億元;\t${URL}`,
        `電子產業\t-3.4\t%\t\t变化\t前三季度\t下降3.4%\t電子產業下降3.4%。\t${URL}`,
        `'=补贴|上限\t30000–50000\t元\t区间\t目标\t\t3至5万元\t每户补贴 3至5万元 。\t${URL}`,
        '',
      ].join('\n'),
    );
  });

  it('writes the labels and words of the interface language (zh_TW, en)', () => {
    expect(figuresToTsv(figures.slice(0, 1), URL, LABELS.zh_TW).split('\n')[0]).toBe('指標\t數值\t單位\t限定\t類型\t時期\t原文\t句子\t網址');
    expect(figuresToTsv(figures.slice(2), URL, LABELS.zh_TW).split('\n')[1]).toContain('\t元\t區間\t目標\t');
    expect(figuresToTsv(figures.slice(2), URL, LABELS.en).split('\n')).toEqual([
      'subject\tvalue\tunit\tqualifier\trole\tperiod\toriginal text\tsentence\tpage URL',
      `'=补贴|上限\t30000–50000\t元\trange\ttarget\t\t3至5万元\t每户补贴 3至5万元 。\t${URL}`,
      '',
    ]);
  });

  it('converts the text cells into the target script, not the numbers or the URL', () => {
    const toCn = (s: string) => s.replace(/億/g, '亿').replace(/總/g, '总').replace(/資/g, '资').replace(/個/g, '个').replace(/項/g, '项').replace(/達/g, '达');
    expect(figuresToTsv(figures.slice(0, 1), URL, LABELS.zh_CN, { convert: toCn }).split('\n')[1]).toBe(
      `总投资\t36970000000\t元\t\t总量\t2023年\t369.7亿元\t17个项目、总投资达369.7亿元;\t${URL}`,
    );
    const json = JSON.parse(figuresToJson(figures.slice(0, 1), URL, { convert: toCn })) as { figures: Figure[] };
    expect(json.figures[0]).toMatchObject({ raw: '369.7亿元', subject: '总投资', value: 36970000000, start: 30 });
  });

  it('writes a Markdown table with | escaped and values right-aligned', () => {
    expect(figuresToMarkdown(figures.slice(1), URL)).toBe(
      [
        '| 指标 | 数值 | 单位 | 限定 | 类型 | 时期 | 原文 | 句子 | 网址 |',
        '| --- | ---: | --- | --- | --- | --- | --- | --- | --- |',
        `| 電子產業 | -3.4 | % |  | 变化 | 前三季度 | 下降3.4% | 電子產業下降3.4%。 | ${URL} |`,
        `| =补贴\\|上限 | 30000–50000 | 元 | 区间 | 目标 |  | 3至5万元 | 每户补贴\t3至5万元 。 | ${URL} |`,
        '',
      ].join('\n'),
    );
  });

  it('writes JSON with the URL and the records as they are', () => {
    expect(JSON.parse(figuresToJson(figures, URL))).toEqual({ url: URL, figures });
    expect(figuresToJson([], URL)).toBe(`{\n  "url": "${URL}",\n  "figures": []\n}\n`);
  });

  it('picks the format from the setting', () => {
    expect(formatFigures('tsv', figures, URL)).toBe(figuresToTsv(figures, URL));
    expect(formatFigures('markdown', figures, URL, LABELS.en)).toBe(figuresToMarkdown(figures, URL, LABELS.en));
    expect(formatFigures('json', figures, URL)).toBe(figuresToJson(figures, URL));
  });

  it('copies what the extractor finds in the page text', () => {
    const found = findFigures('2022年，兩江新區新能源汽車整車產值增長502%，占全市62%。');
    expect(figuresToTsv(found, URL).split('\n').slice(1, 3)).toEqual([
      `新能源汽車整車產值\t502\t%\t\t变化\t2022年\t502%\t2022年，兩江新區新能源汽車整車產值增長502%，占全市62%。\t${URL}`,
      `新能源汽車整車產值\t62\t%\t\t占比\t2022年\t62%\t2022年，兩江新區新能源汽車整車產值增長502%，占全市62%。\t${URL}`,
    ]);
  });
});
