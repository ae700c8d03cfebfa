/**
 * The article as a reader sees it, line by line: one line per block (paragraph, heading, list item)
 * or per `<br>`-separated run inside a block, with the text nodes each line is made of. Images are
 * kept as empty lines, because a line right after a picture is often its caption.
 */
import { BLOCK_TAGS, NON_TEXT_TAGS, collapseSpace } from '../dom/text';

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface Line {
  /** Position in the line list. */
  index: number;
  /** Text with whitespace collapsed ('' for an image line). */
  text: string;
  /** Length of `text` in code points. */
  length: number;
  /** Nearest block element around the line (in the article clone). */
  block: Element;
  /** Text nodes of the line, in order. */
  nodes: Text[];
  /** An image (or other media) with no text: a picture between paragraphs. */
  image: boolean;
  /** The heading element (h1–h6) the line is in, if any. */
  heading: Element | null;
}

const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'FIGURE']);

const PADDING = /^[\ue000-\uf8ff\s]+|[\ue000-\uf8ff\s]+$/g;

function tagOf(node: Node): string {
  return (node as Element).tagName ? (node as Element).tagName.toUpperCase() : '';
}

/** Splits the article under `root` into lines. Pure read; never changes a node. */
export function articleLines(root: Element): Line[] {
  const lines: Line[] = [];
  let nodes: Text[] = [];
  let raw = '';
  let media = false;
  const blocks: Element[] = [root];
  let heading: Element | null = null;

  const flush = () => {
    // Private-use characters are what a mis-decoded GBK page shows for its padding (U+E5E5).
    const text = collapseSpace(raw).replace(PADDING, '');
    const block = blocks[blocks.length - 1]!;
    if (text) lines.push({ index: lines.length, text, length: [...text].length, block, nodes, image: false, heading });
    else if (media) lines.push({ index: lines.length, text: '', length: 0, block, nodes: [], image: true, heading });
    nodes = [];
    raw = '';
    media = false;
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.trim() || raw) {
        raw += value;
        if (value.trim()) nodes.push(node as Text);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = tagOf(node);
    if (MEDIA.has(tag) && tag !== 'FIGURE') {
      media = true;
      return;
    }
    if (NON_TEXT_TAGS.has(tag)) return;
    if (tag === 'BR') {
      // A line break inside a heading element does not make two headings.
      if (heading) raw += ' ';
      else flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    const isHeading = HEADING_TAGS.has(tag);
    if (block) {
      flush();
      blocks.push(node as Element);
    }
    const outerHeading = heading;
    if (isHeading && !heading) heading = node as Element;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) {
      flush();
      blocks.pop();
    }
    heading = outerHeading;
  };

  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  flush();
  return lines;
}
