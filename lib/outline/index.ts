/**
 * The outline stage, first version: section headings from the article's real `h1`–`h6`, levels
 * made relative (the highest level present becomes 1). Pseudo-headings come with the outline issue.
 */
import type { Heading } from '../report';
import type { PipelineContext } from '../stage';
import { collapseSpace } from '../dom/text';

export function outlineStage(ctx: PipelineContext): void {
  const root = ctx.article?.root;
  if (!root) return;
  const title = collapseSpace(ctx.report.title);
  const found: { tagLevel: number; text: string; el: Element }[] = [];
  for (const el of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const text = collapseSpace(el.textContent ?? '');
    if (!text || text === title) continue;
    found.push({ tagLevel: Number(el.tagName[1]), text, el });
  }
  const levels = [...new Set(found.map((f) => f.tagLevel))].sort();
  ctx.report.headings = found.map((f, i): Heading => {
    const anchor = `qy-h-${i + 1}`;
    const original = ctx.article!.originalOf(f.el);
    if (original) ctx.headingTargets.set(anchor, original);
    return { level: levels.indexOf(f.tagLevel) + 1, text: f.text, anchor, kind: 'tag' };
  });
}
