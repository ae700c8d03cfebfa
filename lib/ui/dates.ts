/** Dates as the interface language writes them. */
import type { Language } from './lang';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO 8601 date or date-time (`2023-01-17`, `2023-01-17T15:06:00+08:00`) written for people,
 * in the time as stated on the page (no time-zone shift): `2023年1月17日 15:06`, `17 Jan 2023, 15:06`.
 * Anything else is returned unchanged.
 */
export function formatDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  const time = hh ? `${hh}:${mm}` : '';
  if (lang === 'en') return `${Number(d)} ${MONTHS[Number(mo) - 1] ?? mo} ${y}${time ? `, ${time}` : ''}`;
  return `${y}年${Number(mo)}月${Number(d)}日${time ? ` ${time}` : ''}`;
}
