/**
 * Copy formats for figures: one figure as its original text; all figures as TSV (pastes into a
 * spreadsheet), a Markdown table or JSON. Columns: subject, value, unit, qualifier, role, period,
 * original text, sentence, page URL.
 */
import type { Figure } from '../report';
import type { CopyFormat } from '../settings';

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
}

/** Column headers in the interface language; English keys are the JSON field names. */
export const LABELS: Record<'zh_CN' | 'zh_TW' | 'en', ColumnLabels> = {
  zh_CN: { subject: '指标', value: '数值', unit: '单位', qualifier: '限定', role: '类型', period: '时期', raw: '原文', sentence: '句子', url: '网址' },
  zh_TW: { subject: '指標', value: '數值', unit: '單位', qualifier: '限定', role: '類型', period: '時期', raw: '原文', sentence: '句子', url: '網址' },
  en: { subject: 'subject', value: 'value', unit: 'unit', qualifier: 'qualifier', role: 'role', period: 'period', raw: 'original text', sentence: 'sentence', url: 'page URL' },
};

const COLUMNS = ['subject', 'value', 'unit', 'qualifier', 'role', 'period', 'raw', 'sentence', 'url'] as const;

/** The value as written in a cell: a range as `low–high`, no exponent notation. */
export function formatValue(f: Figure): string {
  const num = (n: number) => (Number.isInteger(n) ? BigInt(Math.round(n)).toString() : String(n));
  return f.value_high !== null ? `${num(f.value)}–${num(f.value_high)}` : num(f.value);
}

function cells(f: Figure, url: string): Record<(typeof COLUMNS)[number], string> {
  return {
    subject: f.subject,
    value: formatValue(f),
    unit: f.unit,
    qualifier: f.qualifier ?? '',
    role: f.role,
    period: f.period,
    raw: f.raw,
    sentence: f.sentence,
    url,
  };
}

/** One figure as its original text. */
export function figureToText(f: Figure): string {
  return f.raw;
}

/** All figures as tab-separated values with a header row (tabs and line breaks inside cells become spaces). */
export function figuresToTsv(figures: readonly Figure[], url: string, labels: ColumnLabels = LABELS.zh_CN): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const rows = [COLUMNS.map((c) => labels[c]), ...figures.map((f) => COLUMNS.map((c) => cells(f, url)[c]))];
  return `${rows.map((r) => r.map(clean).join('\t')).join('\n')}\n`;
}

/** All figures as a Markdown table. */
export function figuresToMarkdown(figures: readonly Figure[], url: string, labels: ColumnLabels = LABELS.zh_CN): string {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const head = `| ${COLUMNS.map((c) => esc(labels[c])).join(' | ')} |`;
  const rule = `|${COLUMNS.map((c) => (c === 'value' ? ' ---: ' : ' --- ')).join('|')}|`;
  const body = figures.map((f) => `| ${COLUMNS.map((c) => esc(cells(f, url)[c])).join(' | ')} |`);
  return `${[head, rule, ...body].join('\n')}\n`;
}

/** All figures as JSON: the figure records plus the page URL. */
export function figuresToJson(figures: readonly Figure[], url: string): string {
  return `${JSON.stringify({ url, figures }, null, 2)}\n`;
}

/** All figures in the chosen copy format. */
export function formatFigures(format: CopyFormat, figures: readonly Figure[], url: string, labels?: ColumnLabels): string {
  if (format === 'markdown') return figuresToMarkdown(figures, url, labels);
  if (format === 'json') return figuresToJson(figures, url);
  return figuresToTsv(figures, url, labels);
}
