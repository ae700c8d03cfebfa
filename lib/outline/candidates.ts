/**
 * Heading candidates of an article: real `h1`–`h6`, and the pseudo-headings Chinese pages use
 * instead — bold short blocks (`<strong>`, `<b>` or CSS bold), numbered sections (一、（一）1.（1）,
 * 第一章/第一节/第一条, as standalone lines or run in at the start of a paragraph), centred short
 * lines, and short standalone lines between longer paragraphs. Look-alikes (captions, placeholders,
 * metadata, bylines, attachment labels, sentences) are rejected first; a pseudo-heading also
 * needs body text after it, and a run of them with nothing in between is a list, not sections.
 */
import type { Heading } from '../report';
import { collapseSpace } from '../dom/text';
import { articleLines, HEADING_TAGS, type Line } from './lines';
import { endsClause, endsQuestion, lookalikeReason } from './lookalikes';
import { parseNumbering, type Numbering } from './numbering';
import { StyleProbe } from './style';

export type HeadingKind = NonNullable<Heading['kind']>;

/** What a heading looks like on the page, relative to the article's body text. */
export interface Visual {
  /** 1–6 for a real h1–h6 (the original page's tag), else 0. */
  tag: number;
  /** Font size divided by the body text's font size. */
  ratio: number;
  bold: boolean;
  centred: boolean;
}

export interface Candidate {
  line: Line;
  /** The heading text (for a run-in heading, its lead without the closing punctuation). */
  text: string;
  kind: HeadingKind;
  numbering: Numbering | null;
  visual: Visual;
  /** Whether the heading is run in at the start of a paragraph (`（一）指导思想。以……`). */
  runIn: boolean;
  /** Element of the article clone whose text is exactly the heading's, or null when none is. */
  element: Element | null;
}

export interface CandidateInput {
  /** Article root (inert clone). */
  root: Element;
  /** Original (analysed page) element of a clone element. */
  originalOf(el: Element): Element | null;
  /** The article title: a line repeating it is not a section heading. */
  title: string;
  /** Called inside loops; throws when the stage's budget is spent. */
  check?: () => void;
}

/** Longest pseudo-heading, in code points, by kind. */
const MAX_LEN = { tag: 80, numbered: 50, bold: 40, centered: 30, shortLine: 24, runInLead: 36 };
/** A body paragraph, for the neighbours of a short standalone line. */
const LONG_LINE = 40;
/** Endings of a sentence broken over several lines (`兩江新區把推動雙城經濟圈建設` / `作為戰略使命,`). */
const FRAGMENT_END = /[的地得和与與及或在从從对對把被将將向于於为為是着著并並而且跟同让讓给給使]$/;

