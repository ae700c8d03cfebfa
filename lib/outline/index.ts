/**
 * The outline stage: the article's section headings — real h1–h6 and pseudo-headings (bold,
 * numbered, centred and short standalone lines) — with levels consistent within the page, each
 * tied to its element on the analysed page (for scrolling there) and to an element id in the
 * reader view's HTML (the same anchor). A page without sections gets an empty outline.
 */
import type { Heading } from '../report';
import type { PipelineContext } from '../stage';
import { findCandidates, type Candidate } from './candidates';
import { assignLevels } from './levels';

/** Anchor of the n-th heading (1-based): the reader view's element id and the page locator's key. */
export function anchorFor(n: number): string {
  return `qy-h-${n}`;
}

/**
 * Gives the heading an id in the article clone: on its own element when it has one (and no id of
 * its own), else on an empty marker just before its first text.
 */
function markInClone(c: Candidate, anchor: string): void {
  const el = c.element;
  if (el && !el.hasAttribute('id')) {
    el.setAttribute('id', anchor);
    return;
  }
  const first = c.line.nodes[0];
  if (!first?.parentNode) return;
  let at: Node = first;
  // Put the marker before the outermost inline wrapper of the first text (still inside the block).
  while (at.parentNode && at.parentNode !== c.line.block && at.parentNode.firstChild === at) at = at.parentNode;
  const marker = first.ownerDocument.createElement('span');
  marker.setAttribute('id', anchor);
  at.parentNode!.insertBefore(marker, at);
}

export function outlineStage(ctx: PipelineContext): void {
  const article = ctx.article;
  if (!article) return;
  const candidates = findCandidates({
    root: article.root,
    originalOf: (el) => article.originalOf(el),
    title: ctx.report.title,
    check: () => ctx.deadline.check(),
  });
  const levels = assignLevels(candidates.map((c) => ({ visual: c.visual, family: c.numbering?.family ?? null })));
  const headings: Heading[] = [];
  candidates.forEach((c, i) => {
    const anchor = anchorFor(i + 1);
    const live = article.originalOf(c.element ?? c.line.block);
    if (live) ctx.headingTargets.set(anchor, live);
    markInClone(c, anchor);
    headings.push({ level: levels[i]!, text: c.text, anchor, kind: c.kind });
  });
  ctx.report.headings = headings;
}
