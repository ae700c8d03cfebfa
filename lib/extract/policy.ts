/**
 * The information table of policy documents on government portals (信息公开 / 政府信息公开目录):
 * 索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期, 有效性. Written as a table (label
 * and value in separate cells or the same cell), a list, or a line of `label：value` pairs; this
 * reads it from the page's block text, so every form reads the same.
 */
import type { PolicyInfo } from '../report';
import { parseChineseDate } from './dates';

type Field = keyof PolicyInfo | 'title' | 'other';

/** Labels, Simplified and Traditional. Order matters where one label contains another. */
const LABELS: [Field, string[]][] = [
  ['indexNumber', ['索引号', '索引號', '信息索引号', '索取号']],
  ['subjectCategory', ['主题分类', '主題分類', '信息分类', '信息分類', '主题类别', '主題類別']],
  ['issuer', ['发文机关', '發文機關', '发布机构', '發布機構', '发文单位', '發文單位', '发布机关', '發布機關', '制发机关', '製發機關']],
  ['documentNumber', ['发文字号', '發文字號', '发文文号', '文号', '文號']],
  ['writtenDate', ['成文日期', '成文时间', '成文時間', '发文日期', '發文日期']],
  ['publishedDate', ['发布日期', '發布日期', '公开日期', '公開日期', '印发日期', '發佈日期']],
  ['validity', ['有效性', '时效性', '時效性', '效力状态', '效力狀態']],
  ['title', ['标题', '標題', '名称', '名稱', '文件名称', '文件名稱']],
  ['other', ['生效日期', '废止日期', '廢止日期', '失效日期', '主题词', '主題詞', '关键词', '關鍵詞', '体裁分类', '體裁分類', '组配分类', '組配分類', '公开方式', '公開方式', '公开范围', '公開範圍', '内容概述', '內容概述', '统一编号', '統一編號', '发布时间', '發布時間']],
];

/** Labels that only policy tables carry (a page's 发布日期 line alone is not a table). */
const STRONG = new Set<Field>(['indexNumber', 'issuer', 'documentNumber', 'writtenDate', 'subjectCategory', 'validity']);

/** A label may be written with spaces between its characters (`索 引 号`). */
const spaced = (label: string) => [...label].join('[ \\t\\u3000]*');
const ALL = LABELS.flatMap(([field, names]) => names.map((name) => ({ field, name })))
  // Longer labels first, so that 发文字号 wins over 文号.
  .sort((a, b) => b.name.length - a.name.length);
const LABEL_RE = new RegExp(`(${ALL.map((l) => spaced(l.name)).join('|')})[ \\t\\u3000]*[:：]?`, 'g');
const FIELD_OF = new Map(ALL.map((l) => [l.name, l.field]));

/**
 * The first three characters of each label (spacing allowed between them; all of a shorter label):
 * a text without any of them holds no label. `LABEL_RE` tries every label at every position,
 * which is slow on the tens of thousands of lines and elements of a large page; this check is not.
 */
function prefixHint(names: readonly string[]): RegExp {
  const prefixes = new Set(names.map((name) => [...name].slice(0, 3).join('')));
  return new RegExp([...prefixes].map(spaced).join('|'));
}
/** Holds the start of some label (without it, `labelsIn` finds nothing). */
const ANY_LABEL_HINT = prefixHint(ALL.map((l) => l.name));
/** Holds the start of some label of a STRONG field (without it, no strong label is found). */
const STRONG_LABEL_HINT = prefixHint(ALL.filter((l) => STRONG.has(l.field)).map((l) => l.name));

function fieldOf(label: string): Field {
  return FIELD_OF.get(label.replace(/[ \t\u3000]/g, '')) ?? 'other';
}

/** The labels present in `text`, by field. */
function labelsIn(text: string): { field: Field; start: number; end: number }[] {
  const out: { field: Field; start: number; end: number }[] = [];
  if (!ANY_LABEL_HINT.test(text)) return out;
  for (const m of text.matchAll(LABEL_RE)) out.push({ field: fieldOf(m[1]!), start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Whether `text` reads like a policy information table: three or more labels, two of them specific. */
export function isPolicyTableText(text: string): boolean {
  if (text.length > 1500 || !STRONG_LABEL_HINT.test(text)) return false;
  const fields = new Set(labelsIn(text).map((l) => l.field));
  let strong = 0;
  for (const f of fields) if (STRONG.has(f)) strong++;
  return fields.size >= 3 && strong >= 2;
}

/** A document number as written: 国办发〔2023〕1号 (bracket forms unified to 〔〕). */
function cleanNumber(value: string): string {
  return value.replace(/[[［【(（]\s*((?:19|20)\d{2})\s*[\]］】)）]/, '〔$1〕').replace(/\s+/g, '');
}

/** The first non-empty line of a value, without separators around it. */
function cleanValue(value: string): string {
  for (const line of value.split('\n')) {
    const v = line.replace(/^[\s:：|｜]+|[\s:：|｜]+$/g, '').replace(/\s+/g, ' ');
    if (v) return v;
  }
  return '';
}

/** Index of the first line with a label of a STRONG field, or −1 (where the information table starts). */
export function firstStrongLine(lines: readonly string[]): number {
  return lines.findIndex((l) => STRONG_LABEL_HINT.test(l) && labelsIn(l).some((x) => STRONG.has(x.field)));
}

/**
 * Reads the information table from the page's text lines (cells separated by tabs, as `blockText`
 * writes them). Returns undefined when the page has none. `first` is `firstStrongLine(lines)`
 * when the caller already has it.
 */
export function readPolicyInfo(lines: readonly string[], first = firstStrongLine(lines)): PolicyInfo | undefined {
  if (first < 0) return undefined;
  // The table: the first labelled line and the labelled (or short, wrapped) lines right after it.
  const window: string[] = [];
  for (let i = first; i < lines.length && window.length < 14; i++) {
    const line = lines[i]!;
    if (!labelsIn(line).length && line.length > 60) break;
    window.push(line);
  }
  const text = window.join('\n');
  if (!isPolicyTableText(text)) return undefined;
  const labels = labelsIn(text);
  const info: PolicyInfo = {};
  labels.forEach((label, i) => {
    const value = cleanValue(text.slice(label.end, labels[i + 1]?.start ?? text.length));
    if (!value || label.field === 'other' || label.field === 'title') return;
    const field = label.field;
    if (info[field]) return;
    if (field === 'writtenDate' || field === 'publishedDate') {
      const date = parseChineseDate(value).slice(0, 10);
      if (date) info[field] = date;
    } else if (field === 'documentNumber') {
      if (value !== '无' && value !== '/') info[field] = cleanNumber(value);
    } else {
      info[field] = value;
    }
  });
  return Object.keys(info).length ? info : undefined;
}

/** The title the information table gives (标题 / 名称), when it has one; `first` as for `readPolicyInfo`. */
export function policyTitle(lines: readonly string[], first = firstStrongLine(lines)): string {
  if (first < 0) return '';
  const window = lines.slice(first, first + 14).join('\n');
  const labels = labelsIn(window);
  const i = labels.findIndex((l) => l.field === 'title');
  if (i < 0) return '';
  return cleanValue(window.slice(labels[i]!.end, labels[i + 1]?.start ?? window.length));
}
