/** The toolbar badge: how many injected spam items are hidden on the tab right now. */

/** Badge text: the count while the page is cleaned, nothing otherwise (`99+` past 99). */
export function badgeText(spamCount: number, cleaned = true): string {
  if (!cleaned || !Number.isFinite(spamCount) || spamCount <= 0) return '';
  return spamCount > 99 ? '99+' : String(Math.floor(spamCount));
}

export const BADGE_COLOR = '#b3261e';
