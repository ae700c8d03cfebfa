/**
 * Script conversion of a live page, reversibly.
 *
 * - The text of a block is converted joined, then split back over its text nodes, so a phrase that
 *   the page splits across tags converts as a phrase (`头<b>发</b>` → 頭 | 髮).
 * - `title`, `alt`, `placeholder`, `aria-label` and the document title are converted too; code,
 *   preformatted text, form fields, editable regions and anything marked `translate="no"` are not.
 * - New and changed content is followed with a MutationObserver. A text is written only when its
 *   conversion differs from what the node shows, our own writes are recognised and ignored, and a
 *   node that something else keeps rewriting is left alone after a few rounds (no loops with
 *   other extensions).
 * - `restore()` puts back every text and attribute we changed, exactly, unless the page changed it
 *   since (then the page's newer value stays).
 *
 * The conversion itself is asynchronous and happens elsewhere (`BatchConvert`): in the extension
 * the dictionaries live in a shared host, never in the page.
 */
import type { ConvertTarget } from '../report';
import type { PageHints } from './converter';
import { BLOCK_TAGS } from '../dom/text';
import { detectScript, langTag } from './detect';

/** Converts blocks of a page (each block as its text nodes' strings); null for unchanged blocks. */
export type BatchConvert = (to: ConvertTarget, blocks: string[][], hints: PageHints | null) => Promise<{ blocks: (string[] | null)[]; hints: PageHints; ms?: number }>;

/** Elements whose text is never converted (with everything inside them). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'TEXTAREA', 'INPUT', 'KBD', 'SAMP', 'VAR', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO']);
/** Elements that end a run of inline text besides the block elements. */
const BREAK_TAGS = new Set(['BR', 'HR', 'RT', 'RP', 'BUTTON', 'OPTION', 'OPTGROUP', 'LEGEND', 'SELECT', 'IMG']);
/** Attributes shown to readers (tooltips, image text, field hints, screen readers). */
export const TEXT_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;
/** What the converter follows on the page: its text, the text attributes and the title. */
const OBSERVED: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...TEXT_ATTRIBUTES] };
const ATTRIBUTE_SELECTOR = TEXT_ATTRIBUTES.map((a) => `[${a}]`).join(',');

/**
 * Another script that rewrites our text (another converter, say) and whose text we would convert
 * back to what we had written: after this many rounds, the node is left to it.
 */
const MAX_REWRITES = 3;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function tagOf(el: Element): string {
  const tag = el.tagName;
  // HTML elements report upper case already; SVG and XHTML ones may not.
  return tag.charCodeAt(0) >= 97 ? tag.toUpperCase() : tag;
}

/** Whether an element (its tag `tag`) must stay as it is, text and descendants. */
function isSkipped(el: Element, tag = tagOf(el)): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  // Most elements have no attributes at all: no need to read any.
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (el.getAttribute('translate') === 'no') return true;
  const cls = el.classList;
  if (cls && (cls.contains('notranslate') || cls.contains('ignore-opencc'))) return true;
  const lang = el.getAttribute('lang');
  if (lang && /^(ja|ko)\b/i.test(lang)) return true;
  return false;
}

/** Elements that can be skipped for an attribute or a class (`isSkipped` decides). */
const MARKED_SELECTOR = '[contenteditable],[translate],[lang],.notranslate,.ignore-opencc';

/**
 * The elements under `root` that are skipped for their attributes or classes: found by one
 * native query, so that the walk reads no attribute of the thousands of elements that have none
 * of these (most pages have a handful).
 */
function markedSkips(root: Element): Set<Element> | null {
  let skips: Set<Element> | null = null;
  for (const el of root.querySelectorAll(MARKED_SELECTOR)) if (isSkipped(el)) (skips ??= new Set()).add(el);
  return skips;
}

function isInsideSkipped(node: Node, root: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
    if (isSkipped(el)) return true;
    if (el === root) break;
  }
  return false;
}

/** The nearest element around `node` whose text is laid out as a block of its own. */
function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(tagOf(el)) && el.parentElement) el = el.parentElement;
  return el;
}

interface TextRecord {
  original: string;
  converted: string;
  /** Our previous conversion, when someone else has just changed the node. */
  previous?: string;
  /** Times someone changed the node and our conversion of their text was our previous one. */
  rewrites: number;
}

