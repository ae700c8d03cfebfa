/**
 * Copy formats for figures: one figure as its original text; all figures as TSV (pastes into a
 * spreadsheet), a Markdown table or JSON. Columns: subject, value, unit, qualifier, role, period,
 * original text, sentence, page URL.
 *
 * Text comes in the page's script as the report has it, or in a target script when the caller
 * passes `convert` (the popup's OpenCC converter). Column headers, qualifiers and roles are in
 * the interface language of the labels (`LABELS.zh_CN`, `LABELS.zh_TW`, `LABELS.en`).
 */
import type { Figure } from '../report';
import type { CopyFormat } from '../settings';

/** Words for qualifier and role codes in one interface language. */
export interface Terms {
  approx: string;
  over: string;
  under: string;
  range: string;
  level: string;
  change: string;
  share: string;
  count: string;
  target: string;
}

export interface ColumnLabels {
  subject: string;
  value: string;
  unit: string;
  qualifier: string;
  role: string;
  period: string;
  raw: string;
  sentence: string;
  url: string;
  /** Qualifier and role words; without them the cells hold the codes (`approx`, `change`). */
  terms?: Terms;
}

/** Column headers in the interface language; English keys are the JSON field names. */
export const LABELS: Record<'zh_CN' | 'zh_TW' | 'en', ColumnLabels> = {
  zh_CN: {
    subject: '指标', value: '数值', unit: '单位', qualifier: '限定', role: '类型', period: '时期', raw: '原文', sentence: '句子', url: '网址',
    terms: { approx: '约', over: '超过', under: '不足', range: '区间', level: '总量', change: '变化', share: '占比', count: '数量', target: '目标' },
  },
  zh_TW: {
    subject: '指標', value: '數值', unit: '單位', qualifier: '限定', role: '類型', period: '時期', raw: '原文', sentence: '句子', url: '網址',
    terms: { approx: '約', over: '超過', under: '不足', range: '區間', level: '總量', change: '變化', share: '佔比', count: '數量', target: '目標' },
  },
  en: {
    subject: 'subject', value: 'value', unit: 'unit', qualifier: 'qualifier', role: 'role', period: 'period', raw: 'original text', sentence: 'sentence', url: 'page URL',
  },
};

/** Options shared by the copy formats. */
export interface CopyOptions {
  /** Converts text into the target script (subject, unit, period, original text, sentence). */
  convert?: (text: string) => string;
}

const COLUMNS = ['subject', 'value', 'unit', 'qualifier', 'role', 'period', 'raw', 'sentence', 'url'] as const;
type Column = (typeof COLUMNS)[number];

/** The value as written in a cell: a range as `low–high`, no exponent notation, a fall negative. */
export function formatValue(f: Figure): string {
  const num = (n: number) => (Number.isInteger(n) ? BigInt(Math.round(n)).toString() : String(n));
  return f.value_high !== null ? `${num(f.value)}–${num(f.value_high)}` : num(f.value);
}

function cells(f: Figure, url: string, labels: ColumnLabels, convert: (s: string) => string): Record<Column, string> {
  const term = (code: string | null) => (code === null ? '' : (labels.terms?.[code as keyof Terms] ?? code));
  return {
    subject: convert(f.subject),
    value: formatValue(f),
    unit: convert(f.unit),
    qualifier: term(f.qualifier),
    role: term(f.role),
    period: convert(f.period),
    raw: convert(f.raw),
    sentence: convert(f.sentence),
    url,
  };
}

const same = (s: string) => s;

/** One figure as its original text (in the target script when `convert` is given). */
export function figureToText(f: Figure, options: CopyOptions = {}): string {
  return (options.convert ?? same)(f.raw);
}

/**
 * All figures as tab-separated values with a header row. Tabs and line breaks inside cells become
 * spaces; a text cell starting with = + - @ gets a leading apostrophe so a spreadsheet shows it
 * as text instead of running it as a formula (values stay numbers).
 */
export function figuresToTsv(figures: readonly Figure[], url: string, labels: ColumnLabels = LABELS.zh_CN, options: CopyOptions = {}): string {
  const convert = options.convert ?? same;
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const safe = (c: Column, s: string) => (c !== 'value' && /^[=+\-@]/.test(s) ? `'${s}` : s);
  const rows = [COLUMNS.map((c) => clean(labels[c])), ...figures.map((f) => {
    const row = cells(f, url, labels, convert);
    return COLUMNS.map((c) => safe(c, clean(row[c])));
  })];
  return `${rows.map((r) => r.join('\t')).join('\n')}\n`;
}

/** All figures as a Markdown table (| and \ escaped, line breaks as spaces, values right-aligned). */
export function figuresToMarkdown(figures: readonly Figure[], url: string, labels: ColumnLabels = LABELS.zh_CN, options: CopyOptions = {}): string {
  const convert = options.convert ?? same;
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const head = `| ${COLUMNS.map((c) => esc(labels[c])).join(' | ')} |`;
  const rule = `|${COLUMNS.map((c) => (c === 'value' ? ' ---: ' : ' --- ')).join('|')}|`;
  const body = figures.map((f) => {
    const row = cells(f, url, labels, convert);
    return `| ${COLUMNS.map((c) => esc(row[c])).join(' | ')} |`;
  });
  return `${[head, rule, ...body].join('\n')}\n`;
}

/** All figures as JSON: the page URL and the figure records (their text in the target script when converting). */
export function figuresToJson(figures: readonly Figure[], url: string, options: CopyOptions = {}): string {
  const c = options.convert;
  const list = c ? figures.map((f) => ({ ...f, raw: c(f.raw), unit: c(f.unit), subject: c(f.subject), period: c(f.period), sentence: c(f.sentence) })) : figures;
  return `${JSON.stringify({ url, figures: list }, null, 2)}\n`;
}

/** All figures in the chosen copy format. */
export function formatFigures(format: CopyFormat, figures: readonly Figure[], url: string, labels?: ColumnLabels, options: CopyOptions = {}): string {
  if (format === 'markdown') return figuresToMarkdown(figures, url, labels, options);
  if (format === 'json') return figuresToJson(figures, url, options);
  return figuresToTsv(figures, url, labels, options);
}
