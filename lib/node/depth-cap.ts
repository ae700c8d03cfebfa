/**
 * Node-only: caps how deep HTML nests before jsdom parses it. Browsers cap the tree depth in
 * their parser (Chromium at 512: deeper start tags become siblings); jsdom does not, and its
 * recursive tree code overflows the stack on a page of 20,000 nested `<div>`s. A tag that would
 * open deeper than the cap is dropped together with its end tag, so the text stays and the tree
 * stays within the cap. Pages that never nest that deep pass through untouched.
 */

/** Chromium's HTML parser depth limit. */
export const MAX_PARSE_DEPTH = 512;

/** Comments, raw-text elements (read whole, they cannot nest) and tags. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|noscript|iframe|noembed|noframes)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/gi;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound', 'image']);
/** Elements whose end tag is optional: opening another one closes the open one. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'tbody', 'thead', 'tfoot']);

interface Walk {
  /** Deepest nesting seen. */
  depth: number;
  /** The HTML with too-deep tags dropped (only built when `max` is given). */
  html: string;
}

function walkTags(html: string, max = Infinity): Walk {
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || m[0].endsWith('/>') || VOID.has(name)) continue;
    let keep = true;
    if (m[2]) {
      if ((dropped.get(name) ?? 0) > 0 && stack[stack.length - 1] !== name) {
        dropped.set(name, dropped.get(name)! - 1);
        keep = false;
      } else {
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
      }
    } else {
      if (SELF_CLOSING_SIBLINGS.has(name)) {
        const at = stack.lastIndexOf(name);
        if (at >= 0 && stack.length - at <= 3) stack.length = at;
      }
      if (stack.length >= max) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        keep = false;
      } else {
        stack.push(name);
        depth = Math.max(depth, stack.length);
      }
    }
    if (!keep && max !== Infinity) {
      out.push(html.slice(last, m.index));
      last = m.index + m[0].length;
    }
  }
  if (max === Infinity) return { depth, html };
  out.push(html.slice(last));
  return { depth, html: out.join('') };
}

/** How deep the tags of `html` nest (an estimate: optional end tags are closed the common way). */
export function nestingDepth(html: string): number {
  return walkTags(html).depth;
}

/** `html` with every start tag that would open deeper than `max` dropped, with its end tag. */
export function capDepth(html: string, max = MAX_PARSE_DEPTH): string {
  return walkTags(html, max).html;
}
