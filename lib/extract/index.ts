/**
 * The extract stage: the article's clean text and its metadata, and the article itself
 * (`ctx.article`), from which the render stage makes the sanitised HTML once the outline stage has
 * marked its headings.
 *
 *   scan the page → metadata (lines, <meta>, policy table) → title
 *   → boilerplate found → traced clone without spam and boilerplate → Readability (Chinese-tuned)
 *   → density second opinion when Readability's choice looks wrong → clean the edges
 *   → is it an article? → report fields, `ctx.article`
 *
 * The analysed document is only read; all rewriting happens in the clone.
 */
import { now, type PipelineContext } from '../stage';
import { blockText, collapseSpace } from '../dom/text';
import { traceClone } from '../dom/clone';
import { detectScript } from '../convert/detect';
import { ReadabilityStopped, runReadability } from './readability';
import { cleanByline, readLineMetadata } from './metadata';
import { firstStrongLine, readPolicyInfo, policyTitle } from './policy';
import { judgeArticle } from './readerable';
import { hasMetaTags, readMetaTags } from './meta-tags';
import { declaredAndShown, pickTitle, rememberHeadings, titleAboveArticle } from './title';
import { documentElementsByTag, scanPageAndText, type NodeStats } from './scan';
import { findBoilerplate } from './boilerplate';
import { secondOpinion } from './verdict';
import { trimEdges } from './trim';
import { cleanArticle, pruneEmpty } from './clean';
import { appendAttachments, withCopies } from './attachments';
import { restoreHeadings } from './headings';
import { normalizeIsoTime } from './dates';

/**
 * Fills the report's article fields (title, byline, source, publishedTime, siteName, lang,
 * excerpt, editor, policy, isArticle, script, text, html) and sets `ctx.article` to the traced
 * article, or leaves it null on pages that are not articles. Checks the stage deadline between
 * steps and inside the page-wide loops.
 */
export function extractStage(ctx: PipelineContext): void {
  const check = () => ctx.deadline.check();
  const { doc, report: r } = ctx;
  const body = doc.body;
  const spam = new Set<Node>(ctx.spamHits.flatMap((h) => (h.element ? [h.element] : [])));
  // One walk: the measurements, the page's lines, its headings and form fields.
  const scan = body ? scanPageAndText(body, spam, check) : null;
  const stats = scan?.stats ?? new Map<Element, NodeStats>();
  const lines = scan?.lines ?? [];
  if (body && scan) {
    rememberHeadings(body, scan.headings);
    const metas = documentElementsByTag(doc, scan.metas, 'META');
    if (metas && !hasMetaTags(doc)) readMetaTags(doc, metas);
  }
  check();

  // Where the information table starts: both readers below need it (a search of every line).
  const tableLine = firstStrongLine(lines);
  const policy = readPolicyInfo(lines, tableLine);
  // The page's lines joined, made once for the readers that search the whole text (a large page's is megabytes).
  let pageText: string | undefined;
  const joinLines = () => (pageText ??= lines.join('\n'));
  const title = ctx.hints.realTitle || pickTitle(doc, lines, policyTitle(lines, tableLine), joinLines);
  const titleLine = title ? lines.findIndex((l) => l.includes(title)) : -1;
  const meta = readLineMetadata(doc, ctx.url, lines, titleLine, joinLines);
  r.title = title;
  // A policy document that names no source is published by its issuer (发文机关 / 发布机构).
  r.source = meta.source || policy?.issuer || '';
  r.byline = meta.author;
  if (meta.editor) r.editor = meta.editor;
  r.publishedTime = meta.publishedTime;
  r.siteName = meta.siteName;
  r.lang = doc.documentElement?.getAttribute('lang') ?? '';
  if (policy) r.policy = policy;

  const boilerplate = body ? findBoilerplate(body, stats, check) : { elements: [], closing: [] };
  // Readability is superlinear in the page size and has no deadline: on very large pages (and
  // once its share of the budget is spent) the density pick below stands in for it.
  let parsed: ReturnType<typeof runReadability> = null;
  let originalOf: (el: Element) => Element | null = () => null;
  if (stats.size <= MAX_READABILITY_ELEMENTS) {
    const traced = traceClone(doc, [...spam, ...boilerplate.elements]);
    originalOf = traced.originalOf;
    check();
    parsed = runReadability(traced.clone, title, readabilityCheck(ctx));
  }
  check();
  r.byline = r.byline || cleanByline(parsed?.byline ?? '', doc);
  r.siteName = r.siteName || collapseSpace(parsed?.siteName ?? '');
  r.lang = parsed?.lang || r.lang;
  r.publishedTime = r.publishedTime || normalizeIsoTime(parsed?.publishedTime ?? '');

  let article = parsed ? { root: cleanArticle(parsed.root, title, check, originalOf, boilerplate.closing), originalOf } : null;
  const excluded = new Set<Node>([...spam, ...boilerplate.elements]);
  const better = body ? secondOpinion(article?.root ?? null, stats, doc, excluded, title, check) : null;
  if (better) article = better;
  if (article) {
    const copies = appendAttachments(article.root, article.originalOf, stats, excluded, lines.some((l) => /附\s*件/.test(l)));
    article = { root: article.root, originalOf: withCopies(article.originalOf, copies) };
    article = { root: article.root, originalOf: restoreHeadings(article.root, article.originalOf, r.title) };
  }

  let text = article ? blockText(article.root) : '';
  // The title printed right above the article beats a guess from <title> alone.
  const shown = declaredAndShown(doc, lines, r.title, joinLines);
  const printed = article && !shown ? titleAboveArticle(doc, lines, text.split('\n')[0] ?? '') : '';
  const dated = !!r.publishedTime && (shown || !!printed);
  r.isArticle = !!article && judgeArticle(doc, stats, joinLines(), article.root, text, dated, scan ? documentElementsByTag(doc, scan.inputs, 'INPUT') : undefined);
  if (!article || !r.isArticle) {
    r.script = detectScript(body?.textContent ?? '');
    return;
  }
  if (printed && printed !== r.title && !ctx.hints.realTitle) {
    r.title = printed;
    trimEdges(article.root, printed, article.originalOf);
    pruneEmpty(article.root);
    text = blockText(article.root);
  }
  ctx.article = article;
  r.text = text;
  r.excerpt = collapseSpace(parsed?.excerpt ?? '') || text.split('\n')[0]!.slice(0, 120);
  r.script = detectScript(text);
}

/** Pages with more measured elements than this skip Readability (the largest corpus page has ~8,000). */
export const MAX_READABILITY_ELEMENTS = 12_000;
/** Share of the extract stage's remaining budget that Readability may use. */
const READABILITY_SHARE = 0.5;

/**
 * The check Readability runs inside its loops: the stage's own deadline (the stage then times
 * out), and Readability's share of what is left of it (extraction then falls back to density).
 */
function readabilityCheck(ctx: PipelineContext): () => void {
  const stopAt = now() + ctx.deadline.remaining() * READABILITY_SHARE;
  return () => {
    ctx.deadline.check();
    if (now() > stopAt) throw new ReadabilityStopped();
  };
}

