/**
 * The report in the target script: title, metadata, text, headings and figures. The pipeline's
 * `convert` stage does it when `analyze()` was given a converter (the CLI); the content script
 * does it with the converter host after converting the page. Both go through `reportBlocks` and
 * `withConvertedBlocks`, so the figures' offsets into the text stay exact whatever the target
 * (Taiwan vocabulary changes lengths: 内存 → 記憶體).
 */
import type { ConvertTarget, Report } from '../report';
import type { PipelineContext } from '../stage';

/** Converts blocks of text (each block as parts converted together); one array of parts back per block. */
export type BlocksConverter = (blocks: string[][]) => string[][];

const HEAD_FIELDS = ['title', 'excerpt', 'byline', 'source', 'siteName'] as const;
const FIGURE_FIELDS = ['unit', 'subject', 'period', 'sentence'] as const;

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Code-point offsets of a string, as UTF-16 indices: `index[cp]`; null when the string has no
 * surrogate pair (the offsets are then the indices themselves, the usual case).
 */
function codePointIndex(text: string): number[] | null {
  if (!SURROGATE.test(text)) return null;
  const index: number[] = [];
  for (let i = 0; i < text.length; ) {
    index.push(i);
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  index.push(text.length);
  return index;
}

/** The length of a string in code points (no array of its characters). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

interface Layout {
  /** Per line of the text: the code-point offsets (into the whole text) where its parts start. */
  lines: { start: number; cuts: number[] }[];
}

function textLayout(report: Report): Layout & { blocks: string[][] } {
  const text = report.text;
  const cps = codePointIndex(text);
  const total = cps ? cps.length - 1 : text.length;
  const cutSet = new Set<number>();
  for (const f of report.figures) {
    if (f.start >= 0 && f.start <= total) cutSet.add(f.start);
    if (f.end >= 0 && f.end <= total) cutSet.add(f.end);
  }
  // The cuts in order, walked once alongside the lines (a page has hundreds of each).
  const sorted = [...cutSet].sort((a, b) => a - b);
  let c = 0;
  const lines: Layout['lines'] = [];
  const blocks: string[][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + (cps ? codePoints(line) : line.length);
    while (c < sorted.length && sorted[c]! <= lineStart) c++;
    const bounds = [lineStart];
    for (; c < sorted.length && sorted[c]! < lineEnd; c++) bounds.push(sorted[c]!);
    bounds.push(lineEnd);
    const parts: string[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) parts.push(cps ? text.slice(cps[bounds[k]!], cps[bounds[k + 1]!]) : text.slice(bounds[k], bounds[k + 1]));
    lines.push({ start: lineStart, cuts: bounds });
    blocks.push(parts);
    lineStart = lineEnd + 1;
  }
  return { lines, blocks };
}

/** The report's strings that convert, as blocks of parts (the text split where figures start and end). */
export function reportBlocks(report: Report): string[][] {
  const blocks: string[][] = HEAD_FIELDS.map((k) => [report[k]]);
  blocks.push([report.editor ?? '']);
  blocks.push(...textLayout(report).blocks);
  for (const h of report.headings) blocks.push([h.text]);
  for (const f of report.figures) for (const k of FIGURE_FIELDS) blocks.push([f[k]]);
  return blocks;
}

/**
 * A copy of `report` with the converted strings (`converted` answers `reportBlocks(report)` block
 * for block); figure offsets follow the converted text.
 */
export function withConvertedBlocks(report: Report, converted: readonly (readonly string[])[], to: ConvertTarget): Report {
  const layout = textLayout(report);
  let at = 0;
  const next = () => converted[at++] ?? [];
  const out: Report = { ...report, headings: report.headings.map((h) => ({ ...h })), figures: report.figures.map((f) => ({ ...f })) };
  for (const k of HEAD_FIELDS) out[k] = next().join('');
  const editor = next().join('');
  if (report.editor !== undefined) out.editor = editor;
  // Text: old code-point offset of every part boundary → new offset.
  const offsetMap = new Map<number, number>();
  const lines: string[] = [];
  let newStart = 0;
  for (const { cuts } of layout.lines) {
    const parts = next();
    let pos = newStart;
    offsetMap.set(cuts[0]!, pos);
    parts.forEach((p, k) => {
      pos += codePoints(p);
      offsetMap.set(cuts[k + 1]!, pos);
    });
    lines.push(parts.join(''));
    newStart = pos + 1;
  }
  out.text = lines.join('\n');
  for (const h of out.headings) h.text = next().join('');
  const cps = codePointIndex(out.text);
  for (const f of out.figures) {
    for (const k of FIGURE_FIELDS) f[k] = next().join('');
    const start = offsetMap.get(f.start);
    const end = offsetMap.get(f.end);
    if (start !== undefined && end !== undefined) {
      f.start = start;
      f.end = end;
      f.raw = cps ? out.text.slice(cps[start], cps[end]) : out.text.slice(start, end);
    }
  }
  out.conversion = { from: report.script, to };
  return out;
}

interface PartsConverter {
  to: ConvertTarget;
  convert(text: string): string;
  analyze?(blocks: readonly string[]): unknown;
  convertParts?(parts: readonly string[], hints: never): string[];
}

/** Block conversion with a converter given to `analyze()`: joined parts and page hints when it has them. */
export function blocksConverter(converter: PartsConverter): BlocksConverter {
  return (blocks) => {
    if (converter.analyze && converter.convertParts) {
      const hints = converter.analyze(blocks.map((b) => b.join('')));
      return blocks.map((parts) => converter.convertParts!(parts, hints as never));
    }
    return blocks.map((parts) => parts.map((p) => converter.convert(p)));
  };
}

export function convertStage(ctx: PipelineContext): void {
  const converter = ctx.options.converter;
  if (!converter) return;
  const report = ctx.report;
  const converted = withConvertedBlocks(report, blocksConverter(converter)(reportBlocks(report)), converter.to);
  Object.assign(report, converted);
}
