/**
 * Visual evidence for headings, read from the ORIGINAL page elements (the extraction clone has
 * lost its style and class attributes): font size, weight and alignment.
 *
 * In a browser `getComputedStyle` returns resolved, inherited values and sees external style
 * sheets. Under jsdom (Node: tests, CLI) it is far too slow for this stage, so a small cascade
 * over the page's own style sheets and inline styles is used instead (cascade.ts); the same runs
 * when there is no window at all. Relative sizes, `text-align` inheritance, `<center>`,
 * `align=center`, `<font size>` and the default look of tags are resolved here.
 */
import { SheetCascade, type CascadeProp } from './cascade';

/** `getComputedStyle` of some window, or null when the document has none. */
type ComputedStyleFn = ((el: Element) => CSSStyleDeclaration) | null;

const ROOT_PX = 16;
const KEYWORD_PX: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};
/** Default sizes of the heading tags (em), as browsers' UA sheets give them. */
const TAG_EM: Record<string, number> = { H1: 2, H2: 1.5, H3: 1.17, H4: 1, H5: 0.83, H6: 0.67, SMALL: 0.83, BIG: 1.2 };
/** `<font size=N>` in px. */
const FONT_SIZE_ATTR = [0, 10, 13, 16, 18, 24, 32, 48];
const BOLD_TAGS = new Set(['B', 'STRONG', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TH']);
/** Font families that government pages use for headings instead of bold (黑体, 小标宋). */
const HEAVY_FAMILY = /黑体|黑體|simhei|heiti|小标宋|小標宋|xiaobiaosong|方正大标宋|微软雅黑\s*bold/i;

/** Reads and caches the visual properties of elements of one document. */
export class StyleProbe {
  private readonly computed: ComputedStyleFn;
  private cascade: SheetCascade | null = null;
  private readonly doc: Document;
  private readonly sizes = new Map<Element, number>();
  private readonly weights = new Map<Element, boolean>();
  private readonly aligns = new Map<Element, boolean>();

  constructor(doc: Document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const browser = !!win && typeof win.getComputedStyle === 'function' && !/jsdom/i.test(win.navigator?.userAgent ?? '');
    this.computed = browser ? win.getComputedStyle.bind(win) : null;
    this.doc = doc;
  }

  private style(el: Element, prop: CascadeProp): string {
    if (this.computed) {
      try {
        return this.computed(el).getPropertyValue(prop).trim().toLowerCase();
      } catch {
        return ''; // a detached or foreign element
      }
    }
    this.cascade ??= new SheetCascade(this.doc);
    return this.cascade.value(el, prop);
  }

  /** Font size in px, resolved against the parent's (16 px at the root when nothing says otherwise). */
  fontPx(el: Element | null): number {
    if (!el) return ROOT_PX;
    const cached = this.sizes.get(el);
    if (cached !== undefined) return cached;
    let px: number;
    const value = this.style(el, 'font-size');
    const m = /^(-?[\d.]+)(px|pt|em|rem|%)?$/.exec(value);
    const parentPx = () => this.fontPx(el.parentElement);
    if (m && m[2] === 'px') px = Number(m[1]);
    else if (m && m[2] === 'pt') px = (Number(m[1]) * 4) / 3;
    else if (m && m[2] === 'em') px = Number(m[1]) * parentPx();
    else if (m && m[2] === 'rem') px = Number(m[1]) * ROOT_PX;
    else if (m && m[2] === '%') px = (Number(m[1]) / 100) * parentPx();
    else if (value in KEYWORD_PX) px = KEYWORD_PX[value]!;
    else if (value === 'larger') px = parentPx() * 1.2;
    else if (value === 'smaller') px = parentPx() / 1.2;
    else if (el.tagName === 'FONT' && /^[1-7]$/.test(el.getAttribute('size') ?? '')) px = FONT_SIZE_ATTR[Number(el.getAttribute('size'))]!;
    else if (TAG_EM[el.tagName] !== undefined) px = TAG_EM[el.tagName]! * parentPx();
    else px = parentPx();
    if (!Number.isFinite(px) || px <= 0) px = parentPx();
    this.sizes.set(el, px);
    return px;
  }

  /** Whether text in `el` is drawn bold (weight ≥ 600, a bold tag, or a heavy heading typeface). */
  bold(el: Element | null): boolean {
    if (!el || el.nodeType !== 1) return false;
    const cached = this.weights.get(el);
    if (cached !== undefined) return cached;
    const weight = this.style(el, 'font-weight');
    let bold: boolean;
    if (weight === 'bold' || weight === 'bolder') bold = true;
    else if (/^\d+$/.test(weight)) bold = Number(weight) >= 600;
    else if (weight === 'normal' || weight === 'lighter') bold = false;
    else bold = BOLD_TAGS.has(el.tagName) || this.bold(el.parentElement);
    if (!bold && HEAVY_FAMILY.test(this.style(el, 'font-family'))) bold = true;
    this.weights.set(el, bold);
    return bold;
  }

  /** Whether the block `el` is centred (computed `text-align`, else `align=center` or `<center>` around it). */
  centred(el: Element | null): boolean {
    if (!el || el.nodeType !== 1 || el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    const cached = this.aligns.get(el);
    if (cached !== undefined) return cached;
    const align = this.style(el, 'text-align');
    let centred: boolean;
    if (/center|middle/.test(align)) centred = true;
    else if (align && align !== 'start' && align !== 'initial' && align !== 'inherit') centred = false;
    else if (el.tagName === 'CENTER' || el.getAttribute('align')?.toLowerCase() === 'center') centred = true;
    // A browser already inherited the value; jsdom leaves it empty, so inherit it here.
    else centred = this.centred(el.parentElement);
    this.aligns.set(el, centred);
    return centred;
  }
}
