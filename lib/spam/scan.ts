/**
 * One pass over the page that every detector shares: the text blocks, the links and where they
 * point, the elements whose styles could hide them, frames, marquees and scripts. Detectors read
 * it; nothing here decides what is spam. Walking the tree once and keeping the expensive checks
 * (styles, vocabulary, foreign-word statistics) for the few candidates keeps the stage cheap.
 */
import { BLOCK_TAGS, NON_TEXT_TAGS, collapseSpace } from '../dom/text';
import { countScript } from '../convert/detect';
import type { Script } from '../report';
import { matchLexicon, type LexiconMatch } from './lexicon';
import { HrefClassifier, hostOf, siteOf, type LinkTarget } from './links';
import { declarationsMayHide, parseInlineStyle, styleView, type StyleView } from './style';
import { hanBigrams, isStuffing } from './evidence';
import { readableSource } from './decode';
import { elementsByTag, upperTag } from '../dom/walk';

export interface TextBlock {
  el: Element;
  /** Text as a reader sees it, whitespace collapsed. */
  text: string;
  /** The same with invisible characters kept (zero-width…), for vocabulary and trick checks. */
  raw: string;
  /** Position in document order among the blocks. */
  index: number;
}

export interface LinkInfo {
  el: Element;
  href: string;
  /** Where it points, relative to the page's host. */
  target: LinkTarget;
  text: string;
}

export interface ArticleGuess {
  /** The element holding most of the page's prose. */
  container: Element;
  /** Its first and last prose blocks. */
  first: TextBlock;
  last: TextBlock;
}

export interface ScanOptions {
  /** The page URL when the document does not know it (saved files). */
  url?: string;
  /** Called between detectors and inside long loops; throws when the stage's budget is spent. */
  check?: () => void;
}

