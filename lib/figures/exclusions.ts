/**
 * What is not a figure although it is written with numerals: dates and times, phone numbers,
 * document numbers (〔2023〕5号), addresses on the web, plan names and slogans in quotes
 * (“十四五”, “一区两群”, “最后一百米”), ordinals (第一批), ranks (前10名), vague numbers (数十家),
 * model names (5G, CS75).
 */

const MASKS: RegExp[] = [
  // dates: 2023-01-17, 2023/1/17, 2023.01.17, 2023年1月17日
  /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号號]?/g,
  // clock times
  /\d{1,2}:\d{2}(?::\d{2})?/g,
  // document numbers: 渝府发〔2023〕5号, [2023]12号
  /[〔［【[(（]\s*(?:19|20)\d{2}\s*[〕］】\])）]\s*(?:第\s*)?\d*\s*[号號]?/g,
  // phone numbers: (023)67886000, 023-67886000, mobile, 400 lines
  /(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[-\s—])\d{7,8}(?!\d)/g,
  /(?<!\d)1[3-9]\d{9}(?!\d)/g,
  /(?<!\d)400[-\s]?\d{3}[-\s]?\d{4}(?!\d)/g,
  // web and mail addresses
  /(?:https?:\/\/|www\.)[\x21-\x7e]+|[\w.-]+@[\w-]+(?:\.[\w-]+)+/g,
  // slogans and names in quotes made of Chinese numerals: “十四五” “一区两群” “八聚焦、八加快”
  /[“"「『‘]([^”"」』’\n\d%]{0,12}[〇一二两兩三四五六七八九十百千万萬][^”"」』’\n\d%]{0,12})[”"」』’]/g,
  // 十四五 and the like without quotes
  /十[一二三四五六七八九]五/g,
];

/** Marks the code units of `src` that belong to something that is not a figure. */
export function maskNonFigures(src: string): Uint8Array {
  const mask = new Uint8Array(src.length);
  for (const re of MASKS) {
    for (const m of src.matchAll(re)) {
      if (re === MASKS[7] && m[0].length > 16) continue;
      mask.fill(1, m.index, m.index + m[0].length);
    }
  }
  return mask;
}

/** Words before a number that make it an ordinal, a rank or a vague number (第一批, 前10名, 数十家). */
const BEFORE = /(?:第|(?<![目之此以提当當空超向眼])前|若干|每|No\.|NO\.|no\.|×|\*|x|X)\s?$/;

/** Whether the number starting at `start` is an ordinal, rank, vague or part of a model name. */
export function excludedByContext(src: string, start: number, end: number): boolean {
  const before = src.slice(Math.max(0, start - 4), start);
  if (BEFORE.test(before)) return true;
  // 数十家, 几百人: vague; 指数50 is not.
  if (/(?:^|[^指系人总總户戶基倍分函参參次件个個])[数數几幾]$/.test(before) && /^[十百千万萬亿億]/.test(src.slice(start, start + 1))) return true;
  if (/[A-Za-z][-]?$/.test(before)) return true;
  if (/^[A-Za-z]/.test(src.slice(end, end + 1))) return true;
  return false;
}

/** Abstract nouns counted in slogans and speeches (三个方面, 两个维护) rather than in data. */
export const ABSTRACT_COUNTED = /^(?:方面|指标|指標|环节|環節|原则|原則|要点|要點|意识|意識|自信|维护|維護|确立|確立|代表|务必|務必|必须|必須|坚持|堅持|优先|優先|升级版|升級版|一批|重点|重點|任务|任務|抓手|转变|轉變|体系|體系|结合|結合|文明|全面|着力|著力|聚焦|加快|统筹|統籌|不|点|點)/;
