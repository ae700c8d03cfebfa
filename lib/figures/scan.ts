/**
 * Finds the figures of a text: each number with its multiplier, unit, qualifier and range,
 * with what is not a figure (dates, ordinals, names, document and phone numbers) left out.
 * Role, subject, period and the key flag are filled in by the modules after it.
 */
import type { FigureQualifier } from '../report';
import { readNumber, type NumberToken } from './numerals';
import { readUnit, unitKind, type UnitKind, isYearUnit } from './units';
import { prefixQualifier, suffixQualifier, rangeConnector } from './qualifiers';
import { maskNonFigures, excludedByContext, ABSTRACT_COUNTED } from './exclusions';

/** A figure as the scanner finds it; indices are UTF-16 indices into the text. */
export interface Draft {
  start: number;
  end: number;
  /** Index where the number itself starts (after a prefix qualifier). */
  numberStart: number;
  value: number;
  value_high: number | null;
  unit: string;
  unitKind: UnitKind | null;
  unit_implied: boolean;
  qualifier: FigureQualifier;
  /** Power of ten written as characters (亿 → 8), for implied units. */
  power: number;
  /** Whether the qualifier was written before the number (超3万, 近3000), so a list can share it. */
  prefixQualified?: boolean;
  /** 翻番 and the like: a change by construction. */
  doubling?: boolean;
}

const NUMERAL_START = /[0-9〇零一二两兩三四五六七八九十百千万萬亿億]/;
const CN_NUMERAL = /[〇零一二两兩三四五六七八九十百千万萬亿億]/;
const CHENG = /成(?![为為立功本果效交熟长長员員都型品就绩績色分果本])/y;
const DOUBLING = /翻(?:了)?([一两兩二三四])?番/g;

function multiplierOnly(tok: NumberToken): boolean {
  return tok.kind === 'chinese' && /^[百千万萬亿億]+$/.test(tok.numeral);
}

interface Piece {
  tok: NumberToken;
  unit: { unit: string; kind: UnitKind; end: number } | null;
  end: number;
}

/** The number at `i` with the unit after it (成 read as tenths: 三成 = 30%). */
function piece(src: string, i: number): Piece | null {
  const tok = readNumber(src, i);
  if (!tok) return null;
  if (tok.kind === 'percent') return { tok, unit: { unit: tok.unit!, kind: 'percent', end: tok.end }, end: tok.end };
  let unit = tok.kind === 'fraction' ? null : readUnit(src, tok.end);
  if (!unit && tok.kind !== 'fraction' && tok.value <= 10) {
    CHENG.lastIndex = tok.end;
    if (CHENG.test(src) && !(tok.numeral === '一' && src.startsWith('成不变', tok.end))) {
      // 三成 = 30%, 三成五 = 35%, 七成半 = 75%.
      const next = src[tok.end + 1] ?? '';
      const tenth = next === '半' ? 5 : /[一二三四五六七八九]/.test(next) && !/[十百千万萬亿億年个個]/.test(src[tok.end + 2] ?? '') ? '一二三四五六七八九'.indexOf(next) + 1 : 0;
      tok.value = Math.round(tok.value * 1000) / 100 + tenth;
      unit = { unit: '%', kind: 'percent', end: tok.end + 1 + (tenth ? 1 : 0) };
    }
  }
  // 分两期建设: phases counted (一期 alone is an ordinal, phase one).
  if (!unit && src[tok.end] === '期' && src[i - 1] === '分') unit = { unit: '期', kind: 'count', end: tok.end + 1 };
  return { tok, unit, end: unit ? unit.end : tok.end };
}

