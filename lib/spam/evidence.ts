/**
 * Evidence about a piece of text and the links inside it, shared by the detectors: the shape of a
 * keyword list, whether it reads as prose, how foreign its words are to the rest of the page,
 * whether its script differs from the page's, where its links point, and where it sits relative
 * to the article. Each function measures one thing; the detectors weigh them.
 */
import { countScript } from '../convert/detect';
import type { Script } from '../report';
import type { PageScan, TextBlock } from './scan';

const SENTENCE_END = /[。！？；!?;]/g;
const HAS_SENTENCE_END = /[。！？；!?;]/;
/** Question and exclamation marks (and spaces) ending a text: not sentence ends inside it. */
const TRAILING_MARKS = /[\s?？!！]+$/;
const ITEM_SPLIT = /\s*[,，、|_\-—/]\s*|\s+[Il|]\s+|\s+/;

export interface Shape {
  /** Number of items when the text is read as a list separated by `,` `-` `_` `|` ` I ` or spaces. */
  items: number;
  /** Share of the items that are words (two Han characters or more), not numbers, dates or symbols. */
  wordShare: number;
  /** Mean item length in characters. */
  meanLength: number;
  /** A keyword list: several short items and no sentence punctuation. */
  stuffing: boolean;
}

/** Reads `text` as a keyword list. */
export function shapeOf(text: string): Shape {
  const items = text.split(ITEM_SPLIT).filter((s) => s.length > 0);
  const meanLength = items.length ? items.reduce((n, s) => n + [...s].length, 0) / items.length : 0;
  // A trailing "?" or "!" is common on stuffing lines ("…四虎国产在线观看 ?"); count only inner ones.
  const ends = (text.replace(TRAILING_MARKS, '').match(SENTENCE_END) ?? []).length;
  const words = items.filter((s) => (s.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2).length;
  return { items: items.length, wordShare: items.length ? words / items.length : 0, meanLength, stuffing: items.length >= 3 && meanLength <= 18 && ends === 0 };
}

/**
 * `shapeOf(text).stuffing`, without splitting the text into items when it has inner sentence
 * punctuation (most long blocks of a page: their prose decides it at once).
 */
export function isStuffing(text: string): boolean {
  if (HAS_SENTENCE_END.test(text.replace(TRAILING_MARKS, ''))) return false;
  return shapeOf(text).stuffing;
}

/** Whether `text` reads as prose: sentences with Chinese sentence punctuation. */
export function isProse(text: string): boolean {
  // Counted by code unit (every block of the page is asked): no array of matches per text.
  let ends = 0;
  let commas = 0;
  const long = text.length >= 40;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f) ends++;
    else if (code === 0xff0c || code === 0xff1b) commas++;
    else continue;
    if ((ends >= 1 && commas >= 1) || ends >= 2 || (commas >= 3 && long)) return true;
  }
  return false;
}

/**
 * Share of a block's distinct Han bigrams that appear nowhere else on the page (0 = every word
 * recurs elsewhere, 1 = entirely foreign vocabulary). Null when the block has too few bigrams.
 */
export function foreignness(scan: PageScan, text: string): number | null {
  const own = new Map<string, number>();
  for (const g of hanBigrams(text)) own.set(g, (own.get(g) ?? 0) + 1);
  if (own.size < 4) return null;
  const page = scan.bigrams;
  let foreign = 0;
  for (const [g, n] of own) if ((page.get(g) ?? 0) - n <= 0) foreign++;
  return foreign / own.size;
}

/** The script of a short text when it is clearly one script. */
export function clearScript(text: string): Script {
  const c = countScript(text);
  if (c.hans >= 2 && c.hant === 0) return 'hans';
  if (c.hant >= 2 && c.hans === 0) return 'hant';
  return c.hans + c.hant ? 'mixed' : 'other';
}

export interface LinkEvidence {
  total: number;
  /** Links to the page's own site or relative. */
  local: number;
  /** Links to government, education and major news sites. */
  trusted: number;
  /** Links to unknown sites. */
  untrusted: number;
  /** Links to raw public IP addresses. */
  ip: number;
  /** Of those, links with an explicit port (`http://103.1.2.3:8888/`). */
  ipPort: number;
  /** Distinct hosts among the untrusted and IP links. */
  foreignHosts: number;
}

/** Where the links inside `el` point. */
export function linkEvidence(scan: PageScan, el: Element): LinkEvidence {
  const ev: LinkEvidence = { total: 0, local: 0, trusted: 0, untrusted: 0, ip: 0, ipPort: 0, foreignHosts: 0 };
  const hosts = new Set<string>();
  for (const l of scan.linksIn(el)) {
    ev.total++;
    const k = l.target.kind;
    if (k === 'local' || k === 'same-site') ev.local++;
    else if (k === 'trusted') ev.trusted++;
    else {
      if (k === 'ip') {
        ev.ip++;
        if (l.target.port) ev.ipPort++;
      }
      else ev.untrusted++;
      hosts.add(l.target.host);
    }
  }
  ev.foreignHosts = hosts.size;
  return ev;
}


const ATTACHMENT = /fujian|attach|appendix|download|xiazai|enclosure|annex|附件/i;

/** Whether `el` sits in an attachment area (附件 list or a container named for it). */
export function inAttachmentArea(el: Element): boolean {
  for (let cur: Element | null = el, depth = 0; cur && depth < 5; cur = cur.parentElement, depth++) {
    if (ATTACHMENT.test(`${cur.id} ${cur.getAttribute('class') ?? ''}`)) return true;
    const prev = cur.previousElementSibling;
    if (prev && /^[=\-\s]*附\s*件/.test((prev.textContent ?? '').trim())) return true;
  }
  return false;
}

export type Position = 'before-article' | 'after-article' | 'in-article' | 'attachment' | 'unknown';

/** Where a block sits relative to the article's prose. */
export function positionOf(scan: PageScan, block: TextBlock): Position {
  if (inAttachmentArea(block.el)) return 'attachment';
  const article = scan.article;
  if (!article) return 'unknown';
  if (block.index < article.first.index) return 'before-article';
  if (block.index > article.last.index) return 'after-article';
  return 'in-article';
}

const HAN = /\p{Script=Han}/u;

/** Han character bigrams of a text (pairs of adjacent Han characters). */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const ch of text) {
    if (HAN.test(ch)) {
      if (prev) out.push(prev + ch);
      prev = ch;
    } else prev = '';
  }
  return out;
}
