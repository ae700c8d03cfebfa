/**
 * The period a figure refers to (2022年, 前三季度, 2022年1—11月, 今年上半年, 上年同期): the last
 * period named before it in its sentence — not one it is compared with (比上年, 较2019年同期) —
 * else one that opens a clause earlier in the same paragraph (`9月份，…`), else the one carried
 * from the sentence before when that one runs on (ends with ；，：), as list items after
 * `2022年，…：` do, else the one opening a clause in the lead paragraph (`前三季度，`), which
 * governs the article. Returned as written in the text.
 */
import type { Draft } from './scan';
import type { Place } from './context';

const CN = '[〇○零一二三四五六七八九]';
const PERIOD = new RegExp(
  [
    `(?:(?:19|20)\\d{2}|${CN}{4}|今|去|明|上|当|當)年(?:度)?(?:第?[一二三四1-4]季度?|上半年|下半年|前三季度|前[一二三四五六七八九十\\d]{1,2}[个個]?月|\\d{1,2}(?:[-—–~至到]\\d{1,2})?月(?:份|底|末)?|[一二三四五六七八九十]{1,2}月(?:份|底|末)?|首[一二三四五六七八九十\\d]{1,2}[个個]月|年中|年底|年末|底|末|全年|同期|以来|以來)?`,
    '第?[一二三四1-4]季度|第[一二三四]季|前三季度|前[一二三]季|上半年|下半年|全年|年中|年底|年末|期内|期內|\\d{1,2}月(?:底|末|份)|\\d{1,2}月(?![\\d日号號])|前[一二三四五六七八九十\\d]{1,2}[个個]月|\\d{1,2}[-—–~至]\\d{1,2}月|\\d{1,2}月份|[一二三四五六七八九十]{1,2}月份|报告期内|報告期內',
    '(?:近|过去|過去|未来|未來|今后|今後)[一二三四五六七八九十\\d]{1,2}年',
    '(?:春节|春節|国庆|國慶|五一|中秋|端午|清明|元旦)?假期|黄金周|黃金週|暑期|寒假|暑假',
    '“?十[一二三四五]五”?(?:时期|時期|期间|期間|以来|以來)',
  ].join('|'),
  'g',
);
const COMPARED = /(?:比|较|較|与|與|相比|恢复至|恢復至|恢复到|恢復到|同|是)$/;

interface Found {
  start: number;
  end: number;
  /** Opens a clause: `9月份，`, `2022年,` at the start of a clause. */
  topic: boolean;
}

function periodsIn(src: string, from: number, to: number): Found[] {
  const out: Found[] = [];
  const text = src.slice(from, to);
  for (const m of text.matchAll(PERIOD)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    // Part of a longer number, a comparison (比上年, 较2019年同期), or a day (2023年1月17日).
    if (/\d$/.test(before) || COMPARED.test(before) || /^(?:同期|目标|目標|任务|任務|计划|計劃|预算|預算)/.test(text.slice(m.index + m[0].length))) continue;
    let end = m.index + m[0].length;
    if (/^\d{1,2}日/.test(text.slice(end))) continue;
    if (/[,，]/.test(text[end] ?? '') === false && /^以来|^以來/.test(text.slice(end))) end += 2;
    const topic = m.index === 0 || /(?:^|[，,。；;：:\n])(?:截至|截止|到|至)?$/.test(before);
    out.push({ start: from + m.index, end: from + end, topic });
  }
  return out;
}

/** Period of every draft ('' when none is named). */
export function assignPeriods(text: string, src: string, drafts: Draft[], places: Place[]): string[] {
  const show = (f: Found | undefined) => (f ? text.slice(f.start, f.end) : '');
  const paragraphStart = (i: number) => src.lastIndexOf('\n', i - 1) + 1;
  const runOn = (sentStart: number, depth: number): string => {
    if (depth > 6 || sentStart === 0) return '';
    const prevEnd = sentStart - 1;
    if (!/[；;，,：:]\s*$/.test(src.slice(Math.max(0, prevEnd - 2), prevEnd))) return '';
    let s = prevEnd - 1;
    while (s > 0 && src[s - 1] !== '\n' && !/[。！？!?]/.test(src[s - 1]!)) s--;
    return show(periodsIn(src, s, prevEnd).at(-1)) || runOn(s, depth + 1);
  };
  // The lead's time frame governs the article: a period opening a clause in the first paragraph.
  const firstBreak = src.indexOf('\n');
  const lead = periodsIn(src, 0, firstBreak < 0 ? src.length : firstBreak).find((p) => p.topic);
  return drafts.map((d, k) => {
    const { sentStart } = places[k]!;
    const own = periodsIn(src, sentStart, d.numberStart).at(-1);
    if (own) return show(own);
    const para = paragraphStart(sentStart);
    const topic = para < sentStart ? periodsIn(src, para, sentStart).filter((p) => p.topic).at(-1) : undefined;
    return show(topic) || runOn(sentStart, 0) || (lead && lead.end <= d.start ? show(lead) : '');
  });
}
