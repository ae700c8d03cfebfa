/**
 * The render stage: `report.html`, the article as sanitised HTML for the reader view. It runs once,
 * after the outline stage has given the headings their anchors in the article clone, so the
 * article is sanitised once per report (DOMPurify parses, walks and serialises the whole article:
 * in Chromium, one of the larger costs of a report).
 */
import type { PipelineContext } from '../stage';
import { sanitizeHtml } from '../dom/sanitize';

/** Renders `report.html` from the extracted article root (nothing when there is no article). */
export function renderStage(ctx: PipelineContext): void {
  if (!ctx.article) return;
  if (!ctx.window) throw new Error('no window to sanitise the article HTML with');
  ctx.report.html = sanitizeHtml(ctx.article.root.innerHTML, ctx.window);
}