/** Finds the figures of the width-normalised text `src` (roles, subjects and periods not yet filled in). */
export function scanDrafts(src: string): Draft[] {
  const mask = maskNonFigures(src);
  const drafts: Draft[] = [];
  let lastEnd = 0;
  const START = new RegExp(NUMERAL_START, 'g');
  for (let m = START.exec(src); m; m = START.exec(src)) {
    const i = m.index;
    if (i < lastEnd || mask[i]) continue;
    const prev = src[i - 1] ?? '';
    if (/\d/.test(prev) || (/[.,]/.test(prev) && /\d/.test(src[i - 2] ?? ''))) continue;
    if (!/\d/.test(m[0]) && CN_NUMERAL.test(prev)) continue;
    const first = piece(src, i);
    if (!first) continue;
    const { tok } = first;
    // A run of numerals is consumed whole, whether or not it turns out to be a figure.
    START.lastIndex = Math.max(i + 1, tok.end);
    if (excludedByContext(src, i, first.end)) continue;
    let { unit, end } = first;
    let value = tok.value;
    let valueHigh: number | null = null;
    let qualifier: FigureQualifier = tok.over ? 'over' : null;
    let power = tok.power;

    // Range: 3至5万元, 3-5%, 3%—5%.
    const conn = rangeConnector(src, end);
    if (conn && tok.kind !== 'fraction' && /[\d〇零一二两兩三四五六七八九十百千]/.test(src[end + conn] ?? '')) {
      const second = piece(src, end + conn);
      if (second && second.unit && !isYearUnit(second.unit.unit) && (!unit || unit.unit === second.unit.unit) && !mask[end + conn]) {
        let low = value;
        if (!tok.power && second.tok.power && tok.kind === second.tok.kind) low = Number(`${String(value)}e${second.tok.power}`);
        if (low < second.tok.value) {
          value = low;
          valueHigh = second.tok.value;
          qualifier = 'range';
          unit = second.unit;
          end = second.end;
          power = second.tok.power;
          START.lastIndex = Math.max(START.lastIndex, end);
        }
      }
    }
    if (unit && isYearUnit(unit.unit)) continue;
    if (mask[end - 1]) continue;

    const single = tok.kind === 'chinese' && tok.numeral.length === 1;
    if (unit && tok.kind === 'chinese' && tok.numeral === '一' && !tok.over && (unit.kind === 'count' || unit.kind === 'measure' || unit.kind === 'duration' || unit.kind === 'money')) continue;
    if (unit && single && unit.kind === 'count' && ABSTRACT_COUNTED.test(src.slice(end, end + 4))) continue;

    const pre = prefixQualifier(src, i, multiplierOnly(tok));
    const suf = suffixQualifier(src, end);
    if (multiplierOnly(tok) && !pre && !tok.over) continue;
    if (!unit) {
      const indexValue = /指[数數](?:为|為|是|达|達|:)?$/.test(src.slice(Math.max(0, i - 4), i));
      if (tok.kind === 'chinese' && tok.power < 4) continue;
      if (tok.kind === 'arabic' && tok.power < 4 && !indexValue) continue;
      if (/^[年月日号號时時点點届屆期级級]/.test(src.slice(end, end + 1))) continue;
    }
    // Time spans that frame a period are not figures: 近3个月, 连续13个月, 首十個月, 13个月来.
    if (unit?.kind === 'duration' && (/(?:近|过去|過去|未来|未來|今后|今後|最近|连续|連續|此前|之前|首)$/.test(src.slice(Math.max(0, i - 2), i)) || /^(?:来|來|以来|以來)/.test(src.slice(end, end + 2)))) continue;

    let start = i;
    if (tok.kind === 'arabic' && prev === '-' && !/[\dA-Za-z]/.test(src[i - 2] ?? '')) {
      value = -value;
      start = i - 1;
    }
    if (pre && qualifier !== 'range') {
      qualifier = qualifier ?? pre.qualifier;
      start -= pre.length;
    }
    if (suf && qualifier !== 'range') {
      qualifier = qualifier ?? suf.qualifier;
      end += suf.length;
    }
    drafts.push({
      start,
      end,
      numberStart: i,
      value,
      value_high: valueHigh,
      unit: unit?.unit ?? '',
      unitKind: unit?.kind ?? null,
      unit_implied: false,
      qualifier,
      power,
      prefixQualified: !!pre && qualifier === pre.qualifier,
    });
    lastEnd = end;
    START.lastIndex = Math.max(START.lastIndex, end);
  }
  for (const m of src.matchAll(DOUBLING)) {
    if (mask[m.index]) continue;
    const times = m[1] ? ({ 一: 1, 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4 } as Record<string, number>)[m[1]]! : 1;
    drafts.push({ start: m.index, end: m.index + m[0].length, numberStart: m.index, value: 2 ** times, value_high: null, unit: '倍', unitKind: 'multiple', unit_implied: false, qualifier: null, power: 0, doubling: true });
  }
  drafts.sort((a, b) => a.start - b.start);
  impliedUnits(drafts, src);
  return drafts.filter((d, k) => !(k > 0 && d.start < drafts[k - 1]!.end));
}

/**
 * `突破1000億` after `2000億元`: a number with a written multiplier and no unit takes the unit of
 * the nearest figure before it that had both (within a few hundred characters), or of the next
 * figure when they are listed together (`1.2万、3.5万吨`). Marked `unit_implied`.
 */
function impliedUnits(drafts: Draft[], src: string): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.unit || !d.power) continue;
    // 近百万市民: a noun follows, the number counts it; no unit to borrow.
    if (/^[\u4e00-\u9fff]/.test(src.slice(d.end, d.end + 1)) && !/^[、和及与與或]/.test(src.slice(d.end, d.end + 1))) continue;
    const next = drafts[k + 1];
    if (next && next.unit && /^[、和及与與,，\s]*$/.test(src.slice(d.end, next.start))) {
      d.unit = next.unit;
      d.unitKind = next.unitKind;
      d.unit_implied = true;
      continue;
    }
    for (let j = k - 1; j >= 0; j--) {
      const p = drafts[j]!;
      if (d.start - p.end > 400) break;
      if (p.unit && p.power && !p.unit_implied && (p.unitKind === 'money' || p.unitKind === 'measure' || p.unitKind === 'count')) {
        d.unit = p.unit;
        d.unitKind = unitKind(p.unit) ?? p.unitKind;
        d.unit_implied = true;
        break;
      }
    }
  }
}
