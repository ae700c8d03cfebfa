/**
 * A small CSS cascade for the few properties the outline reads (font size, weight, family,
 * text-align), over the page's own `<style>` sheets and inline styles.
 *
 * Why: jsdom's `getComputedStyle` matches every rule of its large default style sheet and walks
 * all ancestors on each call (1–10 ms per element, 140 ms for the first call on a page), and even
 * reading its CSSOM rule by rule costs tens of ms on a page with a thousand rules. Parsing the
 * sheets' text for four properties is cheap. Browsers compute styles fast and see external style
 * sheets, so there the real `getComputedStyle` is used (see style.ts).
 */

export const CASCADE_PROPS = ['font-size', 'font-weight', 'font-family', 'text-align'] as const;
export type CascadeProp = (typeof CASCADE_PROPS)[number];

interface Value {
  value: string;
  important: boolean;
}

interface Declaration extends Value {
  selector: string;
  /** The selector as compounds from the subject leftwards, when it only uses descendant/child combinators. */
  chain: Compound[] | null;
  /** Specificity packed into one number (ids, classes, types). */
  specificity: number;
  order: number;
}

function byPriority(a: Declaration, b: Declaration): number {
  return Number(b.important) - Number(a.important) || b.specificity - a.specificity || b.order - a.order;
}

/** Selector specificity (a, b, c) packed as a·10000 + b·100 + c; good enough to order rules. */
export function specificity(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+(\([^)]*\))?/g) ?? []).length;
  const types = (selector.replace(/#[\w-]+|\.[\w-]+|\[[^\]]*\]|:+[\w-]+(\([^)]*\))?/g, ' ').match(/(^|[\s>+~])[a-zA-Z][\w-]*/g) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

/** A compound selector made only of a type, classes and an id, and the combinator to its left. */
interface Compound {
  tag: string;
  classes: string[];
  id: string;
  /** How the compound to its right relates to it: ' ' (inside it) or '>' (a child of it); '' for the subject. */
  combinator: '' | ' ' | '>';
}

const SIMPLE_COMPOUND = /^([a-zA-Z][\w-]*|\*)?((?:[.#][\w-]+)*)$/;

/**
 * Parses selectors like `.art-con p`, `#zoom > div.bt`, `h2` into compounds (subject first), or null
 * when they use anything else (attributes, pseudo-classes, sibling combinators): `matches()` then.
 */
export function parseChain(selector: string): Compound[] | null {
  const tokens = selector.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/);
  const chain: Compound[] = [];
  let combinator: Compound['combinator'] = '';
  for (const token of tokens) {
    if (token === '>') {
      if (!chain.length || combinator) return null;
      combinator = '>';
      continue;
    }
    const m = SIMPLE_COMPOUND.exec(token);
    if (!m || !token) return null;
    const parts = m[2]!.match(/[.#][\w-]+/g) ?? [];
    const ids = parts.filter((p) => p[0] === '#').map((p) => p.slice(1));
    if (ids.length > 1) return null;
    if (chain.length) chain[chain.length - 1]!.combinator = combinator || ' ';
    chain.push({ tag: m[1] && m[1] !== '*' ? m[1].toUpperCase() : '', classes: parts.filter((p) => p[0] === '.').map((p) => p.slice(1)), id: ids[0] ?? '', combinator: '' });
    combinator = '';
  }
  if (combinator) return null;
  return chain.reverse();
}

function chainSpecificity(chain: Compound[]): number {
  return chain.reduce((n, c) => n + (c.id ? 10000 : 0) + c.classes.length * 100 + (c.tag ? 1 : 0), 0);
}

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag && el.tagName.toUpperCase() !== c.tag) return false;
  if (c.id && el.id !== c.id) return false;
  for (const cls of c.classes) if (!el.classList.contains(cls)) return false;
  return true;
}

/** Right-to-left matching of a descendant/child chain (subject first). */
function matchesChain(el: Element, chain: Compound[]): boolean {
  if (!matchesCompound(el, chain[0]!)) return false;
  const rest = (cur: Element, i: number): boolean => {
    if (i >= chain.length) return true;
    const c = chain[i]!;
    // A compound's combinator says how the compound to its right relates to it: '>' = parent.
    if (c.combinator === '>') {
      const parent = cur.parentElement;
      return !!parent && matchesCompound(parent, c) && rest(parent, i + 1);
    }
    for (let a = cur.parentElement; a; a = a.parentElement) if (matchesCompound(a, c) && rest(a, i + 1)) return true;
    return false;
  };
  return rest(el, 1);
}

/** Splits a selector list at its top-level commas. */
function splitSelectors(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * The bucket a selector is filed under, from its subject (last compound): `#id`, `.class`, a tag
 * name or `*`. Null for selectors that never style an element's own text (`::before`).
 */
export function subjectKey(selector: string): string | null {
  if (/::|:(before|after|first-line|first-letter|placeholder|selection|marker)\b/i.test(selector)) return null;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && /[\s>+~]/.test(ch)) start = i + 1;
  }
  const subject = selector.slice(start).replace(/\[[^\]]*\]|\([^)]*\)/g, '');
  const id = /#([\w-]+)/.exec(subject);
  if (id) return `#${id[1]}`;
  const cls = /\.([\w-]+)/.exec(subject);
  if (cls) return `.${cls[1]}`;
  const tag = /^([a-zA-Z][\w-]*)/.exec(subject);
  return tag ? tag[1]!.toLowerCase() : '*';
}

const DECLARATION = /(?:^|;)\s*(font-size|font-weight|font-family|text-align|font)\s*:\s*([^;]*)/gi;
const FONT_SIZE = /(?:^|\s)([\d.]+(?:px|pt|em|rem|%)|(?:x{1,3}-)?(?:small|large)|medium|smaller|larger)(?:\s*\/\s*\S+)?(?=\s|$)/;

/** The wanted properties of a declaration block (`font` shorthand expanded). Later ones win. */
export function parseDeclarations(block: string): Map<CascadeProp, Value> {
  const out = new Map<CascadeProp, Value>();
  if (!/font|text-align/i.test(block)) return out;
  for (const m of block.matchAll(DECLARATION)) {
    const prop = m[1]!.toLowerCase();
    let raw = m[2]!.trim().toLowerCase();
    const important = /!\s*important\s*$/.test(raw);
    raw = raw.replace(/!\s*important\s*$/, '').trim();
    if (!raw) continue;
    if (prop !== 'font') {
      out.set(prop as CascadeProp, { value: raw, important });
      continue;
    }
    // `font: [style] [weight] size[/line-height] family` resets weight and sets size and family.
    const size = FONT_SIZE.exec(raw);
    if (!size) continue;
    const before = raw.slice(0, size.index + size[0].indexOf(size[1]!));
    out.set('font-weight', { value: /\bbold(er)?\b|\b[6-9]00\b/.test(before) ? 'bold' : 'normal', important });
    out.set('font-size', { value: size[1]!, important });
    const family = raw.slice(size.index + size[0].length).trim();
    if (family) out.set('font-family', { value: family, important });
  }
  return out;
}

/** `selector { block }` rules of a style sheet's text, `@media` blocks (not print) included. */
export function parseRules(css: string): { selector: string; block: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, '');
  const rules: { selector: string; block: string }[] = [];
  const walk = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      const open = text.indexOf('{', i);
      const semi = text.indexOf(';', i);
      if (open < 0 || open >= to) return;
      const prelude = text.slice(i, open).trim();
      if (prelude.startsWith('@') && semi >= 0 && semi < open) {
        i = semi + 1; // @import …; @charset …;
        continue;
      }
      // Find the matching close brace.
      let depth = 1;
      let j = open + 1;
      for (; j < to && depth; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
      }
      const close = j - 1;
      if (prelude.startsWith('@')) {
        if (/^@media\b/i.test(prelude) && !/print|speech/i.test(prelude)) walk(open + 1, close);
        if (/^@(supports|layer|container|document)\b/i.test(prelude)) walk(open + 1, close);
      } else if (prelude) {
        rules.push({ selector: prelude, block: text.slice(open + 1, close) });
      }
      i = j;
    }
  };
  walk(0, text.length);
  return rules;
}

