/** The figures stage: figures of the article text, with what they measure, and the key ones marked. */
import type { Figure } from '../report';
import type { PipelineContext } from '../stage';
import { normalizeWidth, sentenceSpans, codePointMapper } from './text';
import { scanDrafts } from './scan';
import { placeDrafts, listedAfterPrevious } from './context';
import { assignRoles, signedValue } from './roles';
import { assignSubjects } from './subject';
import { assignPeriods } from './period';
import { markKey, type RankOptions } from './rank';

/** Figures of a plain text, in text order, without the key flag decided (all false). */
export function scanFigures(text: string): Figure[] {
  const src = normalizeWidth(text);
  const sentences = sentenceSpans(src);
  const drafts = scanDrafts(src);
  const places = placeDrafts(src, drafts, sentences);
  // A bound written before the first of a list holds for the list: 突破1亿元、5亿元、10亿元.
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    const p = drafts[k - 1]!;
    if (d.qualifier === null && p.prefixQualified && listedAfterPrevious(src, drafts, places, k)) {
      d.qualifier = p.qualifier;
      d.prefixQualified = true;
    }
  }
  const roles = assignRoles(src, drafts, places);
  const subjects = assignSubjects(src, drafts, places);
  const periods = assignPeriods(text, src, drafts, places);
  const cp = codePointMapper(text);
  return drafts.map((d, k) => {
    const info = roles[k]!;
    const place = places[k]!;
    const sign = (v: number) => signedValue(v, info);
    const figure: Figure = {
      raw: text.slice(d.start, d.end),
      value: sign(d.value),
      value_high: d.value_high === null ? null : sign(d.value_high),
      unit: d.unit,
      qualifier: d.qualifier,
      role: info.role,
      direction: info.direction,
      subject: subjects[k]!,
      period: periods[k]!,
      key: false,
      start: cp(d.start),
      end: cp(d.end),
      sentence: text.slice(place.sentStart, place.sentEnd).trim(),
    };
    if (d.unit_implied) figure.unit_implied = true;
    return figure;
  });
}

/** Where the lead ends: after the first paragraph of some length (at most 300 characters in). */
function leadEnd(text: string): number {
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if ([...line].length >= 40 || end >= 300) return [...text.slice(0, Math.min(end, 300))].length;
    start = end + 1;
  }
  return [...text].length;
}

/** Figures of a plain text, ranked: what `cli figures` prints and the stage stores. */
export function findFigures(text: string, options: RankOptions = {}): Figure[] {
  return markKey(scanFigures(text), options, leadEnd(text));
}

export function figuresStage(ctx: PipelineContext): void {
  ctx.report.figures = findFigures(ctx.report.text, { title: ctx.report.title });
}
