/**
 * Node-only: reading saved HTML files the way a browser would. Decodes by BOM, then the page's
 * `<meta charset>` / `http-equiv` declaration (GBK, GB2312 and Big5 pages are common on older
 * government sites), then parses with jsdom (spec HTML parsing, so the DOM matches what the
 * browser builds; DOMPurify and computed styles work on it). Scripts never run.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { MAX_PARSE_DEPTH, capDepth, nestingDepth } from './depth-cap';

export interface LoadedPage {
  document: Document;
  window: Window & typeof globalThis;
  charset: string;
  /** Releases the jsdom window. */
  close(): void;
}

/** WHATWG encoding labels for the charsets Chinese pages declare. */
const ALIASES: Record<string, string> = {
  gb2312: 'gbk',
  gb_2312: 'gbk',
  'gb_2312-80': 'gbk',
  gbk: 'gbk',
  gb18030: 'gb18030',
  'x-gbk': 'gbk',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

/** The charset a page declares in its first 4 KB, or '' when it declares none. */
export function declaredCharset(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : '';
}

/** Decodes page bytes to text: BOM first, then the declared charset, else UTF-8 (GBK when UTF-8 fails). */
export function decodeHtml(bytes: Uint8Array): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  const declared = declaredCharset(bytes);
  const charset = ALIASES[declared] ?? (isSupported(declared) ? declared : '');
  // A page saved again as UTF-8 often keeps its old GB2312/Big5 declaration. Legacy CJK bytes are
  // practically never valid UTF-8 once a few multi-byte characters occur, so such bytes win.
  if (charset && charset !== 'utf-8' && isUtf8WithMultibyte(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  if (charset) return { text: new TextDecoder(charset).decode(bytes), charset };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030' };
  }
}

/** Whether the bytes are strict UTF-8 with at least 8 multi-byte sequences (ASCII-only proves nothing). */
function isUtf8WithMultibyte(bytes: Uint8Array): boolean {
  let multibyte = 0;
  for (let i = 0; i < bytes.length && multibyte < 8; i++) if (bytes[i]! >= 0xc2 && bytes[i]! <= 0xf4) multibyte++;
  if (multibyte < 8) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isSupported(label: string): boolean {
  if (!label) return false;
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses HTML text into a document (no scripts, no subresources, CSS errors silenced). jsdom's
 * CSS parser has thrown on odd stylesheets before; the page is then parsed again without its
 * `<style>` blocks rather than not at all. Nesting deeper than a browser's parser depth limit is
 * capped first (jsdom's recursion overflows the stack on it).
 */
export function parseHtml(html: string, url?: string): LoadedPage {
  const options = { url: url || undefined, virtualConsole: new VirtualConsole(), pretendToBeVisual: false };
  // Nesting deeper than a browser's parser allows is capped the way the browser caps it.
  const text = nestingDepth(html) > MAX_PARSE_DEPTH ? capDepth(html) : html;
  let dom: JSDOM;
  try {
    dom = new JSDOM(text, options);
  } catch (error) {
    // A stack overflow despite the cap: parse a shallower tree rather than nothing.
    const retry = error instanceof RangeError ? capDepth(text, MAX_PARSE_DEPTH / 4) : text;
    dom = new JSDOM(retry.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''), options);
  }
  const window = dom.window as unknown as Window & typeof globalThis;
  return { document: window.document, window, charset: 'utf-8', close: () => dom.window.close() };
}

/** Decodes and parses page bytes. */
export function loadHtml(bytes: Uint8Array, url?: string): LoadedPage {
  const { text, charset } = decodeHtml(bytes);
  return { ...parseHtml(text, url), charset };
}
