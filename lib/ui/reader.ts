/** Reader view helpers that need no browser API. */
import type { ReaderWidth } from '../settings';

/** Characters per line for each width setting. */
export const MEASURES: Record<ReaderWidth, number> = { narrow: 30, medium: 36, wide: 46 };

/**
 * Makes the article's relative links and image sources absolute against the page URL (the reader
 * lives at another origin). Only http(s) results are kept; anything else loses the attribute.
 */
export function absolutizeLinks(root: Element, base: string): void {
  for (const [selector, attr] of [
    ['a[href]', 'href'],
    ['img[src]', 'src'],
    // Media keep their own URLs too: relative ones would otherwise load from the extension.
    ['video[src]', 'src'],
    ['video[poster]', 'poster'],
    ['audio[src]', 'src'],
    ['source[src]', 'src'],
    ['track[src]', 'src'],
  ] as const) {
    for (const el of root.querySelectorAll(selector)) {
      const value = el.getAttribute(attr) ?? '';
      if (attr === 'href' && value.startsWith('#')) continue;
      try {
        const url = new URL(value, base);
        if (url.protocol === 'http:' || url.protocol === 'https:') el.setAttribute(attr, url.href);
        else el.removeAttribute(attr);
      } catch {
        el.removeAttribute(attr);
      }
    }
  }
}

/** `value` when it is an absolute http(s) URL, else null (the reader links only to web pages). */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the reader's ids its own. The page's HTML may carry ids that look like the reader's
 * (`qy-main`, `qy-toc-list`) or like outline anchors (`qy-h-2` on a paragraph before the second
 * heading): every `qy-` id that is not an outline anchor is dropped, and an anchor found on
 * several elements stays only on those that hold the heading's text (an empty marker counts with
 * its block). When none does, the anchor is dropped so that `ensureHeadingIds` places it anew.
 */
export function claimAnchors(root: Element, headings: readonly { anchor: string; text: string }[]): void {
  const norm = (s: string) => s.replace(/\s+/g, '');
  const wanted = new Map(headings.map((x) => [x.anchor, norm(x.text)]));
  const holders = new Map<string, Element[]>();
  for (const el of root.querySelectorAll('[id]')) {
    const id = el.getAttribute('id') ?? '';
    if (!id.startsWith('qy-')) continue;
    if (!wanted.has(id)) el.removeAttribute('id');
    else holders.set(id, [...(holders.get(id) ?? []), el]);
  }
  for (const [id, els] of holders) {
    const want = wanted.get(id)!;
    const textOf = (el: Element) => norm((el.textContent || !el.parentElement ? el : el.parentElement).textContent ?? '');
    const matches = els.filter((el) => want.length > 0 && textOf(el).startsWith(want));
    for (const el of els) if (el !== matches[0]) el.removeAttribute('id');
  }
}

/**
 * Gives each outline heading an element id in the article HTML: the sanitised HTML normally
 * carries `id = anchor` already; when it does not, the first element whose whole text is the
 * heading's text (a real heading, or a bold or short line used as one) gets it.
 */
export function ensureHeadingIds(root: Element, headings: readonly { anchor: string; text: string }[]): void {
  const norm = (s: string) => s.replace(/\s+/g, '');
  const used = new Set<Element>();
  const candidates = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, strong, b, div, span, td')];
  for (const x of headings) {
    if (root.querySelector(`[id="${x.anchor.replace(/"/g, '')}"]`)) continue;
    const want = norm(x.text);
    const el = candidates.find((c) => !used.has(c) && !c.id && norm(c.textContent ?? '') === want);
    if (!el) continue;
    // The block that holds it (a bold run inside a paragraph scrolls with its paragraph).
    const block = el.closest('h1, h2, h3, h4, h5, h6, p, div, td') ?? el;
    const target = root.contains(block) && !block.id ? block : el;
    target.id = x.anchor;
    used.add(el);
  }
}

/**
 * Removes the title and the "来源… 发布时间…" line when the extracted HTML repeats them at its top
 * (the reader shows both above the article already). Only leading blocks are removed, up to the
 * first block that says something else.
 */
export function dropRepeatedHeader(root: Element, report: { title: string; source: string; publishedTime: string }): void {
  const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');
  const title = norm(report.title);
  const date = report.publishedTime.slice(0, 10);
  const blocks = [...root.querySelectorAll('h1, h2, h3, p, div')].filter((el) => !el.querySelector('p, div, h1, h2, h3, table, img')).slice(0, 4);
  for (const el of blocks) {
    const text = norm(el.textContent ?? '');
    if (!text) continue;
    const isTitle = title.length > 0 && text === title;
    const isMeta = text.length <= 120 && ((date && text.includes(date)) || /^(来源|來源|发布|發布|时间|時間)[:：]/.test(text)) && (!report.source || text.includes(norm(report.source)) || text.includes(date));
    if (!isTitle && !isMeta) break; // the article has begun
    el.remove();
  }
}
