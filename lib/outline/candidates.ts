/**
 * Heading candidates of an article: real `h1`–`h6`, and the pseudo-headings Chinese pages use
 * instead — bold short blocks (`<strong>`, `<b>`, CSS bold, 黑体), numbered sections (一、（一）1.
 * （1）, 第一部分/章/节/条, standalone or run in at the start of a paragraph), centred short lines,
 * and short standalone lines: in larger type, in 【】, or bare between body paragraphs (a bare line
 * also needs the page to use the pattern twice). Bold and centring count only when the body text
 * itself is not bold or centred.
 *
 * Look-alikes (captions, placeholders, metadata, bylines, attachment labels, furniture, sentences)
 * are rejected first. A pseudo-heading needs body text after it; a run of same-looking lines with
 * nothing in between is a list, as is a numbered line whose neighbouring numbers are plain text.
 * Kinds in the report: `tag`, `numbered`, `bold`, `centered`, and `short-line` for the rest.
 */
import type { Heading } from '../report';
import { collapseSpace } from '../dom/text';
import { articleLines, HEADING_TAGS, type Line } from './lines';
import { endsClause, endsQuestion, lookalikeReason, wordChars } from './lookalikes';
import { FAMILY_RANK, parseNumbering, type Numbering } from './numbering';
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
  /** For a bare short line only: the two-phrase headline form (a section above single-phrase lines). */
  headline?: boolean;
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

/** A candidate still waiting for its surroundings to confirm it (see `confirm`). */
type Pending = Candidate & { pending?: 'centered' | 'short-line' | 'emphasis' | 'run-in' };

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
/** Font size (relative to the body's) that marks a line as emphasised without bold. */
const LARGER = 1.15;
/** Families whose title may end with a colon (`一、工作目标：`). */
const COLON_FAMILIES = new Set(['bufen', 'zhang', 'jie', 'cjk', 'paren-cjk']);
/** Families whose marker alone can be the whole heading line (`第一章`). */
const WHOLE_LINE_FAMILIES = new Set(['bian', 'bufen', 'zhang', 'jie']);
/** A colon ending that introduces a list or a quotation, not a section. */
const LEAD_IN = /如下|以下|包括|主要有|分别是|分别为|具体是|要求是|是$|为$|有$/;
/** Two phrases of four or more characters separated by a space: a Chinese news headline's form. */
const HEADLINE = /^[^\s，,。；;：:]{4,}[ \u3000]+[^\s，,。；;：:]{4,}$/u;
/** Endings of a sentence broken over several lines (`兩江新區把推動雙城經濟圈建設` / `作為戰略使命,`). */
const FRAGMENT_END = /[的地得和与與及或在从從对對把被将將向于於为為是着著并並而且跟同让讓给給使]$/;

/** First characters a section number can start with (a cheap test before parsing). */
const MARKER_START = /^[第一二三四五六七八九十（(\d０-９\u2460-\u2473]/;

/** Letters and digits only, for comparing a line with the title. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

/** Whether a node has any non-blank text (stops at the first). */
function hasText(node: Node): boolean {
  if (node.nodeType === 3) return !!(node.nodeValue ?? '').trim();
  for (let child = node.firstChild; child; child = child.nextSibling) if (hasText(child)) return true;
  return false;
}

/** Whether a text node sits in a link inside `block` (a parent walk: jsdom's `closest` is slow). */
function inLink(node: Node, block: Element): boolean {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) if (el.tagName === 'A') return true;
  return block.tagName === 'A';
}

class CandidateFinder {
  private readonly lines: Line[];
  private readonly probe: StyleProbe | null;
  private readonly title: string;
  private body: { px: number; bold: boolean; centred: boolean } | undefined;

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

