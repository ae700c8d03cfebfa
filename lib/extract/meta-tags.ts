/**
 * The page's `<meta>` fields, read once. Selector queries for each field scan the whole document
 * every time (slow under jsdom on large pages); one pass over `<meta>` elements does not.
 */

const cache = new WeakMap<Document, Map<string, string>>();

/**
 * `<meta>` contents keyed by `name:…`, `property:…` and `itemprop:…` (keys lower-cased, first
 * occurrence wins).
 */
export function metaTags(doc: Document): Map<string, string> {
  return cache.get(doc) ?? readMetaTags(doc, Array.from(doc.getElementsByTagName('meta')));
}

/** Whether the fields of `doc` were read already. */
export function hasMetaTags(doc: Document): boolean {
  return cache.has(doc);
}

/**
 * Reads (and caches for `doc`) the fields of `metas`, the document's `<meta>` elements in
 * document order, when the caller has found them already (a page walk), instead of looking them up.
 */
export function readMetaTags(doc: Document, metas: readonly Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const m of metas) {
    const content = m.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = m.getAttribute(attr);
      if (key && !tags.has(`${attr}:${key.toLowerCase()}`)) tags.set(`${attr}:${key.toLowerCase()}`, content);
    }
  }
  cache.set(doc, tags);
  return tags;
}

/** The first non-empty value among the given keys (`name:pubdate`, `property:og:title`…). */
export function metaValue(doc: Document, ...keys: string[]): string {
  const tags = metaTags(doc);
  for (const key of keys) {
    const v = tags.get(key.toLowerCase())?.replace(/\s+/g, ' ').trim();
    if (v) return v;
  }
  return '';
}
