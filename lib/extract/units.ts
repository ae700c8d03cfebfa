/**
 * The article as a reader sees its lines: each leaf block (paragraph, heading, list item, cell) is
 * a unit, and so is each run of inline nodes between blocks or `<br>`s. A table of data is one
 * unit. Edge trimming removes whole units.
 */
import { BLOCK_TAGS, NON_TEXT_TAGS, collapseSpace } from '../dom/text';
import { FILE_LINK } from './noise';
import { elementsByTag } from '../dom/walk';

/** A run of the article's text that reads as one line: a leaf block, or inline nodes between blocks. */
export interface Unit {
  nodes: Node[];
  text: string;
  /** All of its text is inside links. */
  allLinks: boolean;
  fileLink: boolean;
  /** A table with data (kept whole, never trimmed). */
  table: boolean;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) || el.tagName === 'BR';
}

function containsBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlock(c) || containsBlock(c)) return true;
  return false;
}

/** A table of data: at least two rows with two or more non-empty cells. */
function isDataTable(table: Element): boolean {
  let rows = 0;
  for (const tr of elementsByTag(table, 'TR')) {
    let cells = 0;
    for (let td = tr.firstElementChild; td; td = td.nextElementSibling) if ((td.tagName === 'TD' || td.tagName === 'TH') && collapseSpace(td.textContent ?? '')) cells++;
    if (cells >= 2 && ++rows >= 2) return true;
  }
  return false;
}

/** Characters inside links among `nodes`, and whether one of them links a document (one lookup of the links per node). */
function linksOf(nodes: Node[]): { linkChars: number; fileLink: boolean } {
  let linkChars = 0;
  let fileLink = false;
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const links = el.tagName === 'A' ? [el] : elementsByTag(el, 'A');
    for (const a of links) {
      linkChars += collapseSpace(a.textContent ?? '').replace(/\s/g, '').length;
      if (!fileLink && FILE_LINK.test(a.getAttribute('href') ?? '')) fileLink = true;
    }
  }
  return { linkChars, fileLink };
}

function makeUnit(nodes: Node[]): Unit | null {
  const text = collapseSpace(nodes.map((n) => (NON_TEXT_TAGS.has((n as Element).tagName ?? '') ? '' : n.textContent ?? '')).join(''));
  if (!text) return null;
  const { linkChars, fileLink } = linksOf(nodes);
  return { nodes, text, allLinks: linkChars > 0 && linkChars >= text.replace(/\s/g, '').length, fileLink, table: false };
}

/** The article's lines, in order. */
export function units(root: Element): Unit[] {
  const out: Unit[] = [];
  let run: Node[] = [];
  const flush = () => {
    const u = run.length ? makeUnit(run) : null;
    if (u) out.push(u);
    run = [];
  };
  const visit = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run.push(child);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (NON_TEXT_TAGS.has(c.tagName)) continue;
      if (c.tagName === 'BR') {
        run.push(c);
        flush();
      } else if (c.tagName === 'TABLE' && isDataTable(c)) {
        flush();
        const u = makeUnit([c]);
        if (u) out.push({ ...u, table: true });
      } else if (isBlock(c) || containsBlock(c)) {
        flush();
        if (containsBlock(c)) visit(c);
        else {
          const u = makeUnit([c]);
          if (u) out.push(u);
        }
        flush();
      } else run.push(c);
    }
  };
  visit(root);
  flush();
  return out;
}

/** Removes a unit's nodes from the article. */
export function removeUnit(u: Unit): void {
  for (const n of u.nodes) n.parentNode?.removeChild(n);
}
