/**
 * Is the extracted content an article? Readability's own `isProbablyReaderable` wants one
 * paragraph of 140+ characters and says "no" to Chinese pages made of many short paragraphs, so
 * this judges the extracted result instead: enough prose, and not mostly links.
 */
import { collapseSpace } from '../dom/text';

/** Minimum characters of non-link text for an article (a short notice has ~150). */
export const MIN_ARTICLE_CHARS = 120;

export function looksLikeArticle(root: Element): boolean {
  const text = collapseSpace(root.textContent ?? '');
  if (text.length < MIN_ARTICLE_CHARS) return false;
  let linkChars = 0;
  for (const a of Array.from(root.querySelectorAll('a'))) linkChars += collapseSpace(a.textContent ?? '').length;
  const proseChars = text.length - linkChars;
  const sentences = (text.match(/[。！？.!?；;]/g) ?? []).length;
  return proseChars >= MIN_ARTICLE_CHARS && linkChars / text.length < 0.5 && sentences >= 2;
}
