/**
 * Lines that stand for media the page failed to show: a paragraph whose whole text is `图片`,
 * `[图片]`, `（视频）`: the alt text or label of a lost image or player, not the article's words.
 */
import { removeUnit, units } from './units';

/** The whole text of a media placeholder line. */
export const MEDIA_PLACEHOLDER = /^[[【(（<〈]?\s*(?:图片|圖片|配图|配圖|视频|視頻|音频|音頻|image|photo|video)\s*[\]】)）>〉]?$/i;

/** Removes placeholder lines from the article `root`; returns how many. */
export function removePlaceholders(root: Element): number {
  let removed = 0;
  for (const u of units(root)) {
    if (u.table || u.fileLink || !MEDIA_PLACEHOLDER.test(u.text)) continue;
    removeUnit(u);
    removed++;
  }
  return removed;
}