interface Item {
  /** The nodes of a text run, or an attribute of an element, or the document title. */
  kind: 'text' | 'attr' | 'title';
  nodes?: Text[];
  element?: Element;
  attr?: string;
  /** What was sent for conversion (the originals), per part. */
  source: string[];
  /** What the nodes showed when the request was made, per part. */
  shown: string[];
}

export interface ConvertOutcome {
  /** Target the page is now converted to, or null when it was not converted. */
  converted: ConvertTarget | null;
  /** Text nodes and attributes changed. */
  changed: number;
  /** Blocks sent for conversion. */
  blocks: number;
  /** Why the page was not converted. */
  reason?: string;
  /** Time on the page's thread (detection, walk, writes), waiting for the converter, and in the converter (ms). */
  pageMs?: number;
  waitMs?: number;
  hostMs?: number;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/**
 * One page's conversion: `convert(to)` converts it (again, from the original text, when it was
 * converted to another target), `restore()` puts the original back.
 */
export class PageConverter {
  private target: ConvertTarget | null = null;
  private hints: PageHints | null = null;
  private readonly texts = new Map<Text, TextRecord>();
  private readonly attrs = new Map<Element, Map<string, TextRecord>>();
  private title: TextRecord | null = null;
  private lang: { element: Element; value: string | null } | null = null;
  private observer: MutationObserver | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private dirty = new Set<Node>();
  private dirtyTitle = false;
  private flushScheduled = false;
  /** Bumped by `restore()` and every new `convert()`: answers for an older generation are dropped. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly batch: BatchConvert,
  ) {}

  /** The target the page is converted to, or null. */
  get current(): ConvertTarget | null {
    return this.target;
  }

  /** Converts the page to `to`, from its original text. */
  async convert(to: ConvertTarget): Promise<ConvertOutcome> {
    const generation = ++this.generation;
    const body = this.doc.body;
    if (!body) return { converted: this.target, changed: 0, blocks: 0, reason: 'no body' };
    const start = now();
    this.stopObserving();
    const items = this.collect(body, true);
    const collectMs = now() - start;
    // Whether the page is Chinese is told while its text is away (a page that is not gets nothing
    // written); a page converted already is known to be.
    const first = !this.target;
    let result: Awaited<ReturnType<PageConverter['run']>>;
    try {
      result = await this.run(to, items, null, generation, first ? () => isChineseText(items) : undefined);
    } catch (error) {
      // The page keeps what it showed (its text or the earlier conversion), still followed.
      if (this.target && generation === this.generation) this.startObserving();
      throw error;
    }
    const { changed, hints, waitMs, applyMs, hostMs } = result;
    if (result.rejected) return { converted: null, changed: 0, blocks: 0, reason: 'not a Chinese page' };
    if (generation !== this.generation) return { converted: this.target, changed: 0, blocks: items.length, reason: 'superseded' };
    this.target = to;
    this.hints = hints;
    this.setLang(to);
    this.startObserving();
    return { converted: to, changed, blocks: items.length, pageMs: collectMs + applyMs, waitMs, hostMs };
  }

  /** Puts back every text and attribute this converter changed (unless the page changed it since). */
  restore(): void {
    this.generation++;
    this.stopObserving();
    for (const [node, rec] of this.texts) if (node.data === rec.converted && rec.converted !== rec.original) node.data = rec.original;
    for (const [el, byAttr] of this.attrs) {
      for (const [attr, rec] of byAttr) if (el.getAttribute(attr) === rec.converted && rec.converted !== rec.original) el.setAttribute(attr, rec.original);
    }
    if (this.title && this.doc.title === this.title.converted && this.title.converted !== this.title.original) this.doc.title = this.title.original;
    if (this.lang) {
      if (this.lang.value === null) this.lang.element.removeAttribute('lang');
      else this.lang.element.setAttribute('lang', this.lang.value);
    }
    this.texts.clear();
    this.attrs.clear();
    this.title = null;
    this.lang = null;
    this.target = null;
    this.hints = null;
    this.dirty.clear();
    this.dirtyTitle = false;
  }

  /** Resolves when the conversions of content added so far are applied (tests, benchmarks). */
  async settled(): Promise<void> {
    for (;;) {
      if (this.observer) this.handle(this.observer.takeRecords());
      const queue = this.queue;
      await queue;
      await Promise.resolve();
      if (queue === this.queue && !this.flushScheduled && !this.dirty.size && !this.dirtyTitle) return;
    }
  }

