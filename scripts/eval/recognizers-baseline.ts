/**
 * The baseline: Microsoft Recognizers-Text (zh-cn), as a development-only dependency. Numbers,
 * currencies, percentages and dimensions are merged (a unit-bearing result wins over a bare
 * number it overlaps) and mapped to figure records. The unit is taken generously from the
 * matched text (369.7億元 → 元); the recogniser has no qualifier, role or subject.
 */
import * as Recognizers from '@microsoft/recognizers-text-suite';
import type { Figure } from '../../lib/report';
import type { Predicted } from './figure-score';

interface Result {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution?: { value?: string; unit?: string };
}

const numberOf = (s: string | undefined) => {
  const n = Number(String(s ?? '').replace(/[%,]/g, ''));
  return Number.isFinite(n) ? n : NaN;
};

/** Figures of `text` as Recognizers-Text finds them. */
export function baselineFigures(text: string): Predicted[] {
  const c = Recognizers.Culture.Chinese;
  const withUnit = [
    ...Recognizers.recognizeCurrency(text, c),
    ...Recognizers.recognizePercentage(text, c),
    ...Recognizers.recognizeDimension(text, c),
  ] as Result[];
  const numbers = (Recognizers.recognizeNumber(text, c) as Result[]).filter((n) => !withUnit.some((u) => n.start <= u.end && u.start <= n.end));
  const all = [...withUnit, ...numbers].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Predicted[] = [];
  const cp = (i: number) => [...text.slice(0, i)].length;
  let lastEnd = -1;
  for (const r of all) {
    if (r.start <= lastEnd) continue;
    lastEnd = r.end;
    const raw = text.slice(r.start, r.end + 1);
    const isPercent = r.typeName.includes('percentage');
    const isNumber = r.typeName.startsWith('number');
    const unit = isPercent ? '%' : isNumber ? '' : raw.replace(/^[\d.,０-９〇零一二两兩三四五六七八九十百千万萬亿億兆点點]+/, '');
    const value = numberOf(r.resolution?.value);
    if (Number.isNaN(value)) continue;
    const f: Predicted = {
      raw,
      value,
      value_high: null,
      unit,
      qualifier: null,
      role: 'level' as Figure['role'],
      direction: null,
      subject: '',
      period: '',
      key: false,
      start: cp(r.start),
      end: cp(r.end + 1),
    };
    out.push(f);
  }
  return out;
}
