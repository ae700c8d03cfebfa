/**
 * Figures in article text, first version: Arabic numbers (full-width digits and thousands
 * separators included) with a Chinese multiplier (万, 亿) and a unit or measure word, or a
 * percentage. Chinese numerals, subjects and ranking come with the figures issue.
 */
import type { Figure, FigureQualifier, FigureRole } from '../report';

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 万亿: 1e12, 萬億: 1e12 };
const UNITS = [
  '美元', '元', '公里', '平方米', '平方公里', '公顷', '公頃', '亩', '畝', '吨', '噸', '千瓦时', '千瓦時', '千瓦', '标准箱', '標準箱',
  '万人次', '人次', '个', '個', '家', '人', '名', '户', '戶', '所', '项', '項', '班', '辆', '輛', '台', '臺', '套', '次', '座', '条', '條', '余家',
];
const QUALIFIERS: [RegExp, FigureQualifier][] = [
  [/(?:近|约|約|左右)$/, 'approx'],
  [/(?:超过|超過|超|逾|突破|达到|達到)$/, 'over'],
  [/(?:不到|不足)$/, 'under'],
];

const units = UNITS.sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const FIGURE = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)(万亿|萬億|万|萬|亿|億)?(%|余|餘|多)?(${units})?`, 'g');

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const s = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('\n')) + 1;
  const rest = text.slice(end).search(/[。！？\n]/);
  return text.slice(s, rest < 0 ? text.length : end + rest + 1).trim();
}

function roleOf(context: string, unit: string): { role: FigureRole; direction: Figure['direction'] } {
  if (/(?:增长|增長|提高|上升|增加)[^，。；,]{0,4}$/.test(context)) return { role: 'change', direction: 'up' };
  if (/(?:下降|减少|減少|回落)[^，。；,]{0,4}$/.test(context)) return { role: 'change', direction: 'down' };
  if (/(?:占|佔|比重|占比|佔比)[^，。；,]{0,6}$/.test(context)) return { role: 'share', direction: null };
  if (/(?:力争|力爭|目标|目標)[^，。；]{0,10}$/.test(context)) return { role: 'target', direction: null };
  if (unit && !/元|%|公里|米|亩|畝|公顷|公頃|吨|噸|千瓦/.test(unit)) return { role: 'count', direction: null };
  return { role: 'level', direction: null };
}

/** Code-point offset of a UTF-16 index. */
function cp(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** Finds the figures in `text`. Years (2022年) and bare numbers without a unit are left out. */
export function scanFigures(text: string): Figure[] {
  const source = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const figures: Figure[] = [];
  for (const m of source.matchAll(FIGURE)) {
    const [whole, num, mult, mark, unitRaw] = m;
    const index = m.index ?? 0;
    const after = source.slice(index + whole.length, index + whole.length + 1);
    if (!mark && !unitRaw) continue;
    if (/[年月日号號]/.test(after) && !unitRaw) continue;
    if (index > 0 && /[\d.]/.test(source[index - 1]!)) continue;
    const before = source.slice(Math.max(0, index - 12), index);
    const qual = QUALIFIERS.find(([re]) => re.test(before));
    let qualifier: FigureQualifier = qual ? qual[1] : null;
    if (mark === '余' || mark === '餘' || mark === '多') qualifier = 'over';
    const unit = mark === '%' ? '%' : (unitRaw ?? '');
    const value = Number(num!.replace(/,/g, '')) * (mult ? MULTIPLIERS[mult]! : 1);
    const { role, direction } = roleOf(before, unit);
    let start = index;
    const q = qual ? /(?:近|约|約|超过|超過|超|逾|突破|不到|不足)$/.exec(before) : null;
    if (q) start -= q[0].length;
    const end = index + whole.length;
    figures.push({
      raw: text.slice(start, end),
      value,
      value_high: null,
      unit,
      qualifier,
      role,
      direction,
      subject: '',
      period: /((?:19|20)\d{2}年)/.exec(sentenceAround(source, index, end))?.[1] ?? '',
      key: false,
      start: cp(text, start),
      end: cp(text, end),
      sentence: sentenceAround(text, start, end),
    });
  }
  return figures;
}