  // --- collecting -------------------------------------------------------------------------

  /** The text runs and attributes under `root` (and the document title when `withTitle`). */
  private collect(root: Element, withTitle: boolean): Item[] {
    const items: Item[] = [];
    // Elements skipped for an attribute or a class, found natively: the walk reads no attribute.
    const skips = markedSkips(root);
    let run: Text[] = [];
    const close = () => {
      if (run.length) {
        this.pushRun(items, run);
        run = [];
      }
    };
    const visit = (parent: Node) => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        const type = child.nodeType;
        if (type === 3) {
          run.push(child as Text);
        } else if (type === 1) {
          const el = child as Element;
          const tag = tagOf(el);
          if (SKIP_TAGS.has(tag) || (skips !== null && skips.has(el))) {
            close();
            continue;
          }
          if (BREAK_TAGS.has(tag)) {
            close();
            if (el.firstChild) {
              visit(el);
              close();
            }
            continue;
          }
          const block = BLOCK_TAGS.has(tag);
          if (block) close();
          visit(el);
          if (block) close();
        }
      }
    };
    if (!isInsideSkipped(root, this.doc.documentElement)) visit(root);
    close();
    this.collectAttributes(root, items);
    if (withTitle) this.collectTitle(items);
    return items;
  }

  private pushRun(items: Item[], nodes: Text[]): void {
    const n = nodes.length;
    const shown: string[] = new Array<string>(n);
    let han = false;
    for (let i = 0; i < n; i++) {
      const data = nodes[i]!.data;
      shown[i] = data;
      if (!han && HAN.test(data)) han = true;
    }
    // Nothing converted yet (the common case): what the nodes show is the original.
    if (!this.texts.size) {
      if (han) items.push({ kind: 'text', nodes, source: shown, shown });
      return;
    }
    const source = nodes.map((node, i) => this.sourceOf(this.texts.get(node), shown[i]!));
    if (!source.some((s) => HAN.test(s))) return;
    items.push({ kind: 'text', nodes, source, shown });
  }

  private collectAttributes(root: Element, items: Item[]): void {
    const elements = [root, ...root.querySelectorAll(ATTRIBUTE_SELECTOR)];
    for (const el of elements) {
      for (const attr of TEXT_ATTRIBUTES) {
        const value = el.getAttribute(attr);
        if (value === null || !HAN.test(value) && !this.attrs.get(el)?.has(attr)) continue;
        if (isAttributeSkipped(el)) continue;
        const source = this.sourceOf(this.attrs.get(el)?.get(attr), value);
        if (!HAN.test(source)) continue;
        items.push({ kind: 'attr', element: el, attr, source: [source], shown: [value] });
      }
    }
  }

  private collectTitle(items: Item[]): void {
    const shown = this.doc.title;
    const source = this.sourceOf(this.title ?? undefined, shown);
    if (HAN.test(source)) items.push({ kind: 'title', source: [source], shown: [shown] });
  }

  /** The original text behind what a node shows: ours when the node still shows our conversion. */
  private sourceOf(rec: TextRecord | undefined, shown: string): string {
    return rec && shown === rec.converted ? rec.original : shown;
  }

  // --- converting and applying ------------------------------------------------------------------

  /**
   * Sends `items` for conversion and writes the answer. `accept`, when given, runs while the text
   * is away; when it says no, nothing is written (`rejected`).
   */
  private run(
    to: ConvertTarget,
    items: Item[],
    hints: PageHints | null,
    generation: number,
    accept?: () => boolean,
  ): Promise<{ changed: number; hints: PageHints | null; waitMs: number; applyMs: number; hostMs: number; rejected?: boolean }> {
    const task = this.queue.then(async () => {
      if (!items.length) return { changed: 0, hints, waitMs: 0, applyMs: 0, hostMs: 0, rejected: accept ? !accept() : false };
      const sent = now();
      const sources: string[][] = new Array<string[]>(items.length);
      for (let i = 0; i < items.length; i++) sources[i] = items[i]!.source;
      const pending = this.batch(to, sources, hints);
      if (accept && !accept()) {
        pending.catch(() => undefined);
        return { changed: 0, hints, waitMs: 0, applyMs: 0, hostMs: 0, rejected: true };
      }
      const answer = await pending;
      const received = now();
      const timing = { waitMs: received - sent, hostMs: answer.ms ?? 0 };
      if (generation !== this.generation) return { changed: 0, hints: answer.hints, applyMs: 0, ...timing };
      const changed = this.apply(items, answer.blocks);
      return { changed, hints: answer.hints, applyMs: now() - received, ...timing };
    });
    this.queue = task.catch(() => undefined);
    return task;
  }

  private observerClass(): typeof MutationObserver | undefined {
    return this.doc.defaultView?.MutationObserver ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  }

  /**
   * Writes the conversions. A run whose nodes the page changed while the text was away is left to
   * the observer. (Not told by a MutationObserver during the wait: once a document has had one for
   * text changes, Chromium looks for observers on every text write after, ours included.)
   */
  private apply(items: Item[], results: (string[] | null)[]): number {
    let changed = 0;
    const texts = this.texts;
    // Nothing converted yet: every node shows its original and has no record.
    const fresh = texts.size === 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const result = results[i] ?? null;
      if (item.kind !== 'text') {
        if (this.applyOther(item, result ?? item.source)) changed++;
        continue;
      }
      // A block that does not change: nothing to write, nothing to put back.
      if (result === null && fresh) continue;
      const nodes = item.nodes!;
      const shown = item.shown;
      const source = item.source;
      const out = result ?? source;
      if (!sameData(nodes, shown)) continue;
      if (fresh) {
        for (let k = 0; k < nodes.length; k++) {
          const value = out[k] ?? '';
          const original = source[k]!;
          if (value === original) continue;
          const node = nodes[k]!;
          texts.set(node, { original, converted: value, rewrites: 0 });
          node.data = value;
          changed++;
        }
        continue;
      }
      for (let k = 0; k < nodes.length; k++) {
        const node = nodes[k]!;
        const original = source[k]!;
        const value = out[k] ?? '';
        const rec = texts.get(node);
        // A node seen for the first time shows `shown[k]`, which is its original as it has no record.
        if (!rec && value === original) continue;
        if (!rec && shown[k] === original) {
          texts.set(node, { original, converted: value, rewrites: 0 });
          node.data = value;
          changed++;
          continue;
        }
        if (this.write(texts, node, original, value, () => node.data, (v) => (node.data = v))) changed++;
      }
    }
    return changed;
  }

  /** Writes the conversion of an attribute or of the document title; whether it changed it. */
  private applyOther(item: Item, out: string[]): boolean {
    if (item.kind === 'attr') {
      const el = item.element!;
      const attr = item.attr!;
      if (el.getAttribute(attr) !== item.shown[0]) return false;
      let byAttr = this.attrs.get(el);
      if (!byAttr) this.attrs.set(el, (byAttr = new Map()));
      return this.write(byAttr, attr, item.source[0]!, out[0]!, () => el.getAttribute(attr) ?? '', (v) => el.setAttribute(attr, v));
    }
    if (this.doc.title !== item.shown[0]) return false;
    const rec = this.title;
    const value = out[0]!;
    if (value === this.doc.title) {
      if (!rec) this.title = { original: item.source[0]!, converted: value, rewrites: 0 };
      return false;
    }
    this.title = { original: rec && rec.original === item.source[0] ? rec.original : item.source[0]!, converted: value, rewrites: 0 };
    this.doc.title = value;
    return true;
  }

  /** Writes `value` where it differs from what is shown; records the original. */
  private write<K>(records: Map<K, TextRecord>, key: K, original: string, value: string, read: () => string, set: (v: string) => void): boolean {
    const rec = records.get(key);
    let rewrites = rec?.rewrites ?? 0;
    if (rec?.previous !== undefined && rec.previous === value) rewrites++;
    if (rewrites >= MAX_REWRITES) {
      // A tug of war: leave the node as the other side wrote it.
      records.set(key, { original, converted: read(), rewrites });
      return false;
    }
    records.set(key, { original, converted: value, rewrites });
    if (read() === value) return false;
    set(value);
    return true;
  }

  private setLang(to: ConvertTarget): void {
    const html = this.doc.documentElement;
    if (!this.lang) this.lang = { element: html, value: html.getAttribute('lang') };
    html.setAttribute('lang', langTag(to));
  }

  // --- following the page -------------------------------------------------------------------

  private startObserving(): void {
    const Observer = this.observerClass();
    if (!Observer) return;
    this.observer = new Observer((records) => this.handle(records));
    this.observer.observe(this.doc.documentElement, OBSERVED);
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private handle(records: MutationRecord[]): void {
    if (!this.target) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        const node = r.target as Text;
        if (this.isTitleNode(node)) {
          this.titleChanged();
          continue;
        }
        const rec = this.texts.get(node);
        if (rec && node.data === rec.converted) continue; // our own write
        if (rec) {
          if (rec.rewrites >= MAX_REWRITES) continue;
          // The page has new text here: it is the new original.
          rec.previous = rec.converted;
          rec.original = node.data;
          rec.converted = node.data;
        }
        this.markDirty(node);
      } else if (r.type === 'childList') {
        if (this.isTitleNode(r.target)) {
          this.titleChanged();
          continue;
        }
        for (const node of r.addedNodes) if (node.nodeType === 1 || node.nodeType === 3) this.markDirty(node);
      } else if (r.type === 'attributes' && r.attributeName) {
        const el = r.target as Element;
        const rec = this.attrs.get(el)?.get(r.attributeName);
        const value = el.getAttribute(r.attributeName);
        if (rec && value === rec.converted) continue;
        if (rec) {
          if (rec.rewrites >= MAX_REWRITES) continue;
          rec.previous = rec.converted;
          rec.original = value ?? '';
          rec.converted = value ?? '';
        }
        this.dirty.add(el);
        this.schedule();
      }
    }
  }

  private isTitleNode(node: Node): boolean {
    const title = this.doc.querySelector('title');
    return !!title && (node === title || node.parentNode === title);
  }

  private titleChanged(): void {
    if (this.title && this.doc.title === this.title.converted) return;
    if (this.title) this.title = null;
    this.dirtyTitle = true;
    this.schedule();
  }

  private markDirty(node: Node): void {
    if (!node.isConnected || !this.doc.body?.contains(node)) return;
    const block = blockOf(node);
    if (block) this.dirty.add(block);
    this.schedule();
  }

  private schedule(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    queueMicrotask(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const to = this.target;
    if (!to) return;
    const roots = [...this.dirty].filter((n) => n.isConnected);
    this.dirty.clear();
    const items: Item[] = [];
    const top = roots.filter((n) => !roots.some((o) => o !== n && o.contains(n)));
    for (const node of top) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el === this.doc.body || this.doc.body?.contains(el)) items.push(...this.collect(el, false));
    }
    if (this.dirtyTitle) {
      this.dirtyTitle = false;
      this.collectTitle(items);
    }
    if (items.length) void this.run(to, items, this.hints, this.generation).catch(() => undefined);
  }
}

