/**
 * One read-only pass over a page that measures every element: visible characters, characters
 * inside links, tags, links, punctuation and paragraphs. Boilerplate detection, the density
 * second opinion, the title search and the article check all read these numbers instead of
 * walking the tree again.
 */
import { BLOCK_TAGS, NON_TEXT_TAGS, collapseSpace } from '../dom/text';
import { elementsByTag, upperTag } from '../dom/walk';

export interface NodeStats {
  /** Non-whitespace characters of the element's visible text. */
  chars: number;
  /** Of those, characters inside `<a href>`. */
  linkChars: number;
  /** Elements in the subtree, the element itself included. */
  tags: number;
  /** `<a>` elements in the subtree. */
  links: number;
  /** Sentence and clause punctuation (，。、；：！？ and ASCII ,.;:!?) outside links. */
  punct: number;
  /** `<p>` and `<br>` elements in the subtree (old layouts separate paragraphs with `<br>`). */
  paras: number;
}

/** Adds a child's counts to its parent's. */
function addStats(into: NodeStats, child: NodeStats): void {
  into.chars += child.chars;
  into.linkChars += child.linkChars;
  into.tags += child.tags;
  into.links += child.links;
  into.punct += child.punct;
  into.paras += child.paras;
}

export type PageStats = Map<Element, NodeStats>;

/** Whitespace, as `collapseSpace` sees it (Unicode White_Space and zero-width characters). */
function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

function isPunct(c: number): boolean {
  return (
    c === 0xff0c || c === 0x3002 || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f || // ，。、；：！？
    c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f // , . ; : ! ?
  );
}

/**
 * Adds the non-whitespace characters and punctuation marks of `text` to `s` (characters counted as
 * link text too when `linked`, punctuation only outside links), without an object per text node:
 * a large page has tens of thousands.
 */
function addText(s: NodeStats, text: string, linked: boolean): void {
  let chars = 0;
  let punct = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    // A surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff) i++;
    chars++;
    if (isPunct(c)) punct++;
  }
  s.chars += chars;
  if (linked) s.linkChars += chars;
  else s.punct += punct;
}

/** Counts the non-whitespace characters and punctuation marks of a string. */
export function measureText(text: string): { chars: number; punct: number } {
  const s: NodeStats = { chars: 0, linkChars: 0, tags: 0, links: 0, punct: 0, paras: 0 };
  addText(s, text, false);
  return { chars: s.chars, punct: s.punct };
}

/** Whether an inline style hides the element (the spam stage handles subtler hiding). */
export function hiddenByAttribute(el: Element): boolean {
  // Most elements of a large page have no attribute at all: one call answers for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Measures every element under `root` (inclusive). Elements in `skip`, hidden ones and non-text
 * elements (script, style, form controls…) count as absent. `check` runs every few hundred
 * elements (the stage's deadline).
 */
export function scanPage(root: Element, skip: ReadonlySet<Node>, check: () => void = () => {}): PageStats {
  const stats: PageStats = new Map();
  let visited = 0;
  const walk = (el: Element, inLink: boolean): NodeStats => {
    if (++visited % 500 === 0) check();
    const tag = el.tagName;
    const isLink = tag === 'A' && el.hasAttribute('href');
    const s: NodeStats = { chars: 0, linkChars: 0, tags: 1, links: tag === 'A' ? 1 : 0, punct: 0, paras: tag === 'P' || tag === 'BR' ? 1 : 0 };
    const linked = inLink || isLink;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(s, child.nodeValue ?? '', linked);
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (skip.has(c) || NON_TEXT_TAGS.has(c.tagName.toUpperCase()) || hiddenByAttribute(c)) continue;
        addStats(s, walk(c, linked));
      }
    }
    stats.set(el, s);
    return s;
  };
  walk(root, false);
  return stats;
}

/** `scanPage` and `blockText` of the same root from one walk, with the elements later passes look up. */
export interface PageScan {
  stats: PageStats;
  /** `blockText(root).split('\n')`: the page's lines as a reader sees them (cells separated by tabs). */
  lines: string[];
  /** The `<h1>` and `<h2>` elements under the root, in document order (as `elementsByTag(root, ['H1', 'H2'])`). */
  headings: Element[];
  /** The `<input>` elements under the root, in document order. */
  inputs: Element[];
  /** The `<meta>` elements under the root, in document order. */
  metas: Element[];
}