  /** How body text looks: the median font size of the longest lines, and whether most are bold or centred. */
  private bodyLook(): { px: number; bold: boolean; centred: boolean } {
    if (this.body) return this.body;
    const long = this.lines.filter((l) => !l.heading && l.length >= LONG_LINE).sort((a, b) => b.length - a.length);
    const sample = (long.length ? long : this.lines.filter((l) => l.length)).slice(0, 7);
    const sizes = sample.map((l) => this.linePx(l)).sort((a, b) => a - b);
    // Only paragraphs count for bold and centring: with no long line there is no body to compare with.
    const majority = (test: (l: Line) => boolean) => long.length > 0 && sample.filter(test).length * 2 > sample.length;
    this.body = {
      px: sizes.length ? sizes[Math.floor(sizes.length / 2)]! : 16,
      bold: majority((l) => this.boldShare(l) >= 0.9),
      centred: majority((l) => this.centred(l)),
    };
    return this.body;
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
    return { tag, ratio: this.linePx(sub) / this.bodyLook().px, bold: this.boldShare(sub) >= 0.9, centred: this.centred(line) };
  }

  /** Share of the line's characters inside links. */
  private linkShare(line: Line): number {
    let linked = 0;
    let total = 0;
    for (const node of line.nodes) {
      const n = (node.nodeValue ?? '').trim().length;
      total += n;
      if (n && inLink(node, line.block)) linked += n;
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
      for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
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
    // A title has no clause break of its own (quoted terms such as “一件事一次办” are fine).
    if (/[，,；;：:、（(]/.test(lead)) return null;
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
    const found: Pending[] = [];
    for (const line of this.lines) {
      if (line.index % 64 === 0) this.input.check?.();
      const { text, length } = line;
      if (line.image || length < 2 || length > 160) continue;

      if (line.heading) {
        // A real heading may end with a colon (`一、出台背景：`), not with a sentence.
        const title = text.replace(/[：:]$/, '');
        if (length <= MAX_LEN.tag && !endsClause(title) && !this.lookalike(line) && !this.isTitle(line)) {
          found.push({ line, text: title, kind: 'tag', numbering: parseNumbering(title), visual: this.visual(line), runIn: false, element: this.carrier(line) });
        }
        continue;
      }
      const numbering = MARKER_START.test(text) ? parseNumbering(text) : null;
      const short = length <= MAX_LEN.numbered;
      if (!numbering && (!short || endsClause(text))) continue;
      if (this.lookalike(line) || this.isTitle(line)) continue;
      if (this.inListOrTable(line) || this.linkShare(line) > 0.5) continue;
      const candidate = short ? this.standalone(line, numbering) : null;
      if (candidate) found.push(candidate);
      else if (numbering) {
        const runIn = this.runIn(line, numbering);
        if (runIn) found.push(runIn);
      }
    }
    return this.confirm(found);
  }

  /** A line that is a heading on its own, or null. */
  private standalone(line: Line, numbering: Numbering | null): Pending | null {
    const { text, length } = line;
    const base = { line, numbering, runIn: false, element: this.carrier(line) };
    if (endsClause(text)) {
      if (!numbering) return null;
      // `一、工作目标：` — a section title with a colon (not `主要包括以下内容：`).
      const title = numbering.rest.replace(/[：:]$/, '');
      if (title !== numbering.rest && COLON_FAMILIES.has(numbering.family) && [...title].length <= 15 && !LEAD_IN.test(title)) {
        return { ...base, text: text.replace(/[：:]$/, ''), kind: 'numbered', visual: this.visual(line) };
      }
      // `<b>（一）加强组织领导。</b>` standing alone: bold, one short clause.
      const sentence = numbering.rest.replace(/[。．.]$/, '');
      if (sentence !== numbering.rest && length <= 30 && !/[。．，,；;：:！!]/.test(sentence)) {
        const visual = this.visual(line);
        if (this.emphasisBold(visual)) return { ...base, text: text.replace(/[。．.]$/, ''), kind: 'numbered', visual };
      }
      return null;
    }
    const titled = numbering && (WHOLE_LINE_FAMILIES.has(numbering.family) || wordChars(numbering.rest) >= 2);
    if (numbering && titled) return { ...base, text, kind: 'numbered', visual: this.visual(line) };
    if (length > MAX_LEN.bold) return null;
    const visual = this.visual(line);
    if (this.emphasisBold(visual)) return { ...base, text, kind: 'bold', visual };
    if (endsQuestion(text) || numbering) return null;
    const centred = visual.centred && !this.bodyLook().centred;
    if (centred && length <= MAX_LEN.centered && (!this.afterImage(line.index) || visual.ratio > 1.05)) {
      return { ...base, text, kind: 'centered', visual, pending: 'centered' };
    }
    // Larger type than the body, or a title in 【】 brackets: emphasised, if neither bold nor centred.
    if (visual.ratio >= LARGER || /^【[^【】]{2,20}】$/.test(text)) return { ...base, text, kind: 'short-line', visual, pending: 'emphasis' };
    if (length <= MAX_LEN.shortLine && !FRAGMENT_END.test(text) && !/[。；;！!]/.test(text)) {
      return { ...base, text, kind: 'short-line', visual: { ...visual, headline: HEADLINE.test(text) }, pending: 'short-line' };
    }
    return null;
  }

  /**
   * The nearest line before/after `i` numbered in the same family as `numbering`, stopping at a
   * line numbered in an enclosing family (a new section) or after 40 lines.
   */
  private sameFamily(i: number, step: 1 | -1, numbering: Numbering): { line: Line; value: number } | null {
    for (let j = i + step, n = 0; j >= 0 && j < this.lines.length && n < 40; j += step, n++) {
      const line = this.lines[j]!;
      if (!MARKER_START.test(line.text)) continue;
      const other = parseNumbering(line.text);
      if (!other) continue;
      if (other.family === numbering.family) return { line, value: other.value };
      if (FAMILY_RANK[other.family] < FAMILY_RANK[numbering.family]) return null;
    }
    return null;
  }

  /** A heading run in at the start of a numbered paragraph, or null. */
  private runIn(line: Line, numbering: Numbering): Pending | null {
    const lead = this.runInLead(line, numbering);
    if (!lead) return null;
    return {
      line,
      text: lead.text.replace(/[。．.：:\s]+$/, ''),
      kind: 'numbered',
      numbering,
      visual: this.visual(line, lead.nodes),
      runIn: true,
      element: lead.bold ? this.carrier(line, lead.nodes) : null,
      ...(lead.bold ? {} : { pending: 'run-in' as const }),
    };
  }

  /** Bold counts as emphasis only when the body text itself is not bold. */
  private emphasisBold(visual: Visual): boolean {
    return visual.bold && !this.bodyLook().bold;
  }

  /** Keeps the pseudo-headings that their surroundings confirm. */
  private confirm(found: Pending[]): Candidate[] {
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
      if (c.pending === 'emphasis') return next.length >= 20 && !at.has(next.index);
      if (c.pending === 'short-line') {
        const prev = this.neighbour(c.line.index, -1);
        const prevOk = !!prev && (confirmedBefore(prev) || (isLong(prev, c.line.length) && endsClause(prev.text)));
        // A body paragraph follows; or the line has the two-phrase headline form (`厚植開放 強化門戶樞紐支撐`),
        // which lets the section open with short lines of its own.
        return prevOk && (isLong(next, c.line.length) || (HEADLINE.test(c.text) && !at.has(next.index)));
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

    // A numbered line next to plain lines numbered one less or one more in the same family is an
    // item of a list (`1.……；` `2.……；` `3.……。`), not a section.
    const keptLines = new Set(kept.map((c) => c.line));
    kept = kept.filter((c) => {
      if (c.kind === 'tag' || !c.numbering) return true;
      for (const step of [-1, 1] as const) {
        const other = this.sameFamily(c.line.index, step, c.numbering);
        if (other && other.value === c.numbering.value + step && !keptLines.has(other.line)) return false;
      }
      return true;
    });

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