/** The cascaded (not inherited) values of one document's author styles. */
export class SheetCascade {
  /** Declarations per property, filed by their selector's subject key (see `subjectKey`). */
  private readonly declarations = new Map<CascadeProp, Map<string, Declaration[]>>();

  constructor(doc: Document) {
    let order = 0;
    // getElementsByTagName: jsdom's querySelectorAll costs milliseconds on a large page.
    for (const style of Array.from(doc.getElementsByTagName('style'))) {
      if (/print|speech/i.test(style.getAttribute('media') ?? '')) continue;
      for (const rule of parseRules(style.textContent ?? '')) {
        const values = parseDeclarations(rule.block);
        if (!values.size) continue;
        for (const selector of splitSelectors(rule.selector)) {
          const key = subjectKey(selector);
          if (key === null) continue;
          const chain = parseChain(selector);
          const spec = chain ? chainSpecificity(chain) : specificity(selector);
          order++;
          for (const [prop, v] of values) {
            const byKey = this.declarations.get(prop) ?? new Map<string, Declaration[]>();
            this.declarations.set(prop, byKey);
            const list = byKey.get(key) ?? [];
            byKey.set(key, list);
            list.push({ selector, chain, specificity: spec, order, ...v });
          }
        }
      }
    }
  }

  /** The value `el` gets for `prop` from the sheets and its inline style, or '' when none applies. */
  value(el: Element, prop: CascadeProp): string {
    const style = el.getAttribute('style');
    const inline = style ? parseDeclarations(style).get(prop) : undefined;
    const byKey = this.declarations.get(prop);
    const list: Declaration[] = [];
    if (byKey?.size) {
      const keys = ['*', el.tagName.toLowerCase()];
      if (el.id) keys.push(`#${el.id}`);
      for (const c of Array.from(el.classList ?? [])) keys.push(`.${c}`);
      for (const k of keys) list.push(...(byKey.get(k) ?? []));
      // Highest priority first, so the first matching declaration wins.
      list.sort(byPriority);
    }
    for (const d of list) {
      if (inline && !d.important) break;
      let hit = false;
      if (d.chain) hit = matchesChain(el, d.chain);
      else {
        try {
          hit = el.matches(d.selector);
        } catch {
          hit = false; // a selector the DOM implementation does not support
        }
      }
      if (hit) return inline?.important ? inline.value : d.value;
    }
    return inline?.value ?? '';
  }
}