/** The tags `PageScan` collects, looked up inside subtrees the text walk does not enter. */
const COLLECTED = ['H1', 'H2', 'INPUT', 'META'];

/**
 * One walk over a large page instead of four (measuring, block text, headings, form fields):
 * the same numbers as `scanPage(root, skip)`, the same lines as `blockText(root)` (which, unlike
 * the measurements, include skipped and hidden elements), and the `<h1>`/`<h2>` and `<input>`
 * elements under `root`. `check` runs every few hundred elements.
 */
export function scanPageAndText(root: Element, skip: ReadonlySet<Node>, check: () => void = () => {}): PageScan {
  const stats: PageStats = new Map();
  const lines: string[] = [];
  const headings: Element[] = [];
  const inputs: Element[] = [];
  const metas: Element[] = [];
  let current = '';
  let visited = 0;
  // As blockText: a line per block, cells joined by tabs, each cell's whitespace collapsed.
  const flush = () => {
    // Without a tab the line is one cell (and collapsing leaves no tab to trim).
    const line = current.includes('\t') ? current.split('\t').map(collapseSpace).join('\t').replace(/^\t+|\t+$/g, '') : collapseSpace(current);
    if (line) lines.push(line);
    current = '';
  };
  const collect = (el: Element, tag: string) => {
    if (tag === 'INPUT') inputs.push(el);
    else if (tag === 'META') metas.push(el);
    else if (tag === 'H1' || tag === 'H2') headings.push(el);
  };
  /** Walks `el` for its text; measures it when `counted` (neither skipped nor hidden, nor inside such). */
  // `name` is the element's tagName, `tag` its upper case (read once, by the parent's loop).
  const walk = (el: Element, name: string, tag: string, counted: boolean, inLink: boolean): NodeStats | null => {
    if (++visited % 500 === 0) check();
    const s: NodeStats | null = counted ? { chars: 0, linkChars: 0, tags: 1, links: name === 'A' ? 1 : 0, punct: 0, paras: name === 'P' || name === 'BR' ? 1 : 0 } : null;
    if (tag === 'BR') {
      flush();
      if (s) stats.set(el, s);
      return s;
    }
    const cell = tag === 'TD' || tag === 'TH';
    const block = !cell && BLOCK_TAGS.has(tag);
    if (block) flush();
    if (cell && current.trim()) current += '\t';
    const linked = inLink || (name === 'A' && el.hasAttribute('href'));
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        current += text;
        if (s) addText(s, text, linked);
      } else if (child.nodeType === 1) {
        const c = child as Element;
        const cname = c.tagName;
        const ctag = upperTag(c);
        collect(c, ctag);
        if (NON_TEXT_TAGS.has(ctag)) {
          // Not text, but the elements looked up may sit inside (a form control in <noscript>).
          if (c.firstElementChild) for (const e of elementsByTag(c, COLLECTED)) collect(e, e.tagName.toUpperCase());
          continue;
        }
        const cs = walk(c, cname, ctag, !!s && !skip.has(c) && !hiddenByAttribute(c), linked);
        if (s && cs) addStats(s, cs);
      }
    }
    if (block) flush();
    if (s) stats.set(el, s);
    return s;
  };
  const name = root.tagName;
  const tag = name.toUpperCase();
  if (NON_TEXT_TAGS.has(tag)) {
    // No text at all (blockText reads nothing), but measured like any root.
    for (const e of elementsByTag(root, COLLECTED)) collect(e, e.tagName.toUpperCase());
    return { stats: scanPage(root, skip, check), lines: [''], headings, inputs, metas };
  }
  walk(root, name, tag, true, false);
  flush();
  return { stats, lines: lines.length ? lines : [''], headings, inputs, metas };
}

/**
 * The elements with tag `tag` in the whole document, from those a walk of its body found
 * (`inBody`): the other children of `<html>` (the head) are searched. Undefined when the body is
 * not a child of `<html>`.
 */
export function documentElementsByTag(doc: Document, inBody: readonly Element[], tag: string): Element[] | undefined {
  const html = doc.documentElement;
  const body = doc.body;
  if (!html || !body || body.parentElement !== html) return undefined;
  const out: Element[] = [];
  for (let child = html.firstElementChild; child; child = child.nextElementSibling) {
    if (child === body) out.push(...inBody);
    else {
      if (child.tagName.toUpperCase() === tag) out.push(child);
      out.push(...elementsByTag(child, tag));
    }
  }
  return out;
}