/**
 * Whether the page is Chinese by its text (its `lang` is often missing or wrong): Japanese pages
 * (kana) and pages without Chinese text are never converted.
 */
export function isChinesePage(doc: Document): boolean {
  const text = `${doc.title}\n${doc.body?.textContent ?? ''}`;
  // The first 20,000 characters tell; a huge page need not be read whole.
  return detectScript(text.length > 20000 ? text.slice(0, 20000) : text) !== 'other';
}

/** `isChinesePage` from the text already collected for conversion. */
function isChineseText(items: readonly Item[]): boolean {
  let text = '';
  for (const item of items) {
    for (const s of item.source) text += s;
    text += '\n';
    if (text.length > 20000) break;
  }
  return detectScript(text) !== 'other';
}

/** Whether every node still shows what it showed when it was collected. */
function sameData(nodes: readonly Text[], shown: readonly string[]): boolean {
  for (let k = 0; k < nodes.length; k++) if (nodes[k]!.data !== shown[k]) return false;
  return true;
}

/** Attributes inside code, editable regions or `translate="no"` stay; a field's own hint converts. */
function isAttributeSkipped(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      if (cur === el) continue;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'CODE' || tag === 'PRE') return true;
    const editable = cur.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
    if (cur.getAttribute('translate') === 'no' || cur.classList?.contains('notranslate') || cur.classList?.contains('ignore-opencc')) return true;
  }
  return false;
}
