/**
 * The spam stage: finds injected content on the analysed document and records it, pointing at
 * the elements (for in-page hiding and for removal from the extraction clone). It never changes
 * the document.
 */
import type { PipelineContext, SpamHit } from '../stage';
import { findInlineHidden } from './hidden';
import { findAppendedLines } from './appended';

/** All injected spam found on `doc`, pointing at the elements. */
export function findSpam(doc: Document, check: () => void = () => {}): SpamHit[] {
  const hidden = findInlineHidden(doc);
  check();
  const visible = findAppendedLines(
    doc,
    hidden.flatMap((h) => (h.element ? [h.element] : [])),
  );
  return [...hidden, ...visible];
}

export function spamStage(ctx: PipelineContext): void {
  ctx.spamHits = findSpam(ctx.doc, () => ctx.deadline.check());
  ctx.report.spam = ctx.spamHits.map(({ text, reason, technique, action }) => ({ text, reason, technique, action }));
}
