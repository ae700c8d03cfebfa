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

/**
 * Figures of a plain text, in text order, without the key flag decided (all false). `check` runs
 * between the passes (the stage's deadline).
 */
export function scanFigures(text: string, check: () => void = () => {}): Figure[] {
  const src = normalizeWidth(text);
  const sentences = sentenceSpans(src);
  check();
  const drafts = scanDrafts(src);
  check();
  const places = placeDrafts(src, drafts, sentences);
  check();
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
  check();
  const subjects = assignSubjects(src, drafts, places);
  check();
  const periods = assignPeriods(text, src, drafts, places);
  check();
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

/**
 * Figures of a plain text, ranked: what `cli figures` prints and the stage stores. `check` runs
 * between the scanning passes (the stage's deadline).
 */
export function findFigures(text: string, options: RankOptions = {}, check: () => void = () => {}): Figure[] {
  return markKey(scanFigures(text, check), options, leadEnd(text));
}

/**
 * Longest text the stage scans for figures. Articles are far shorter; on a page of megabytes the
 * figures of its first part (cut at a line end) are what a summary box can show anyway.
 */
export const MAX_FIGURE_TEXT = 30_000;

/** `text` cut at the last line end before `MAX_FIGURE_TEXT` (or at it, when no line ends there). */
export function figureText(text: string): string {
  if (text.length <= MAX_FIGURE_TEXT) return text;
  const cut = text.lastIndexOf('\n', MAX_FIGURE_TEXT);
  let end = cut > 0 ? cut : MAX_FIGURE_TEXT;
  // Never split a surrogate pair: offsets are counted in code points.
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

export function figuresStage(ctx: PipelineContext): void {
  ctx.report.figures = findFigures(figureText(ctx.report.text), { title: ctx.report.title }, () => ctx.deadline.check());
}
