/**
 * Mozilla Readability on a copy of the document, with the spam stage's findings removed from the
 * copy first so that injected text is never scored as article text.
 */
import { Readability } from '@mozilla/readability';
import { traceClone } from '../dom/clone';

export interface ReadabilityResult {
  /** The article element, in the cloned (inert) document. */
  root: Element;
  title: string;
  byline: string;
  excerpt: string;
  siteName: string;
  lang: string;
  publishedTime: string;
  /** The clone Readability ran on (after its mutations), for metadata lookups. */
  clone: Document;
  /** The element of the analysed document that an article element came from. */
  originalOf(el: Element): Element | null;
}

/** Options tuned for Chinese pages: paragraphs are short, so 500 characters is too high a bar. */
export const READABILITY_OPTIONS = { charThreshold: 200, nbTopCandidates: 5 } as const;

/** Runs Readability on a clone of `doc` without the given (injected) nodes. Null when it finds nothing. */
export function runReadability(doc: Document, exclude: readonly Node[]): ReadabilityResult | null {
  const { clone, originalOf } = traceClone(doc, exclude);
  const parsed = new Readability<Element>(clone, {
    ...READABILITY_OPTIONS,
    serializer: (node) => node as Element,
  }).parse();
  if (!parsed?.content) return null;
  return {
    root: parsed.content,
    title: parsed.title ?? '',
    byline: parsed.byline ?? '',
    excerpt: parsed.excerpt ?? '',
    siteName: parsed.siteName ?? '',
    lang: parsed.lang ?? '',
    publishedTime: parsed.publishedTime ?? '',
    clone,
    originalOf,
  };
}
