/**
 * The extract stage: the article's clean text and sanitised HTML, and its metadata.
 */
import type { PipelineContext } from '../stage';
import { blockText, collapseSpace } from '../dom/text';
import { sanitizeHtml } from '../dom/sanitize';
import { detectScript } from '../convert/detect';
import { runReadability } from './readability';
import { readLineMetadata } from './metadata';
import { looksLikeArticle } from './readerable';
import { pickTitle } from './title';

export function extractStage(ctx: PipelineContext): void {
  const excluded = ctx.spamHits.flatMap((h) => (h.element ? [h.element] : []));
  const result = runReadability(ctx.doc, excluded);
  ctx.deadline.check();
  const r = ctx.report;
  const meta = readLineMetadata(ctx.doc, ctx.url);
  r.source = meta.source;
  r.byline = meta.author;
  if (meta.editor) r.editor = meta.editor;
  r.publishedTime = meta.publishedTime;
  r.lang = ctx.doc.documentElement?.getAttribute('lang') ?? '';
  r.title = ctx.hints.realTitle || pickTitle(ctx.doc, '');
  if (!result) {
    r.script = detectScript(ctx.doc.body?.textContent ?? '');
    return;
  }
  ctx.article = { root: result.root, originalOf: result.originalOf };
  r.title = ctx.hints.realTitle || pickTitle(ctx.doc, result.title);
  r.byline = r.byline || collapseSpace(result.byline);
  r.excerpt = collapseSpace(result.excerpt);
  r.siteName = collapseSpace(result.siteName);
  r.lang = result.lang || r.lang;
  r.publishedTime = r.publishedTime || result.publishedTime;
  r.text = blockText(result.root);
  r.isArticle = looksLikeArticle(result.root);
  r.script = detectScript(r.text);
  renderHtml(ctx);
}

/** (Re)renders `report.html` from the article root; later stages call it after adding anchors. */
export function renderHtml(ctx: PipelineContext): void {
  if (!ctx.article) return;
  if (!ctx.window) throw new Error('no window to sanitise the article HTML with');
  ctx.report.html = sanitizeHtml(ctx.article.root.innerHTML, ctx.window);
}
