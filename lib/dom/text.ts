/**
 * Text helpers shared by the stages: whitespace handling and block-aware text of a subtree.
 * Pure DOM reads; nothing here changes a node.
 */

/** Elements whose boundaries start a new line of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never article text. */
export const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK',
  // Raw-text fallbacks a browser never renders: their "text" is unparsed markup.
  'NOEMBED', 'NOFRAMES',
]);

// Unicode White_Space plus the zero-width characters that pages use as invisible padding.
const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** Collapses runs of whitespace (including NBSP, ideographic space, zero-width) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

function tagOf(node: Node): string {
  return (node as Element).tagName ? (node as Element).tagName.toUpperCase() : '';
}

/**
 * The text of a subtree as a reader sees its blocks: one line per block (paragraph, heading, list
 * item, table row), inline text joined, `<br>` as a line break, empty lines dropped.
 * Table cells in a row are separated by a tab so tables stay readable and paste as TSV.
 */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.split('\t').map(collapseSpace).join('\t').replace(/^\t+|\t+$/g, '');
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = tagOf(node);
    if (NON_TEXT_TAGS.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block && tag !== 'TD' && tag !== 'TH') flush();
    if ((tag === 'TD' || tag === 'TH') && current.trim()) current += '\t';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block && tag !== 'TD' && tag !== 'TH') flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** Number of Unicode code points (not UTF-16 units) in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
