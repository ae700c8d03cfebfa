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
