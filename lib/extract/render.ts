/**
 * The render stage: `report.html`, the article as sanitised HTML for the reader view. It runs once,
 * after the outline stage has given the headings their anchors in the article clone, so the
 * article is sanitised once per report (DOMPurify parses, walks and serialises the whole article:
 * in Chromium, one of the larger costs of a report).
 */
import type { PipelineContext } from '../stage';
import { sanitizeHtml } from '../dom/sanitize';

/**
 * Renders `report.html` from the extracted article root (nothing when there is no article). With
 * `deferHtml` it only serialises the article, for `renderDeferred` to sanitise when the HTML is
 * asked for: a string of the article's size is kept, not the clone of the whole page.
 */
export function renderStage(ctx: PipelineContext): void {
  if (!ctx.article) return;
  if (!ctx.window) throw new Error('no window to sanitise the article HTML with');
  const html = ctx.article.root.innerHTML;
  if (ctx.options.deferHtml) ctx.unsanitizedHtml = html;
  else ctx.report.html = sanitizeHtml(html, ctx.window);
}

/**
 * The sanitised article HTML: `report.html`, or, when the render stage deferred it, the article
 * sanitised now ('' without an article). The report itself is left as it is.
 */
export function renderDeferred(ctx: Pick<PipelineContext, 'report' | 'unsanitizedHtml' | 'window'>): string {
  if (ctx.report.html || ctx.unsanitizedHtml === undefined) return ctx.report.html;
  if (!ctx.window) throw new Error('no window to sanitise the article HTML with');
  return sanitizeHtml(ctx.unsanitizedHtml, ctx.window);
}
