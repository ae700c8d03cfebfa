/**
 * Reading the styles that decide whether text is visible, in two ways behind one interface:
 *
 * - In a browser (a layout engine is present) from `getComputedStyle`: inline styles, every style
 *   sheet (injected `<style>` classes, external files), presentational attributes.
 * - Elsewhere (jsdom in Node), from a small cascade of our own: inline `style`, the rules of the
 *   page's readable style sheets (specificity, order, `!important`), presentational attributes
 *   (`hidden`, `<font color>`, `bgcolor`, `width`/`height`). jsdom's own `getComputedStyle` costs
 *   about 5 ms per call on a real page (measured on the corpus), too slow for more than a
 *   handful of elements, and it ignores presentational attributes.
 *
 * Both only ever look at the properties that can hide text, for candidate elements only.
 */
import { contrast as contrastRatio, parseColor, type Rgba } from './color';

/** Properties the hiding checks read. */
export const STYLE_PROPS = [
  'display', 'visibility', 'opacity', 'position', 'left', 'top', 'right', 'bottom', 'text-indent', 'margin-left',
  'margin-top', 'font-size', 'line-height', 'height', 'width', 'max-height', 'max-width', 'overflow', 'overflow-x', 'overflow-y',
  'clip', 'clip-path', 'transform', 'color', 'background-color', 'background-image',
] as const;
export type StyleProp = (typeof STYLE_PROPS)[number];
const PROP_SET = new Set<string>(STYLE_PROPS);

/** Properties inherited by default (the rest are per element). */
const INHERITED = new Set<StyleProp>(['visibility', 'font-size', 'line-height', 'color']);

export interface StyleView {
  /** True when values come from a layout engine (`getComputedStyle` in a browser). */
  readonly computed: boolean;
  /** False when nothing declared on `el` itself can hide it (a cheap gate before the real checks). */
  mayHide(el: Element): boolean;
  /** Background colours declared by the page's readable style sheets (for a cheap camouflage pre-check). */
  sheetBackgrounds(): string[];
  /** Keys (`.class`, `#id`, tag, `*`) of sheet rules whose text colour passes `test`. */
  colorRuleKeys(test: (color: string) => boolean): Set<string>;
  /** The keys of `el` that rules are indexed by. */
  keysFor(el: Element): string[];
  /** The property's value for `el` (computed, or as cascaded from inline style, sheets and attributes); '' when unknown. */
  get(el: Element, prop: StyleProp): string;
  /**
   * Where `el`'s own value of `prop` is declared: `inline`, `attribute`, a sheet rule's selector,
   * or '' when not declared on the element itself (inherited, initial, or unknown).
   */
  origin(el: Element, prop: StyleProp): string;
}

// ---------------------------------------------------------------------------------------------
// Sheet rules, indexed by the key of their rightmost compound selector.

interface Declaration {
  value: string;
  important: boolean;
}

interface IndexedRule {
  selector: string;
  specificity: number;
  order: number;
  decl: Declaration;
  /** Set once `matches` threw: nwsapi builds an expensive error for every call on a bad selector. */
  invalid?: boolean;
}
/** Splits a selector list at top-level commas. */
function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** The last compound selector (after the last top-level combinator). */
function lastCompound(selector: string): string {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && (ch === ' ' || ch === '>' || ch === '+' || ch === '~')) start = i + 1;
  }
  return selector.slice(start).trim();
}

/** Specificity packed as ids·10⁶ + classes·10³ + types. */
function specificity(selector: string): number {
  const s = selector.replace(/\([^)]*\)/g, '()').replace(/\[[^\]]*\]/g, '[]');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[\]|:(?!:)[\w-]+/g) ?? []).length;
  const types = (s.match(/(?:^|[\s>+~])[a-z][\w-]*/gi) ?? []).length + (s.match(/::[\w-]+/g) ?? []).length;
  return ids * 1e6 + classes * 1e3 + types;
}

