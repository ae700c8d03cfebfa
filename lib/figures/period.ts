/**
 * The period a figure refers to (2022年, 一季度, 2022年1—11月, 今年上半年): the last period
 * named before it in its sentence, else the one carried from the sentence before when that one
 * runs on (ends with ；，：), as list items after `2022年，…：` do.
 */
import type { Draft } from './scan';
import type { Place } from './context';

const PERIOD = new RegExp(
  [
    '(?:(?:19|20)\\d{2}|今|去|明|上|当|當)年(?:度)?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|前[一二三四五六七八九十\\d]{1,2}[个個]?月|\\d{1,2}(?:[-—–~至到]\\d{1,2})?月(?:份)?|年底|年末|底|末)?',
    '第?[一二三四1-4]季度|上半年|下半年|前三季度|前[一二三四五六七八九十\\d]{1,2}[个個]月|\\d{1,2}[-—–~至]\\d{1,2}月',
    '(?:近|过去|過去|未来|未來|今后|今後)[一二三四五六七八九十\\d]{1,2}年',
  ].join('|'),
  'g',
);

/** Period of every draft ('' when none is named). */
export function assignPeriods(src: string, drafts: Draft[], places: Place[]): string[] {
  const cache = new Map<number, string>();
  const periodOfSentence = (start: number, upTo: number, depth: number): string => {
    let last = '';
    const text = src.slice(start, upTo);
    for (const m of text.matchAll(PERIOD)) {
      // Part of a longer number or of a date (2023年1月17日 names a day, not a period).
      if (/\d/.test(text[m.index - 1] ?? '')) continue;
      last = m[0];
      if (/^\d{1,2}日/.test(text.slice(m.index + m[0].length)) && /\d月$/.test(last)) last = last.replace(/\d{1,2}月$/, '');
    }
    if (last || depth > 6 || start === 0) return last;
    // Runs on from the sentence before when that one ended with ；，： (a list introduced by 2022年，…).
    const prevEnd = start - 1;
    if (!/[；;，,：:]\s*$/.test(src.slice(Math.max(0, prevEnd - 2), prevEnd))) return '';
    let s = prevEnd - 1;
    while (s > 0 && src[s - 1] !== '\n' && !/[。！？!?]/.test(src[s - 1]!)) s--;
    if (cache.has(s)) return cache.get(s)!;
    const p = periodOfSentence(s, prevEnd, depth + 1);
    cache.set(s, p);
    return p;
  };
  return drafts.map((d, k) => periodOfSentence(places[k]!.sentStart, d.numberStart, 0));
}