/** First characters a section number can start with (a cheap test before parsing). */
const MARKER_START = /^[第一二三四五六七八九十（(\d０-９\u2460-\u2473]/;

/** Letters and digits only, for comparing a line with the title. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/** Whether an element has any non-blank text (stops at the first). */
function hasText(el: Element): boolean {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').trim()) return true;
  return false;
}

function closestWithin(el: Element, selector: string, root: Element): Element | null {
  const hit = el.closest(selector);
  return hit && root.contains(hit) ? hit : null;
}

class CandidateFinder {
  private readonly lines: Line[];
  private readonly probe: StyleProbe | null;
  private readonly title: string;
  private basePx = 0;

  constructor(private readonly input: CandidateInput) {
    this.lines = articleLines(input.root);
    const sample = this.lines.find((l) => l.nodes.length)?.nodes[0]?.parentElement;
    const original = sample ? input.originalOf(sample) : null;
    this.probe = original ? new StyleProbe(original.ownerDocument) : null;
    this.title = compact(input.title);
  }

  private original(el: Element): Element | null {
    return this.input.originalOf(el);
  }

  /** Font size of a line: that of the element holding most of its text. */
  private linePx(line: Line): number {
    if (!this.probe || !line.nodes.length) return 16;
    let best = line.nodes[0]!;
    for (const n of line.nodes) if ((n.nodeValue ?? '').length > (best.nodeValue ?? '').length) best = n;
    return this.probe.fontPx(best.parentElement ? this.original(best.parentElement) : null);
  }

  /** The body text's font size: the median of the longest lines'. */
  private bodyPx(): number {
    if (this.basePx) return this.basePx;
    const long = this.lines.filter((l) => !l.heading && l.length >= LONG_LINE).sort((a, b) => b.length - a.length);
    const sample = (long.length ? long : this.lines.filter((l) => l.length)).slice(0, 7).map((l) => this.linePx(l)).sort((a, b) => a - b);
    this.basePx = sample.length ? sample[Math.floor(sample.length / 2)]! : 16;
    return this.basePx;
  }

  /** Whether a text node is drawn bold: a bold tag in the clone, else the original's computed style. */
  private nodeBold(node: Text, block: Element): boolean {
    for (let el = node.parentElement; el && el !== block.parentElement; el = el.parentElement) {
      if (el.tagName === 'B' || el.tagName === 'STRONG' || HEADING_TAGS.has(el.tagName)) return true;
      if (el === block) break;
    }
    const parent = node.parentElement;
    return !!(this.probe && parent && this.probe.bold(this.original(parent) ?? parent));
  }

  /** Share of the line's visible characters that are bold. */
  private boldShare(line: Line): number {
    let bold = 0;
    let total = 0;
    for (const node of line.nodes) {
      const n = (node.nodeValue ?? '').replace(/\s/g, '').length;
      total += n;
      if (n && this.nodeBold(node, line.block)) bold += n;
    }
    return total ? bold / total : 0;
  }

  private centred(line: Line): boolean {
    return !!this.probe && this.probe.centred(this.original(line.block));
  }

  private visual(line: Line, nodes: Text[] = line.nodes): Visual {
    const heading = line.heading ? this.original(line.heading) : null;
    const tag = heading && HEADING_TAGS.has(heading.tagName) ? Number(heading.tagName[1]) : line.heading ? Number(line.heading.tagName[1]) : 0;
    const sub: Line = { ...line, nodes };
    return { tag, ratio: this.linePx(sub) / this.bodyPx(), bold: this.boldShare(sub) >= 0.9, centred: this.centred(line) };
  }

  /** Share of the line's characters inside links. */
  private linkShare(line: Line): number {
    let linked = 0;
    let total = 0;
    for (const node of line.nodes) {
      const n = (node.nodeValue ?? '').trim().length;
      total += n;
      if (node.parentElement && closestWithin(node.parentElement, 'a', line.block)) linked += n;
    }
    return total ? linked / total : 0;
  }

  private readonly dataRows = new Map<Element, boolean>();

  /** Inside a list item, a data-table cell (a row with two or more filled cells) or a caption. */
  private inListOrTable(line: Line): boolean {
    for (let el: Element | null = line.block; el && el !== this.input.root; el = el.parentElement) {
      const tag = el.tagName;
      if (tag === 'LI' || tag === 'FIGCAPTION' || tag === 'CAPTION' || tag === 'DT' || tag === 'DD') return true;
      if ((tag === 'TD' || tag === 'TH') && el.parentElement) return this.isDataRow(el.parentElement);
    }
    return false;
  }

  private isDataRow(row: Element): boolean {
    let data = this.dataRows.get(row);
    if (data === undefined) {
      let filled = 0;
      for (const cell of Array.from(row.children)) {
        if (hasText(cell) && ++filled > 1) break;
      }
      data = filled > 1;
      this.dataRows.set(row, data);
    }
    return data;
  }

  /** The nearest line with text before/after `i` that is not a caption, placeholder or other look-alike. */
  private neighbour(i: number, step: 1 | -1): Line | null {
    for (let j = i + step; j >= 0 && j < this.lines.length; j += step) {
      const l = this.lines[j]!;
      if (l.image || this.lookalike(l)) continue;
      return l;
    }
    return null;
  }

  private readonly lookalikes = new Map<Line, boolean>();

  /** Whether a line is a caption, placeholder, metadata, byline, attachment label or furniture. */
  private lookalike(line: Line): boolean {
    let hit = this.lookalikes.get(line);
    if (hit === undefined) {
      hit = lookalikeReason(line.text) !== null;
      this.lookalikes.set(line, hit);
    }
    return hit;
  }

  private afterImage(i: number): boolean {
    return i > 0 && this.lines[i - 1]!.image;
  }

  /**
   * The outermost element, from the first of `nodes` up to the line's block, that holds exactly
   * `nodes` (a line, or the lead of one): it contains the last of them and no text before or after.
   */
  private carrier(line: Line, nodes: Text[] = line.nodes): Element | null {
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (!first || !last) return null;
    const before = this.lines[line.index - 1]?.nodes.at(-1) ?? null;
    const after = line.nodes[line.nodes.indexOf(last) + 1] ?? this.lines[line.index + 1]?.nodes[0] ?? null;
    let exact: Element | null = null;
    for (let el = first.parentElement; el; el = el.parentElement) {
      if (before && el.contains(before)) break;
      if (after && el.contains(after)) break;
      if (el.contains(last)) exact = el;
      if (el === line.block) break;
    }
    return exact;
  }

  /** The leading bold run of a line (`<strong>（一）加强组织领导。</strong>各地区……`), as text and nodes. */
  private boldLead(line: Line): { text: string; nodes: Text[] } | null {
    const nodes: Text[] = [];
    let raw = '';
    for (const node of line.nodes) {
      if (!this.nodeBold(node, line.block)) break;
      nodes.push(node);
      raw += node.nodeValue ?? '';
    }
    const text = collapseSpace(raw);
    return nodes.length && nodes.length < line.nodes.length ? { text, nodes } : null;
  }

  /** A heading run in at the start of a numbered paragraph: its lead, or null. */
  private runInLead(line: Line, numbering: Numbering): { text: string; nodes: Text[]; bold: boolean } | null {
    const bold = this.boldLead(line);
    if (bold && [...bold.text].length <= MAX_LEN.runInLead && bold.text.length > numbering.marker.trim().length + 1) {
      const rest = line.length - [...bold.text].length;
      if (rest >= 8) return { text: bold.text, nodes: bold.nodes, bold: true };
    }
    // Unmarked lead: the first sentence, when it is short and has no clause break of its own.
    if (numbering.family === 'tiao') return null; // 第一条's first sentence is the article's content
    const stop = numbering.rest.search(/[。．]/);
    if (stop < 2 || stop > MAX_LEN.runInLead - 6) return null;
    const lead = numbering.rest.slice(0, stop);
    if (/[，,；;：:、“”"（(]/.test(lead)) return null;
    const rest = numbering.rest.slice(stop + 1).trim();
    if ([...rest].length < 10) return null;
    return { text: numbering.marker + lead + numbering.rest[stop], nodes: line.nodes, bold: false };
  }

  /** The title, or (before the body starts) a line of a title broken over two lines. */
  private isTitle(line: Line): boolean {
    if (!this.title) return false;
    const text = compact(line.text);
    if (text === this.title) return true;
    return text.length >= 6 && this.title.includes(text) && line.index < this.bodyStart;
  }

  /** Index of the first body paragraph (a long line that ends a sentence). */
  private get bodyStart(): number {
    this.firstBody ??= this.lines.find((l) => l.length >= LONG_LINE && endsClause(l.text))?.index ?? this.lines.length;
    return this.firstBody;
  }
  private firstBody: number | undefined;

  find(): Candidate[] {
    const found: (Candidate & { pending?: 'centered' | 'short-line' | 'run-in' })[] = [];
    for (const line of this.lines) {
      if (line.index % 64 === 0) this.input.check?.();
      const { text, length } = line;
      if (line.image || length < 2 || length > 160) continue;

      if (line.heading) {
        if (length <= MAX_LEN.tag && !endsClause(text) && !this.lookalike(line) && !this.isTitle(line)) {
          found.push({ line, text, kind: 'tag', numbering: parseNumbering(text), visual: this.visual(line), runIn: false, element: this.carrier(line) });
        }
        continue;
      }
      const numbering = MARKER_START.test(text) ? parseNumbering(text) : null;
      const standalone = length <= MAX_LEN.numbered && !endsClause(text);
      if (!standalone && !numbering) continue;
      if (this.lookalike(line) || this.isTitle(line)) continue;
      if (this.inListOrTable(line) || this.linkShare(line) > 0.5) continue;

      if (standalone) {
        const base = { line, text, numbering, runIn: false, element: this.carrier(line) };
        const titled = numbering && ((numbering.family === 'zhang' || numbering.family === 'jie' || numbering.family === 'bian') || [...numbering.rest].length >= 2);
        if (numbering && titled) {
          found.push({ ...base, kind: 'numbered', visual: this.visual(line) });
          continue;
        }
        if (length > MAX_LEN.bold) continue;
        const visual = this.visual(line);
        if (visual.bold) {
          found.push({ ...base, kind: 'bold', visual });
          continue;
        }
        if (endsQuestion(text) || numbering) continue;
        if (visual.centred && length <= MAX_LEN.centered && (!this.afterImage(line.index) || visual.ratio > 1.05)) {
          found.push({ ...base, kind: 'centered', visual, pending: 'centered' });
          continue;
        }
        if (length <= MAX_LEN.shortLine && !FRAGMENT_END.test(text) && !/[。；;！!]/.test(text)) {
          found.push({ ...base, kind: 'short-line', visual, pending: 'short-line' });
        }
        continue;
      }

      if (numbering) {
        const lead = this.runInLead(line, numbering);
        if (!lead) continue;
        const headingText = lead.text.replace(/[。．.：:\s]+$/, '');
        found.push({
          line,
          text: headingText,
          kind: 'numbered',
          numbering,
          visual: this.visual(line, lead.nodes),
          runIn: true,
          element: lead.bold ? this.carrier(line, lead.nodes) : null,
          ...(lead.bold ? {} : { pending: 'run-in' as const }),
        });
      }
    }
    return this.confirm(found);
  }

  /** Keeps the pseudo-headings that their surroundings confirm. */
  private confirm(found: (Candidate & { pending?: 'centered' | 'short-line' | 'run-in' })[]): Candidate[] {
    const at = new Map(found.map((c) => [c.line.index, c]));
    // A heading right before (e.g. a section over its first subsection), not another weak candidate.
    const confirmedBefore = (l: Line) => {
      const c = at.get(l.index);
      return !!c && !c.pending;
    };
    const isLong = (l: Line | null, than: number) => !!l && l.length >= Math.max(LONG_LINE, 2 * than) && !at.has(l.index);
    let kept = found.filter((c) => {
      if (c.kind === 'tag' || c.runIn) return true;
      const next = this.neighbour(c.line.index, 1);
      if (!next) return false; // nothing follows: a signature or closing line, not a section
      if (c.pending === 'centered') {
        // The last line of a centred verse is not a heading: its predecessor is a short open line.
        const prev = this.neighbour(c.line.index, -1);
        const prevOk = !prev || confirmedBefore(prev) || prev.length >= 20 || endsClause(prev.text);
        return prevOk && next.length >= Math.max(20, 1.5 * c.line.length) && !at.has(next.index);
      }
      if (c.pending === 'short-line') {
        const prev = this.neighbour(c.line.index, -1);
        const prevOk = !!prev && (confirmedBefore(prev) || (isLong(prev, c.line.length) && endsClause(prev.text)));
        return prevOk && isLong(next, c.line.length);
      }
      return true;
    });

    // A run of standalone pseudo-headings of one kind with no text between them is a list.
    const key = (c: Candidate) => (c.numbering ? `n:${c.numbering.family}` : `${c.kind}:${c.visual.bold}:${c.visual.centred}:${c.visual.ratio.toFixed(1)}`);
    const listed = new Set<Candidate>();
    const keptAt = new Map(kept.map((c) => [c.line.index, c]));
    for (const c of kept) {
      if (c.kind === 'tag' || c.runIn) continue;
      const next = this.neighbour(c.line.index, 1);
      const other = next ? keptAt.get(next.index) : undefined;
      if (other && other.kind !== 'tag' && !other.runIn && key(other) === key(c)) {
        listed.add(c);
        listed.add(other);
      }
    }
    kept = kept.filter((c) => !listed.has(c));

    // The same heading twice in a row (a page repeating its heading in a second style): keep the first.
    kept = kept.filter((c, i) => {
      const prev = kept[i - 1];
      if (!prev || this.neighbour(prev.line.index, 1) !== c.line) return true;
      const a = compact(prev.text);
      const b = compact(c.text);
      return !(a.startsWith(b) || b.startsWith(a));
    });

    // Weak kinds count only when the page uses them as a pattern (two or more).
    const count = (pred: (c: Candidate & { pending?: string }) => boolean) => kept.filter(pred).length;
    kept = kept.filter((c) => {
      const pending = (c as { pending?: string }).pending;
      if (pending === 'short-line') return count((o) => (o as { pending?: string }).pending === 'short-line') >= 2;
      if (pending === 'run-in') return count((o) => o.runIn && o.numbering?.family === c.numbering!.family) >= 2;
      return true;
    });
    return kept.map(({ pending: _pending, ...c }) => c as Candidate);
  }
}

/** The heading candidates of an article, in document order. */
export function findCandidates(input: CandidateInput): Candidate[] {
  return new CandidateFinder(input).find();
}