function keyOf(selector: string): string {
  const c = lastCompound(selector);
  const id = /#([\w-]+)/.exec(c);
  if (id) return `#${id[1]}`;
  const cls = /\.([\w-]+)/.exec(c);
  if (cls) return `.${cls[1]}`;
  const tag = /^([a-z][\w-]*)/i.exec(c);
  if (tag) return tag[1]!.toLowerCase();
  const attr = /\[\s*((?:[\w-]|\\.)+)/.exec(c);
  if (attr) return `[${attr[1]!.replace(/\\(.)/g, '$1').toLowerCase()}]`;
  return '*';
}

/** Whether some of `decls` can hide the element by itself (`position` alone cannot). */
export function declarationsMayHide(decls: Map<StyleProp, Declaration>): boolean {
  for (const [prop, decl] of decls) if (prop !== 'position' && hidingDeclaration(prop, decl.value)) return true;
  return false;
}

/** Whether a declared value can hide an element's text (the rule then makes elements candidates). */
export function hidingDeclaration(prop: StyleProp, value: string): boolean {
  const v = value.trim().toLowerCase();
  switch (prop) {
    case 'display':
      return v === 'none';
    case 'visibility':
      return v === 'hidden' || v === 'collapse';
    case 'opacity':
      return parseFloat(v) <= 0.05;
    case 'left':
    case 'top':
    case 'right':
    case 'bottom':
    case 'text-indent':
    case 'margin-left':
    case 'margin-top':
      return lengthPx(v) <= -500;
    case 'font-size':
    case 'height':
    case 'width':
    case 'max-height':
      return lengthPx(v) <= 1;
    case 'line-height':
      return parseFloat(v) === 0;
    case 'clip':
      return v.startsWith('rect');
    case 'clip-path':
      return v !== 'none' && v !== '';
    case 'transform':
      return /translate|scale\(\s*0/.test(v);
    case 'position':
      return v === 'absolute' || v === 'fixed';
    default:
      return false;
  }
}

/** A CSS length in px (em/rem as 16 px, % and keywords as NaN → +Infinity). */
export function lengthPx(value: string): number {
  const m = /^\s*(-?[\d.]+)\s*(px|em|rem|pt|pc|cm|mm|in|vw|vh|%)?\s*$/i.exec(value);
  if (!m) return Number.POSITIVE_INFINITY;
  const n = parseFloat(m[1]!);
  switch ((m[2] ?? 'px').toLowerCase()) {
    case 'em':
    case 'rem':
      return n * 16;
    case 'pt':
      return (n * 4) / 3;
    case 'pc':
      return n * 16;
    case 'cm':
      return n * 37.8;
    case 'mm':
      return n * 3.78;
    case 'in':
      return n * 96;
    case 'vw':
    case 'vh':
      return n * 10;
    case '%':
      // A far negative percentage (left:-100%) moves a box off-screen like a far negative length.
      return n < 0 ? n * 10 : n === 0 ? 0 : Number.POSITIVE_INFINITY;
    default:
      return n;
  }
}

/** Media lists that apply to a screen with no other condition. */
function screenMedia(media: string): boolean {
  const m = media.trim().toLowerCase();
  return m === '' || m === 'all' || m === 'screen' || m === 'only screen';
}


/** Rules per property, by the key of their rightmost compound; `hiding` holds those whose value can hide. */
interface RuleIndex {
  all: Map<StyleProp, Map<string, IndexedRule[]>>;
  hiding: Map<StyleProp, Map<string, IndexedRule[]>>;
  /** Whether some rule is keyed by an attribute name (elements then need their attribute keys). */
  attributeKeys: boolean;
}

function push(index: Map<StyleProp, Map<string, IndexedRule[]>>, prop: StyleProp, key: string, rule: IndexedRule): void {
  let byKey = index.get(prop);
  if (!byKey) index.set(prop, (byKey = new Map()));
  const list = byKey.get(key);
  if (list) list.push(rule);
  else byKey.set(key, [rule]);
}

/**
 * The rules of the page's `<style>` elements, read from their text rather than through the
 * CSSOM: jsdom's CSSOM costs more to read (property by property) than parsing the text, and a
 * page's readable rules are its inline sheets anyway (jsdom loads no external sheets; a browser's
 * computed styles apply them without us). Media blocks apply when they target screens without
 * conditions; `@supports` blocks apply; other at-rules (`@font-face`, `@keyframes`, `@import`…) do not.
 */
function indexSheets(styles: Element[]): RuleIndex {
  const index: RuleIndex = { all: new Map(), hiding: new Map(), attributeKeys: false };
  let order = 0;
  const addRule = (selectorText: string, body: string) => {
    const decls = parseInlineStyle(body);
    if (!decls.size) return;
    for (const selector of splitList(selectorText)) {
      // Dynamic pseudo-classes and pseudo-elements never hide the element itself at load.
      if (!selector || /::|:(?:hover|focus|active|visited|focus-within|focus-visible|target|before|after)\b/i.test(selector)) continue;
      const key = keyOf(selector);
      if (key.startsWith('[')) index.attributeKeys = true;
      const spec = specificity(selector);
      const at = order++;
      for (const [prop, decl] of decls) {
        const entry: IndexedRule = { selector, specificity: spec, order: at, decl };
        push(index.all, prop, key, entry);
        if (hidingDeclaration(prop, decl.value)) push(index.hiding, prop, key, entry);
      }
    }
  };
  for (const style of styles) {
    const media = style.getAttribute('media');
    if (media && !screenMedia(media)) continue;
    parseRules(style.textContent ?? '', addRule);
  }
  return index;
}

/** Walks CSS text, calling `rule(selector, declarations)` for each style rule that applies to a plain screen. */
export function parseRules(css: string, rule: (selector: string, body: string) => void): void {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, '');
  let i = 0;
  const block = (from: number): number => {
    // Index just after the `}` that closes the block opened before `from`.
    let depth = 1;
    let quote = '';
    for (let k = from; k < text.length; k++) {
      const ch = text[k]!;
      if (quote) {
        if (ch === quote && text[k - 1] !== '\\') quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return k + 1;
    }
    return text.length;
  };
  const walk = (start: number, end: number) => {
    i = start;
    while (i < end) {
      const open = text.indexOf('{', i);
      const semi = text.indexOf(';', i);
      if (open < 0 || open >= end) return;
      const prelude = text.slice(i, open).trim();
      if (prelude.startsWith('@') && semi >= 0 && semi < open && !/^@media|^@supports/i.test(text.slice(i, semi).trim())) {
        i = semi + 1; // @import, @charset …
        continue;
      }
      const close = block(open + 1);
      if (prelude.startsWith('@')) {
        const at = /^@(media|supports)\b\s*(.*)$/is.exec(prelude);
        if (at && (at[1]!.toLowerCase() === 'supports' || screenMedia(at[2]!))) {
          const resume = close;
          walk(open + 1, close - 1);
          i = resume;
          continue;
        }
      } else if (prelude) rule(prelude, text.slice(open + 1, close - 1));
      i = close;
    }
  };
  walk(0, text.length);
}

function keysOf(el: Element, withAttributes: boolean): string[] {
  const keys = ['*', el.localName];
  if (el.id) keys.push(`#${el.id}`);
  const cls = el.getAttribute('class');
  if (cls) for (const c of cls.split(/\s+/)) if (c) keys.push(`.${c}`);
  if (withAttributes) for (const name of el.getAttributeNames()) keys.push(`[${name}]`);
  return keys;
}

function matches(el: Element, rule: IndexedRule): boolean {
  if (rule.invalid) return false;
  try {
    return el.matches(rule.selector);
  } catch {
    rule.invalid = true;
    return false;
  }
}

/** The rules of `byKey` that match `el`. */
function matchingRules(byKey: Map<string, IndexedRule[]> | undefined, el: Element, keys: string[]): IndexedRule[] {
  if (!byKey) return [];
  const out: IndexedRule[] = [];
  for (const key of keys) for (const rule of byKey.get(key) ?? []) if (matches(el, rule)) out.push(rule);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Inline styles, parsed here: jsdom builds a full CSSStyleDeclaration for `el.style` on first
// access, which costs more than the whole check.

const COLOR_TOKEN = /^(?:#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla)\(.*\)|[a-z]+)$/i;

/** Splits a declaration list at `;` outside parentheses and quotes (jumping between special characters: sheets carry long data URIs). */
function splitDeclarations(text: string): string[] {
  if (!/[("']/.test(text)) return text.split(';');
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  const special = /[;()"']/g;
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const ch = m[0];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      out.push(text.slice(start, m.index));
      start = m.index + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Splits a value at top-level spaces. */
function tokens(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

const SHORTHANDS = new Set(['margin', 'font', 'background', 'inset']);

/** The declarations of a `style` attribute for the properties the checks read (shorthands expanded). */
export function parseInlineStyle(text: string): Map<StyleProp, Declaration> {
  const out = new Map<StyleProp, Declaration>();
  if (!text) return out;
  const set = (prop: string, value: string, important: boolean) => {
    if (PROP_SET.has(prop) && value && !(out.get(prop as StyleProp)?.important && !important)) out.set(prop as StyleProp, { value, important });
  };
  for (const decl of splitDeclarations(text)) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    if (!PROP_SET.has(prop) && !SHORTHANDS.has(prop)) continue;
    let value = decl.slice(colon + 1).trim();
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    value = value.toLowerCase();
    if (!value) continue;
    if (prop === 'margin') {
      const t = tokens(value);
      set('margin-top', t[0] ?? '', important);
      set('margin-left', t[3] ?? t[1] ?? t[0] ?? '', important);
    } else if (prop === 'font') {
      const size = /(?:^|\s)(-?[\d.]+(?:px|em|rem|pt|%)?|xx-small|x-small|small|medium|large)(?:\s*\/\s*([\d.]+[a-z%]*))?(?=\s)/i.exec(` ${value} `);
      if (size) {
        set('font-size', size[1]!, important);
        if (size[2]) set('line-height', size[2], important);
      }
    } else if (prop === 'background') {
      for (const t of tokens(value)) {
        if (/^url\(/.test(t)) set('background-image', t, important);
        else if (COLOR_TOKEN.test(t) && !/^(?:no-repeat|repeat|repeat-x|repeat-y|center|top|left|right|bottom|fixed|scroll|none)$/.test(t)) set('background-color', t, important);
      }
    } else if (prop === 'inset') {
      const t = tokens(value);
      set('top', t[0] ?? '', important);
      set('left', t[3] ?? t[1] ?? t[0] ?? '', important);
    } else set(prop, value, important);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Presentational attributes (HTML's "presentational hints"), which jsdom does not apply.

function attributeValue(el: Element, prop: StyleProp): string {
  switch (prop) {
    case 'display':
      return el.hasAttribute('hidden') ? 'none' : '';
    case 'color':
      return el.localName === 'font' ? el.getAttribute('color') ?? '' : '';
    case 'background-color':
      return ['body', 'table', 'td', 'th', 'tr'].includes(el.localName) ? el.getAttribute('bgcolor') ?? '' : '';
    case 'width':
    case 'height': {
      if (!['marquee', 'iframe', 'frame', 'img', 'table', 'td', 'embed', 'object'].includes(el.localName)) return '';
      const v = el.getAttribute(prop);
      return v && /^\s*\d+(\.\d+)?\s*$/.test(v) ? `${parseFloat(v)}px` : v ?? '';
    }
    case 'font-size': {
      if (el.localName !== 'font') return '';
      const size = el.getAttribute('size');
      return size !== null && /^\s*0\s*$/.test(size) ? '0px' : '';
    }
    default:
      return '';
  }
}

// ---------------------------------------------------------------------------------------------

const INITIAL: Partial<Record<StyleProp, string>> = {
  display: 'inline', visibility: 'visible', opacity: '1', position: 'static', left: 'auto', top: 'auto', right: 'auto', bottom: 'auto',
  'text-indent': '0', 'margin-left': '0', 'margin-top': '0', 'font-size': '16px', 'line-height': 'normal', height: 'auto', width: 'auto',
  'max-height': 'none', 'max-width': 'none', overflow: 'visible', 'overflow-x': 'visible', 'overflow-y': 'visible', clip: 'auto', 'clip-path': 'none',
  transform: 'none', color: 'rgb(0, 0, 0)', 'background-color': 'transparent', 'background-image': 'none',
};

/** The cascade of our own, for documents without a layout engine. */
class DeclaredStyleView implements StyleView {
  readonly computed = false;
  private indexCache: RuleIndex | null = null;
  private readonly inline = new Map<Element, Map<StyleProp, Declaration>>();
  private readonly keys = new Map<Element, string[]>();
  private readonly resolved = new Map<Element, Map<StyleProp, { value: string; origin: string }>>();

  constructor(private readonly styles: () => Element[]) {}

  sheetBackgrounds(): string[] {
    return [...(this.index.all.get('background-color')?.values() ?? [])].flat().map((r) => r.decl.value);
  }

  colorRuleKeys(test: (color: string) => boolean): Set<string> {
    const out = new Set<string>();
    for (const [key, rules] of this.index.all.get('color') ?? []) if (rules.some((r) => test(r.decl.value))) out.add(key);
    return out;
  }

  keysFor(el: Element): string[] {
    return this.keysOf(el);
  }

  private hidingKeys: Set<string> | null = null;
  private readonly hidingProps = new Map<Element, Set<StyleProp>>();

  /** The properties for which a sheet rule with a hiding value matches `el` (each rule tested once per element). */
  private sheetHiding(el: Element): Set<StyleProp> {
    let props = this.hidingProps.get(el);
    if (props) return props;
    props = new Set();
    this.hidingKeys ??= new Set([...this.index.hiding.values()].flatMap((byKey) => [...byKey.keys()]));
    const keys = this.keysOf(el);
    if (keys.some((k) => this.hidingKeys!.has(k))) {
      const tested = new Map<string, boolean>();
      for (const [prop, byKey] of this.index.hiding) {
        for (const key of keys) {
          for (const rule of byKey.get(key) ?? []) {
            let hit = tested.get(rule.selector);
            if (hit === undefined) tested.set(rule.selector, (hit = matches(el, rule)));
            if (hit) props.add(prop);
          }
        }
      }
    }
    this.hidingProps.set(el, props);
    return props;
  }

  mayHide(el: Element): boolean {
    if (el.localName === 'marquee' || el.localName === 'font' || el.hasAttribute('hidden')) return true;
    if (declarationsMayHide(this.inlineOf(el)) || /expression/i.test(el.getAttribute('style') ?? '')) return true;
    const props = this.sheetHiding(el);
    return props.size > 0 && !(props.size === 1 && props.has('position'));
  }

  /** Built on first use: pages without candidates never pay for reading their sheets. */
  private get index(): RuleIndex {
    this.indexCache ??= indexSheets(this.styles());
    return this.indexCache;
  }

  private inlineOf(el: Element): Map<StyleProp, Declaration> {
    let decls = this.inline.get(el);
    if (!decls) this.inline.set(el, (decls = parseInlineStyle(el.getAttribute('style') ?? '')));
    return decls;
  }

  private keysOf(el: Element): string[] {
    let keys = this.keys.get(el);
    if (!keys) this.keys.set(el, (keys = keysOf(el, this.index.attributeKeys)));
    return keys;
  }

  /**
   * The element's own declared value of `prop` and where it comes from, or null. Only a value that
   * can hide (or a colour) is looked for in the sheets at first; when one is found, the full
   * cascade of that property decides, so `.tabs .on {display:block}` still beats `.tabs div {display:none}`.
   */
  private declared(el: Element, prop: StyleProp, force = false): { value: string; origin: string } | null {
    const inline = this.inlineOf(el).get(prop);
    const attr = attributeValue(el, prop);
    const colour = prop === 'color' || prop === 'background-color' || prop === 'background-image';
    const suspicious = force || colour || (inline && hidingDeclaration(prop, inline.value)) || (attr && hidingDeclaration(prop, attr)) || this.sheetHiding(el).has(prop);
    if (!suspicious) return inline ? { value: inline.value, origin: 'inline' } : attr ? { value: attr, origin: 'attribute' } : null;
    let best: { value: string; origin: string; important: boolean; specificity: number; order: number } | null = attr ? { value: attr, origin: 'attribute', important: false, specificity: -1, order: -1 } : null;
    for (const rule of matchingRules(this.index.all.get(prop), el, this.keysOf(el))) {
      const d = rule.decl;
      if (!best || (d.important && !best.important) || (d.important === best.important && (rule.specificity > best.specificity || (rule.specificity === best.specificity && rule.order > best.order))))
        best = { value: d.value, origin: rule.selector, important: d.important, specificity: rule.specificity, order: rule.order };
    }
    if (inline && !(best?.important && !inline.important)) best = { value: inline.value, origin: 'inline', important: inline.important, specificity: 1e9, order: 0 };
    return best;
  }

  origin(el: Element, prop: StyleProp): string {
    return this.declared(el, prop)?.origin ?? '';
  }

  get(el: Element, prop: StyleProp): string {
    let cache = this.resolved.get(el);
    if (!cache) this.resolved.set(el, (cache = new Map()));
    const hit = cache.get(prop);
    if (hit) return hit.value;
    const value = this.resolve(el, prop);
    cache.set(prop, { value, origin: '' });
    return value;
  }

  private resolve(el: Element, prop: StyleProp): string {
    let own = this.declared(el, prop)?.value;
    // An inherited hiding value (font-size:0, visibility:hidden) may be set back by the element's own rules.
    if (!own && INHERITED.has(prop) && el.parentElement && hidingDeclaration(prop, this.get(el.parentElement, prop))) own = this.declared(el, prop, true)?.value;
    if (own && own !== 'inherit') {
      if (prop === 'font-size' && /em|%/.test(own) && parseFloat(own) !== 0) {
        const parent = el.parentElement;
        return parent && lengthPx(this.get(parent, 'font-size')) === 0 ? '0px' : own;
      }
      return own;
    }
    if ((INHERITED.has(prop) || own === 'inherit') && el.parentElement) return this.get(el.parentElement, prop);
    if (prop === 'display') return BLOCKISH.has(el.localName) ? 'block' : INITIAL.display!;
    return INITIAL[prop] ?? '';
  }
}

const BLOCKISH = new Set(['div', 'p', 'ul', 'ol', 'li', 'table', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'form', 'center', 'blockquote', 'pre', 'body', 'html']);

/**
 * Properties whose `getComputedStyle` value is the used value of a laid-out box. Reading one
 * forces the page's layout: at DOMContentLoaded that is the page's first layout, inside our
 * cleanup (p90 50 ms, p95 69 ms on the corpus in Chromium, against 1 ms for the same elements'
 * computed values). The hiding checks want what the page declares (`width:0`, `left:-9999px`),
 * which the computed value (CSS Typed OM) gives without layout, as the declared cascade does in Node.
 */
const LAYOUT_DEPENDENT = new Set<StyleProp>(['left', 'top', 'right', 'bottom', 'margin-left', 'margin-top', 'height', 'width', 'transform']);

interface TypedMap {
  get(prop: string): { toString(): string } | undefined | null;
}

/** `el`'s CSS Typed OM computed values, or null where the browser has none (Firefox). */
function typedMap(el: Element): TypedMap | null {
  const read = (el as Element & { computedStyleMap?: () => TypedMap }).computedStyleMap;
  try {
    return typeof read === 'function' ? read.call(el) : null;
  } catch {
    return null;
  }
}

/** The computed (not used) value of `prop`, or null when Typed OM does not give it. */
function typedValue(map: TypedMap, prop: StyleProp): string | null {
  try {
    const value = map.get(prop);
    return value == null ? null : value.toString();
  } catch {
    return null;
  }
}

/** Computed styles of a browser. Where a value comes from is looked up in the readable sheets. */
class ComputedStyleView implements StyleView {
  readonly computed = true;
  private readonly cache = new Map<Element, CSSStyleDeclaration>();
  private readonly typed = new Map<Element, TypedMap | null>();
  private readonly declared: DeclaredStyleView;

  constructor(
    styles: () => Element[],
    private readonly win: Window,
  ) {
    this.declared = new DeclaredStyleView(styles);
  }

  sheetBackgrounds(): string[] {
    return this.declared.sheetBackgrounds();
  }

  colorRuleKeys(test: (color: string) => boolean): Set<string> {
    return this.declared.colorRuleKeys(test);
  }

  keysFor(el: Element): string[] {
    return this.declared.keysFor(el);
  }

  mayHide(): boolean {
    return true;
  }

  get(el: Element, prop: StyleProp): string {
    if (LAYOUT_DEPENDENT.has(prop)) {
      let map = this.typed.get(el);
      if (map === undefined) this.typed.set(el, (map = typedMap(el)));
      const value = map ? typedValue(map, prop) : null;
      if (value !== null) return value;
    }
    let cs = this.cache.get(el);
    if (!cs) {
      cs = this.win.getComputedStyle(el);
      this.cache.set(el, cs);
    }
    return cs.getPropertyValue(prop);
  }

  origin(el: Element, prop: StyleProp): string {
    const declared = this.declared.origin(el, prop);
    if (declared) return declared;
    // Declared by a sheet we cannot read (cross-origin) when the value differs from the parent's.
    const parent = el.parentElement;
    if (INHERITED.has(prop) && parent && this.get(parent, prop) === this.get(el, prop)) return '';
    return this.get(el, prop) !== (INITIAL[prop] ?? '') ? 'style sheet' : '';
  }
}

/**
 * Whether the document is rendered by a browser, whose computed styles are the whole cascade
 * (jsdom's are partial). Asked without measuring a box: at DOMContentLoaded that would force the
 * page's first layout inside our cleanup (70–100 ms on a news page), and only styles are read.
 * Browsers give a rendered window a `visualViewport`; jsdom and linkedom do not.
 */
function isRendered(doc: Document): boolean {
  try {
    return !!doc.documentElement && (doc.defaultView as (Window & { visualViewport?: unknown }) | null)?.visualViewport != null;
  } catch {
    return false;
  }
}

/**
 * The style view for `doc`: computed styles when a browser lays it out, else the declared
 * cascade. `styles` lists the page's `<style>` elements (the scan collects them on its walk).
 */
export function styleView(doc: Document, styles: () => Element[] = () => Array.from(doc.getElementsByTagName('style'))): StyleView {
  const win = doc.defaultView;
  if (win && typeof win.getComputedStyle === 'function' && isRendered(doc)) return new ComputedStyleView(styles, win);
  return new DeclaredStyleView(styles);
}

/**
 * Effective background colour behind `el`: the first opaque-ish background up the tree (white at
 * the root). Null when an image is involved. With `memo`, the answer is kept for every element
 * walked through (they all share it): the carriers of a page share most of their ancestors.
 */
export function backgroundOf(view: StyleView, el: Element, memo?: Map<Element, Rgba | null>): Rgba | null {
  const path: Element[] = [];
  let found: Rgba | null | undefined;
  for (let cur: Element | null = el; cur && found === undefined; cur = cur.parentElement) {
    if (memo?.has(cur)) {
      found = memo.get(cur)!;
      break;
    }
    path.push(cur);
    const image = view.get(cur, 'background-image');
    if (image && image !== 'none') found = null;
    else {
      const bg = parseColor(view.get(cur, 'background-color'));
      if (bg && bg.a >= 0.5) found = bg;
    }
  }
  if (found === undefined) found = { r: 255, g: 255, b: 255, a: 1 };
  if (memo) for (const p of path) memo.set(p, found);
  return found;
}

/** Whether `el` clips what overflows it (`overflow: hidden`, `clip`, `scroll`, `auto`). */
export function clipsOverflow(view: StyleView, el: Element): boolean {
  return ['overflow', 'overflow-x', 'overflow-y'].some((p) => /hidden|clip|scroll|auto/.test(view.get(el, p as StyleProp)));
}

export { contrastRatio as contrast };
