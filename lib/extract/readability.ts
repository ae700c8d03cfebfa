/**
 * Mozilla Readability, adjusted for Chinese pages, run on an extraction clone.
 *
 * Readability 0.6.0 measures "commas" and word similarity the Western way (field notes §1):
 * `_cleanConditionally` counts ASCII `,` only, so every Chinese container goes through the
 * conditional-removal checks; paragraph scoring ignores `、`; and `_textSimilarity` tokenises on
 * `\W+`, which makes a Chinese heading never "similar" to the title, so the title `h1` stays in
 * the article body. The subclass below counts Chinese punctuation, compares CJK text by
 * characters, and takes the article title we determined instead of parsing `<title>` again.
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  /** The article element, in the clone Readability ran on. */
  root: Element;
  title: string;
  byline: string;
  excerpt: string;
  siteName: string;
  lang: string;
  publishedTime: string;
}

/** Options tuned for Chinese pages: paragraphs are short, so 500 characters is too high a bar. */
export const READABILITY_OPTIONS = { charThreshold: 200, nbTopCandidates: 5 } as const;

/** Characters that separate clauses in Chinese text (full-width comma, enumeration comma, semicolons). */
const CLAUSE_MARKS = /[,，、；;]/g;
/** Readability's comma pattern plus the enumeration comma `、`. */
const SCORING_COMMAS = /\u002C|\u060C|\uFE50|\uFE10|\uFE11|\u2E41|\u2E34|\u2E32|\uFF0C|\u3001/g;
/** CJK characters count as one token each, Latin words and numbers as one token. */
const TOKENS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\p{L}\p{N}]+/gu;

/** Thrown inside Readability when its share of the stage budget is spent (see `runReadability`). */
export class ReadabilityStopped extends Error {
  constructor() {
    super('Readability ran past its share of the budget');
    this.name = 'ReadabilityStopped';
  }
}

/** Readability calls its node helpers this often between two deadline checks. */
const CALLS_PER_CHECK = 64;

interface Internals {
  REGEXPS: Record<string, RegExp>;
  _getInnerText(e: Element, normalizeSpaces?: boolean): string;
}

interface Metadata {
  title?: string;
  [key: string]: unknown;
}

type Proto = Record<string, (this: unknown, ...args: unknown[]) => unknown>;

class ChineseReadability extends Readability<Element> {
  private readonly knownTitle: string;
  private readonly check: () => void;
  private calls = 0;

  constructor(doc: Document, title: string, check: () => void) {
    super(doc, { ...READABILITY_OPTIONS, serializer: (node) => node as Element });
    this.knownTitle = title;
    this.check = check;
    const self = this as unknown as Internals;
    self.REGEXPS = { ...self.REGEXPS, commas: SCORING_COMMAS };
  }

  /**
   * Readability 0.6 has no deadline of its own. Its node walk, text reads and class weights run
   * inside every one of its loops, so counting those calls and checking the clock every few of
   * them stops it promptly on pages where its quadratic passes would take seconds.
   */
  private tick(): void {
    if (++this.calls % CALLS_PER_CHECK === 0) this.check();
  }

  _getNextNode(node: Element, ignoreSelfAndKids?: boolean): Element | null {
    this.tick();
    return (Readability.prototype as unknown as Proto)._getNextNode!.call(this, node, ignoreSelfAndKids) as Element | null;
  }

  _getInnerText(e: Element, normalizeSpaces?: boolean): string {
    this.tick();
    return (Readability.prototype as unknown as Proto)._getInnerText!.call(this, e, normalizeSpaces) as string;
  }

  _getClassWeight(e: Element): number {
    this.tick();
    return (Readability.prototype as unknown as Proto)._getClassWeight!.call(this, e) as number;
  }

  /** Counts Chinese clause marks as commas (Readability asks for `,` only). */
  _getCharCount(e: Element, s = ','): number {
    const text = (this as unknown as Internals)._getInnerText(e);
    if (s !== ',') return text.split(s).length - 1;
    return text.match(CLAUSE_MARKS)?.length ?? 0;
  }

  /** How much of `b` also occurs in `a`, by CJK characters and Latin words. */
  _textSimilarity(a: string, b: string): number {
    const tokensA = a.toLowerCase().match(TOKENS) ?? [];
    const tokensB = b.toLowerCase().match(TOKENS) ?? [];
    if (!tokensA.length || !tokensB.length) return 0;
    const inA = new Set(tokensA);
    const uniqueB = tokensB.filter((t) => !inA.has(t));
    return 1 - uniqueB.join(' ').length / tokensB.join(' ').length;
  }

  /** Readability's metadata, with the article title we already determined. */
  _getArticleMetadata(jsonld: unknown): Metadata {
    const proto = Readability.prototype as unknown as { _getArticleMetadata(this: unknown, j: unknown): Metadata };
    const metadata = proto._getArticleMetadata.call(this, jsonld);
    if (this.knownTitle) metadata.title = this.knownTitle;
    return metadata;
  }

  /**
   * Same result as Readability's (elements in document order); a tree walk instead of
   * `querySelectorAll`, which is the slowest call of a parse under jsdom.
   */
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): Element[] {
    if (tagNames.length === 1) return Array.from(node.getElementsByTagName(tagNames[0]!));
    const wanted = new Set(tagNames.map((t) => t.toUpperCase()));
    const found: Element[] = [];
    const walk = (parent: Element | Document) => {
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        if (wanted.has(child.tagName)) found.push(child);
        if (child.firstElementChild) walk(child);
      }
    };
    walk(node);
    return found;
  }
}

/**
 * Runs the adjusted Readability on `clone` (which it rewrites). `title` is the article title
 * found on the page, used to drop the heading that repeats it. `check` runs every few dozen node
 * operations; when it throws `ReadabilityStopped` the result is null (as when Readability finds
 * nothing), any other error propagates. Null when it finds nothing.
 */
export function runReadability(clone: Document, title: string, check: () => void = () => {}): ReadabilityResult | null {
  let parsed: ReturnType<ChineseReadability['parse']>;
  try {
    parsed = new ChineseReadability(clone, title, check).parse();
  } catch (error) {
    if (error instanceof ReadabilityStopped) return null;
    throw error;
  }
  if (!parsed?.content) return null;
  return {
    root: parsed.content,
    title: parsed.title ?? '',
    byline: parsed.byline ?? '',
    excerpt: parsed.excerpt ?? '',
    siteName: parsed.siteName ?? '',
    lang: parsed.lang ?? '',
    publishedTime: parsed.publishedTime ?? '',
  };
}
