/**
 * The edges of the extracted article lose what is not article text: at the head the title again,
 * metadata lines, bylines, datelines, column tags, subtitles; at the tail editor and source lines,
 * related-content blocks, copyright notices, pagers, post counters, tags, and everything after a
 * closing block. Signatures, dates of notices, attachments and data tables stay.
 */
import { collapseSpace } from '../dom/text';
import {
  APP_PROMO, BACK_LINK, BREADCRUMB, BYLINE_LINE, COLUMN_TAG, COPYRIGHT_NOTICE, DATE_LEAD, DATE_ONLY, DATED_ITEM, EDITOR_LINE, EN_DATE,
  FONT_SIZE, FOOTER, GENERIC_DATE_LABEL, MEDIA_META, META_LINE, PAGER, PAGE_TOOLS, POST_FOOTER, RELATED_HEADING, REPRINT_LINE,
  SENTENCE_END, SHARE, SOURCE_LINE, TAG_LINE,
} from './noise';
import { isPolicyTableText } from './policy';
import { removeUnit, units, type Unit } from './units';

const normalise = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');

/** Whether `line` is the article title again (possibly with a suffix such as `(图)`). */
export function repeatsTitle(line: string, title: string): boolean {
  const a = normalise(line);
  const b = normalise(title);
  if (!a || !b) return false;
  if (a === b) return true;
  if (a.length < 6) return false;
  // Contained in the title: a large part of it, or its ending (`政府工作报告` under `2024年某某市人民政府工作报告`).
  return (b.includes(a) && (a.length >= b.length * 0.4 || (b.endsWith(a) && a.length >= 4))) || (a.includes(b) && a.length <= b.length + 8);
}

/** Page furniture that may sit on either edge. */
function isFurniture(text: string): boolean {
  if (SENTENCE_END.test(text) && text.length > 60) return false;
  return BREADCRUMB.test(text) || FONT_SIZE.test(text) || PAGE_TOOLS.test(text) || SHARE.test(text) || PAGER.test(text) || BACK_LINK.test(text) || (FOOTER.test(text) && text.length <= 200);
}

function isMetaLine(text: string): boolean {
  if (text.length > 150 || (SENTENCE_END.test(text) && text.length > 60)) return false;
  if (META_LINE.test(text)) return true;
  // `时间：2023-01-17 15:06` is a dateline; `时间：2024年3月5日（星期二）上午9:00` is a notice's text.
  const generic = GENERIC_DATE_LABEL.exec(text);
  return !!generic && DATE_ONLY.test(generic[1]!);
}

/** A line of the block of metadata under a title: byline, dateline, source, time, counters. */
function isHeadMeta(t: string): boolean {
  if (isMetaLine(t) || DATE_ONLY.test(t) || DATE_LEAD.test(t) || EN_DATE.test(t) || MEDIA_META.test(t) || COLUMN_TAG.test(t)) return true;
  // A lone counter (views, comments) left by a widget.
  if (/^\d{1,6}$/.test(t)) return true;
  return BYLINE_LINE.test(t) && t.length <= 40 && !SENTENCE_END.test(t);
}

type OriginalOf = (el: Element) => Element | null;

/** The element printed before `el` on the page (its previous sibling with text, or its parent's). */
function printedBefore(el: Element): Element | null {
  for (let cur: Element | null = el, level = 0; cur && level < 3; cur = cur.parentElement, level++) {
    for (let s = cur.previousElementSibling; s; s = s.previousElementSibling) if (collapseSpace(s.textContent ?? '')) return s;
  }
  return null;
}

/** Classes of subtitle elements (副标题: subtitle, fbt, futitle, vice-title). */
const SUBTITLE_CLASS = /sub-?title|subhead|fbt|fu-?title|vice/i;

/** A numbered section line (`第一章 总则`, `一、总体要求`, `（一）`, `1.`): the text's first heading. */
const NUMBERED_SECTION = /^(?:第[一二三四五六七八九十百零〇\d]+[编編章节節部篇条條]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.](?!\d))/;

/**
 * A subtitle: a short line printed right under the title, as a heading or a subtitle-classed
 * element (a plain paragraph there is the text: `各有关单位：`). A numbered section line is
 * never one.
 */
function isSubtitle(u: Unit, title: string, originalOf?: OriginalOf): boolean {
  const first = u.nodes.find((n) => n.nodeType === 1) as Element | undefined;
  if (!first || !originalOf || u.text.length > 60 || SENTENCE_END.test(u.text) || /[:：]$/.test(u.text)) return false;
  if (NUMBERED_SECTION.test(u.text)) return false;
  const original = originalOf(first);
  if (!original || !(/^H[2-6]$/.test(original.tagName) || SUBTITLE_CLASS.test(`${original.getAttribute('class') ?? ''} ${original.id}`))) return false;
  const before = original && printedBefore(original);
  return !!before && normalise(before.textContent ?? '') === normalise(title);
}

