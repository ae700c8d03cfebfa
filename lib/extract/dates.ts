/** Parsing the date and time forms Chinese pages write into ISO 8601. */

const pad = (n: number | string) => String(n).padStart(2, '0');

/** China and Taiwan both keep UTC+8 all year; page times without a zone are local there. */
export const PAGE_ZONE = '+08:00';

/**
 * Finds the first date (and time, when written next to it) in `text` and returns it as ISO 8601:
 * `2023-01-17T15:06:00+08:00`, or `2023-01-17` without a time. Empty string when none.
 * Accepts 2023-01-17, 2023/1/17, 2023.01.17, 2023年1月17日, each optionally followed by 15:06[:00].
 */
export function parseChineseDate(text: string): string {
  const m =
    /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?(?:\s*(\d{1,2})[:：时時](\d{2})(?:[:：分](\d{2}))?)?/.exec(text) ??
    minguo(text) ??
    // Xinhua-style datelines split over spans: `2023 06/20 21:17:35`, alone or before the source.
    /^\s*((?:19|20)\d{2})\s+(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?=\s*$|\s+\D)/.exec(text) ??
    // The same spans with no space between them: `202405/1710:26:43` (two-digit fields only).
    /^\s*((?:19|20)\d{2})(\d{2})\/(\d{2})(?:(\d{2}):(\d{2})(?::(\d{2}))?)?(?!\d)/.exec(text);
  if (!m) return '';
  const [, y, mo = '', d = '', h, mi = '00', s] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return '';
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || Number(h) > 23) return date;
  return `${date}T${pad(afternoon(h, text, m))}:${pad(mi)}:${pad(s ?? '00')}${PAGE_ZONE}`;
}

/** The hour on a 24-hour clock: `04:17 pm`, `下午4:17` are 16:17. */
function afternoon(hour: string, text: string, m: RegExpExecArray): number {
  const h = Number(hour);
  if (h >= 12) return h;
  const end = m.index + m[0].length;
  const after = text.slice(end, end + 4);
  const before = text.slice(Math.max(0, end - m[0].length - 0), end);
  return /^\s*p\.?m\b/i.test(after) || /(?:下午|晚上|午後)\s*\d{1,2}[:：时時]\d{2}/.test(before) ? h + 12 : h;
}

/**
 * A date of the Minguo calendar used in Taiwan (`112-05-11`, `民國112年5月11日`), as a Gregorian
 * match array; three-digit years only, so that nothing else is mistaken for one.
 */
function minguo(text: string): RegExpExecArray | null {
  const m = /(?:^|[^\d])(?:中華民國|中华民国|民國|民国)?\s*(1\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?(?!\d)/.exec(text);
  if (!m) return null;
  m[1] = String(Number(m[1]) + 1911);
  return m;
}

/** Date from a CMS URL such as `.../t20230117_123.html` or `/2023-01/17/`. */
export function dateFromUrl(url: string): string {
  const m = /[/_t](20\d{2})[-/]?([01]\d)[-/]?([0-3]\d)(?=[/_.-]|$)/.exec(url);
  if (!m) return '';
  const [, y, mo = '', d = ''] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return '';
  return `${y}-${mo}-${d}`;
}

/**
 * A declared time (`<meta>`, JSON-LD) as ISO 8601: a written zone is kept (`Z` as `+00:00`),
 * a time without zone is page-local (+08:00). Empty string when it holds no date.
 */
export function normalizeIsoTime(value: string): string {
  const zoned = /((?:19|20)\d{2})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(value.trim());
  if (zoned) {
    const [, y, mo, d, h, mi, s = '00', z = ''] = zoned;
    const zone = z.toUpperCase() === 'Z' ? '+00:00' : z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
  }
  // gov.cn writes `2023-03-24-15:30:00` (a dash between date and time).
  return parseChineseDate(value.trim().replace(/^((?:19|20)\d{2}-\d{1,2}-\d{1,2})-(?=\d{1,2}:\d{2})/, '$1 '));
}
