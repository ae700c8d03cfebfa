/**
 * The convert stage: when `analyze()` was given a converter, the report's text, title, headings
 * and figures are given in the target script. The page itself is converted elsewhere.
 */
import type { PipelineContext } from '../stage';

export function convertStage(ctx: PipelineContext): void {
  const converter = ctx.options.converter;
  if (!converter) return;
  const r = ctx.report;
  const c = converter.convert;
  const converted = {
    title: c(r.title),
    text: c(r.text),
    excerpt: c(r.excerpt),
    headings: r.headings.map((h) => ({ ...h, text: c(h.text) })),
    figures: r.figures.map((f) => ({ ...f, raw: c(f.raw), unit: c(f.unit), subject: c(f.subject), period: c(f.period), sentence: c(f.sentence) })),
  };
  Object.assign(r, converted, { conversion: { from: r.script, to: converter.to } });
}