/** Inline styles that mention a property able to hide text (a quick filter before the real check). */
const HIDING_INLINE = /display|visib|opacity|position|indent|margin|font|height|width|clip|transform|color|overflow|line-height|expression|filter/i;
/** Leaf blocks: these elements when they have no block-level descendants. */
const LEAF_BLOCK = new Set([...BLOCK_TAGS].filter((t) => !['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'BODY', 'HR'].includes(t)));
const SKIP = new Set([...NON_TEXT_TAGS, 'NOFRAMES', 'FRAMESET']);
const PROSE_PUNCT = /[，。；！？]/g;
/** Tokens without which a script cannot redirect, write, cloak or be obfuscated. */
const SUSPICIOUS_SCRIPT = /referrer|write|_0x|__Ox|eval\s*\(|location|open\s*\(|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|fromCharCode|navigator/i;
const NO_NAMES: readonly string[] = [];
/** What a walked subtree holds: a block-level element; an element `textOf` does not read as plain text (`<br>`, script, frame…). */
const HAS_BLOCK = 1;
const HAS_NON_TEXT = 2;
/** Injected scripts are small; large inline scripts are libraries. */
const MAX_SCRIPT = 50_000;

/**
 * Whether an inline style declares something that can hide the element by itself (`display:none`,
 * `left:-9999px`, `height:0`…). `text-indent:2em` on every paragraph of a government page does
 * not: such elements are checked only when they hold spam carriers, like elements without a style.
 */
function inlineMayHide(style: string): boolean {
  return /expression/i.test(style) || declarationsMayHide(parseInlineStyle(style));
}

export class PageScan {
  readonly doc: Document;
  readonly body: HTMLElement;
  readonly url: string;
  /** The page's host: from its URL, else its canonical/og:url/base, else the host most of its links go to. */
  host: string;
  readonly style: StyleView;
  readonly check: () => void;
  /** Elements whose own style (inline, sheet rule or attribute) could hide them. */
  readonly styled: Element[] = [];
  readonly marquees: Element[] = [];
  readonly frames: Element[] = [];
  readonly links: LinkInfo[] = [];
  /** The scanned link of an `<a>` element. */
  readonly linkOf = new Map<Element, LinkInfo>();
  readonly blocks: TextBlock[] = [];
  /** `<script>`, `<style>`, `<meta>`, `<link>` and `<base>` elements of the head and the body, in order. */
  readonly scripts: Element[] = [];
  readonly styles: Element[] = [];
  private readonly metaEls: Element[] = [];
  private readonly heads: Element[] = [];
  /** Elements with navigation-capable event handlers (`onload`, `onunload`, `onmouseover`). */
  readonly handlers: Element[] = [];
  /** Background colours of inline styles and `bgcolor` attributes. */
  readonly backgrounds: string[] = [];
  /**
   * Document order of every element walked, without a layout engine (cheaper than
   * compareDocumentPosition in jsdom). A browser compares positions natively, cheaper than
   * numbering every element of a large page.
   */
  readonly order = new Map<Element, number>();
  private readonly numbered: boolean;
  /** Elements by id, for duplicated-id template noise. */
  readonly ids = new Map<string, Element[]>();
  private readonly lexCache = new Map<string, LexiconMatch>();
  private blockOf = new Map<Element, TextBlock>();
  private scriptCache: Script | null = null;
  private articleCache: ArticleGuess | null | undefined;
  private bigramCache: Map<string, number> | null = null;
  private carrierCache: Element[] | null = null;
  private readonly sourceCache = new Map<Element, string>();
  private hrefs!: HrefClassifier;

  constructor(doc: Document, body: HTMLElement, options: ScanOptions = {}) {
    this.doc = doc;
    this.body = body;
    this.url = options.url || (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
    this.host = hostOf(this.url);
    this.check = options.check ?? (() => {});
    this.collectHead(doc);
    this.style = styleView(doc, () => this.styles);
    this.numbered = !this.style.computed;
    if (!this.host) this.host = declaredHost(this.heads, this.metaEls);
    this.hrefs = new HrefClassifier(this.host);
    this.walk(body);
    if (!this.host) {
      this.host = dominantHost(this.links);
      if (this.host) {
        const hrefs = new HrefClassifier(this.host);
        for (const l of this.links) l.target = hrefs.classify(l.href);
      }
    }
    this.blocks.forEach((b, i) => {
      b.index = i;
      this.blockOf.set(b.el, b);
    });
  }

  /** Resource elements outside the body (a walk of the head is cheaper than document-wide queries in jsdom). */
  private collectHead(doc: Document): void {
    const root = doc.documentElement;
    if (!root) return;
    const visit = (el: Element) => {
      if (el === this.body) return;
      this.collectResource(el);
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
    };
    visit(root);
  }

  private collectResource(el: Element): void {
    switch (el.localName) {
      case 'script':
        this.scripts.push(el);
        break;
      case 'style':
        this.styles.push(el);
        break;
      case 'meta':
        this.metaEls.push(el);
        break;
      case 'link':
      case 'base':
        this.heads.push(el);
        break;
    }
  }

  /** Walks the subtree; returns what it contains (`HAS_BLOCK`, `HAS_NON_TEXT`). */
  private walk(el: Element): number {
    const tag = upperTag(el);
    if (this.numbered) this.order.set(el, this.order.size);
    if (tag === 'IFRAME' || tag === 'FRAME') {
      this.frames.push(el);
      if (el.id) this.addId(el.id, el);
      return HAS_NON_TEXT;
    }
    if (SKIP.has(tag)) {
      this.collectResource(el);
      // Template, noscript and the like may still hold scripts and styles a browser would run.
      if (tag !== 'SCRIPT' && tag !== 'STYLE') for (const inner of Array.from(el.querySelectorAll('script, style'))) this.collectResource(inner);
      return HAS_NON_TEXT;
    }
    if (tag === 'MARQUEE') this.marquees.push(el);
    if (tag === 'META' || tag === 'LINK' || tag === 'BASE') this.collectResource(el);
    // One call for the attribute names; attributes are read only when present (jsdom is slow at both).
    let styled = false;
    for (const name of el.hasAttributes() ? el.getAttributeNames() : NO_NAMES) {
      switch (name) {
        case 'id':
          this.addId(el.id, el);
          break;
        case 'style': {
          const style = el.getAttribute('style') ?? '';
          if (HIDING_INLINE.test(style) && inlineMayHide(style)) styled = true;
          if (/background/i.test(style)) {
            const bg = parseInlineStyle(style).get('background-color');
            if (bg) this.backgrounds.push(bg.value);
          }
          break;
        }
        case 'hidden':
          styled = true;
          break;
        case 'bgcolor':
          this.backgrounds.push(el.getAttribute('bgcolor') ?? '');
          break;
        case 'onload':
        case 'onunload':
        case 'onmouseover':
          if (this.handlers[this.handlers.length - 1] !== el) this.handlers.push(el);
          break;
        case 'color':
          if (tag === 'FONT') styled = true;
          break;
        case 'size':
          if (tag === 'FONT' && el.getAttribute('size') === '0') styled = true;
          break;
        case 'href':
          if (tag === 'A') {
            const href = el.getAttribute('href') ?? '';
            const link = { el, href, target: this.hrefs.classify(href), text: collapseSpace(el.textContent ?? '') };
            this.links.push(link);
            this.linkOf.set(el, link);
          }
          break;
      }
    }
    if (styled) this.styled.push(el);
    let inside = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) inside |= this.walk(c);
    const isBlock = BLOCK_TAGS.has(tag) || tag === 'MARQUEE';
    if (LEAF_BLOCK.has(tag) && !(inside & HAS_BLOCK)) {
      // Without <br> or non-text elements inside, textOf() is the native textContent, collapsed.
      const raw = capText(inside & HAS_NON_TEXT ? textOf(el, true) : collapseKeepingInvisible(el.textContent ?? ''));
      const text = raw.length > MAX_BLOCK_TEXT || HAS_INVISIBLE.test(raw) ? stripInvisible(raw) : raw;
      if (text) this.blocks.push({ el, text, raw, index: 0 });
    }
    return inside | (isBlock ? HAS_BLOCK : 0) | (tag === 'BR' ? HAS_NON_TEXT : 0);
  }

  /** The page's `<meta>` elements (head and body). */
  get metas(): Element[] {
    return this.metaEls;
  }

  /** The scanned links inside (or equal to) `el`. */
  linksIn(el: Element): LinkInfo[] {
    if (el.localName === 'a') {
      const own = this.linkOf.get(el);
      return own ? [own] : [];
    }
    const out: LinkInfo[] = [];
    for (const a of elementsByTag(el, 'A')) {
      const l = this.linkOf.get(a);
      if (l) out.push(l);
    }
    return out;
  }

  private addId(id: string, el: Element): void {
    if (!id) return;
    const list = this.ids.get(id);
    if (list) list.push(el);
    else this.ids.set(id, [el]);
  }

  /** Sorts elements into document order. */
  sortByOrder(els: Iterable<Element>): Element[] {
    if (!this.numbered) return [...els].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
    return [...els].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  /** The leaf block that `el` is or lies in, if any. */
  blockContaining(el: Element): TextBlock | undefined {
    for (let cur: Element | null = el; cur && cur !== this.body; cur = cur.parentElement) {
      const b = this.blockOf.get(cur);
      if (b) return b;
    }
    return undefined;
  }

  /** Lexicon match of a text, cached. */
  lex(text: string): LexiconMatch {
    let m = this.lexCache.get(text);
    if (!m) {
      m = matchLexicon(text);
      this.lexCache.set(text, m);
    }
    return m;
  }

  /** The page's dominant script, from all its text blocks. */
  get pageScript(): Script {
    if (this.scriptCache) return this.scriptCache;
    const c = countScript(this.blocks.map((b) => b.text).join('\n'));
    const marked = c.hans + c.hant;
    this.scriptCache = marked < 10 ? 'other' : c.hant >= marked * 0.7 ? 'hant' : c.hans >= marked * 0.7 ? 'hans' : 'mixed';
    return this.scriptCache;
  }

  /** Where the article's prose is (the element holding most sentence punctuation), or null. */
  get article(): ArticleGuess | null {
    if (this.articleCache !== undefined) return this.articleCache;
    const weight = new Map<Element, number>();
    let total = 0;
    const prose: TextBlock[] = [];
    for (const b of this.blocks) {
      const n = b.text.match(PROSE_PUNCT)?.length ?? 0;
      if (n < 2 || b.text.length < 20) continue;
      prose.push(b);
      total += n;
      for (let cur: Element | null = b.el; cur && cur !== this.body; cur = cur.parentElement) weight.set(cur, (weight.get(cur) ?? 0) + n);
    }
    let container: Element | null = null;
    let depth = -1;
    for (const [el, w] of weight) {
      if (w < total * 0.6) continue;
      let d = 0;
      for (let cur: Element | null = el; cur; cur = cur.parentElement) d++;
      if (d > depth) {
        depth = d;
        container = el;
      }
    }
    const inside = container ? prose.filter((b) => container!.contains(b.el)) : [];
    this.articleCache = container && inside.length ? { container, first: inside[0]!, last: inside[inside.length - 1]! } : null;
    return this.articleCache;
  }

  /**
   * Elements carrying spam signals: links with spam words or to a raw `IP:port`, blocks with spam
   * vocabulary or the shape of a long keyword list. Hidden content is judged spam only on these
   * signals (see hidden.ts), so only these and their ancestors need style checks.
   */
  get carriers(): Element[] {
    if (this.carrierCache) return this.carrierCache;
    const out: Element[] = [];
    for (const l of this.links) if ((l.target.kind === 'ip' && l.target.port) || this.lex(l.text).score >= 0.5) out.push(l.el);
    for (const b of this.blocks) if (this.lex(b.raw).score >= 0.5 || (b.text.length > 40 && isStuffing(b.text))) out.push(b.el);
    this.carrierCache = out;
    return out;
  }

  /** A script's source made readable (unpacked, escapes decoded), cached; '' for ordinary large scripts. */
  readableScript(script: Element): string {
    let code = this.sourceCache.get(script);
    if (code === undefined) {
      const src = script.textContent ?? '';
      code = src.length <= MAX_SCRIPT && SUSPICIOUS_SCRIPT.test(src) ? readableSource(src) : '';
      this.sourceCache.set(script, code);
    }
    return code;
  }

  /** Counts of the page's Han character bigrams (over all text blocks). */
  get bigrams(): Map<string, number> {
    if (this.bigramCache) return this.bigramCache;
    const counts = new Map<string, number>();
    for (const b of this.blocks) for (const g of hanBigrams(b.text)) counts.set(g, (counts.get(g) ?? 0) + 1);
    this.bigramCache = counts;
    return counts;
  }
}

/** The host a page names for itself (`<link rel=canonical>`, `og:url`, `<base href>`), or ''. */
function declaredHost(links: Element[], metas: Element[]): string {
  const candidates = [
    links.find((l) => l.localName === 'link' && /\bcanonical\b/i.test(l.getAttribute('rel') ?? ''))?.getAttribute('href'),
    metas.find((m) => (m.getAttribute('property') ?? '').toLowerCase() === 'og:url')?.getAttribute('content'),
    links.find((b) => b.localName === 'base' && b.hasAttribute('href'))?.getAttribute('href'),
  ];
  for (const c of candidates) {
    const host = c ? hostOf(c.startsWith('//') ? `http:${c}` : c) : '';
    if (host) return host;
  }
  return '';
}

/** For pages without a URL: the host that most absolute links go to, when it clearly dominates. */
function dominantHost(links: LinkInfo[]): string {
  const counts = new Map<string, number>();
  let absolute = 0;
  for (const l of links) {
    if (l.target.kind === 'local' || l.target.kind === 'ip') continue;
    absolute++;
    const site = siteOf(l.target.host);
    counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  const [site, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return n >= 5 && n >= absolute * 0.25 ? site : '';
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/**
 * `textOf(el, true)` is already collapsed and trimmed: unless `capText` cut it or it has these
 * characters, `stripInvisible` leaves it as it is (`collapseSpace` differs from its whitespace only by U+200B and U+FEFF).
 */
const HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/**
 * Longest block text the detectors read. Injected spam is short; a block of megabytes (a 10 MB
 * text node) would make every vocabulary and bigram pass take seconds, so only its start and its
 * end (where injected lines are appended) are read.
 */
export const MAX_BLOCK_TEXT = 20_000;

/** `text` cut to its first and last `MAX_BLOCK_TEXT / 2` characters when it is longer. */
export function capText(text: string): string {
  if (text.length <= MAX_BLOCK_TEXT) return text;
  return `${text.slice(0, MAX_BLOCK_TEXT / 2)} ${text.slice(-MAX_BLOCK_TEXT / 2)}`;
}

/** Text without zero-width characters (a disguise inside words, not spaces a reader sees). */
export function stripInvisible(text: string): string {
  return collapseSpace(text.replace(INVISIBLE, ''));
}

/**
 * Visible text of a subtree (no script, style, template…), whitespace collapsed; zero-width
 * characters dropped unless `keepInvisible` (vocabulary checks need them to see the trick).
 */
export function textOf(el: Element, keepInvisible = false): string {
  let out = '';
  const visit = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = upperTag(c as Element);
        if (tag === 'BR') out += ' ';
        else if (!SKIP.has(tag)) {
          const block = BLOCK_TAGS.has(tag);
          if (block) out += ' ';
          visit(c);
          if (block) out += ' ';
        }
      }
    }
  };
  visit(el);
  return keepInvisible ? collapseKeepingInvisible(out) : stripInvisible(out);
}

const VISIBLE_SPACE_RUN = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Whitespace runs collapsed to one space and trimmed; zero-width characters kept. */
function collapseKeepingInvisible(text: string): string {
  return text.replace(VISIBLE_SPACE_RUN, ' ').trim();
}