function isHeadNoise(u: Unit, title: string, originalOf?: OriginalOf): boolean {
  if (u.table || u.fileLink) return false;
  const t = u.text;
  if (repeatsTitle(t, title) || isHeadMeta(t) || isFurniture(t) || isPolicyTableText(t)) return true;
  if (isSubtitle(u, title, originalOf)) return true;
  return u.allLinks && t.length <= 60;
}

/**
 * The end of a title block at the head: short lines (title, kicker, subtitle) up to the last
 * metadata line among the first few lines; −1 when there is none.
 */
function titleBlockEnd(list: Unit[], end: number): number {
  let last = -1;
  for (let i = 0; i < Math.min(8, end); i++) {
    const u = list[i]!;
    if (u.table || u.fileLink || u.text.length > 60 || /[。！!]/.test(u.text)) break;
    if (isHeadMeta(u.text)) last = i;
  }
  return last;
}

function isTailNoise(u: Unit): boolean {
  if (u.table || u.fileLink) return false;
  const t = u.text;
  if (EDITOR_LINE.test(t) && t.length <= 80) return true;
  if (SOURCE_LINE.test(t) && t.length <= 80 && !SENTENCE_END.test(t.slice(0, -1))) return true;
  if (isFurniture(t) || isMetaLine(t) || (POST_FOOTER.test(t) && t.length <= 120) || DATED_ITEM.test(t)) return true;
  if (RELATED_HEADING.test(t) && t.length <= 40) return true;
  if ((REPRINT_LINE.test(t) || TAG_LINE.test(t)) && t.length <= 100) return true;
  if (APP_PROMO.test(t) && t.length <= 60 && !/[。]/.test(t)) return true;
  return u.allLinks && t.length <= 60 && !/附件/.test(t);
}

/** Starts of blocks after which nothing belongs to the article. */
function isCutMarker(u: Unit): boolean {
  if (u.table || u.fileLink) return false;
  const t = u.text;
  // The editor line closes an article: what follows it is page furniture (attachments are put back later).
  // A related-content heading: short, or a label with a few words after it (`相关报道：…`).
  const related = RELATED_HEADING.test(t) && (t.length <= 20 || (/^[^：:]{2,8}[:：]/.test(t) && t.length <= 80));
  return COPYRIGHT_NOTICE.test(t) || related || (PAGER.test(t) && t.length <= 60) || (EDITOR_LINE.test(t) && t.length <= 40);
}


/** Whether the page prints `unit` after one of the `closing` elements (in the same container). */
function followsClosing(u: Unit, closing: readonly Element[], originalOf?: OriginalOf): boolean {
  const first = u.nodes.find((n) => n.nodeType === 1) as Element | undefined;
  const original = first && originalOf?.(first);
  if (!original) return false;
  return closing.some((c) => !!c.parentElement?.contains(original) && !!(c.compareDocumentPosition(original) & 4 /* FOLLOWING */));
}

/**
 * Removes what is not article text from the head and the tail of the article. `closing` are page
 * elements (already left out of the clone) after which nothing belongs to the article: copyright
 * notices, related blocks.
 */
export function trimEdges(root: Element, title: string, originalOf?: OriginalOf, closing: readonly Element[] = []): number {
  const list = units(root);
  if (!list.length) return 0;
  const total = list.reduce((n, u) => n + u.text.length, 0);
  let removed = 0;
  // Tail: from the first cut marker (or the first line after a closing element) in the last half
  // of the text, everything goes.
  // After a closing element the page's own order is the evidence, so the cut may come earlier; it
  // is made where lines start to follow it (a notice above the whole article cuts nothing).
  let seen = 0;
  let cut = list.length;
  let follows = false;
  for (let i = 0; i < list.length; i++) {
    const after = closing.length > 0 && followsClosing(list[i]!, closing, originalOf);
    if ((seen >= total * 0.5 && isCutMarker(list[i]!)) || (after && !follows && i > 0 && seen >= total * 0.2)) {
      cut = i;
      break;
    }
    follows = after;
    seen += list[i]!.text.length;
  }
  for (let i = cut; i < list.length; i++) removeUnit(list[i]!);
  removed += list.length - cut;
  let end = cut;
  while (end > 0 && isTailNoise(list[end - 1]!)) {
    removeUnit(list[--end]!);
    removed++;
  }
  let start = 0;
  for (const last = titleBlockEnd(list, end); start <= last; start++) {
    removeUnit(list[start]!);
    removed++;
  }
  while (start < end && isHeadNoise(list[start]!, title, originalOf)) {
    removeUnit(list[start++]!);
    removed++;
  }
  return removed;
}
