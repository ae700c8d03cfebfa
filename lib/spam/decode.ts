/**
 * Making an injected script readable without running it: Dean Edwards' packer undone, `\\x`/`\\u`
 * escapes and `String.fromCharCode(…)` decoded, string concatenations joined. Pure string work.
 */

/** Decodes `\xNN`, `\uNNNN`, `\u{…}` escapes and `String.fromCharCode(…)` calls. */
export function decodeEscapes(src: string): string {
  return src
    .replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\u\{([0-9a-f]{1,6})\}/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/String\.fromCharCode\(\s*((?:\d+\s*,\s*)*\d+)\s*\)/g, (_, list: string) => JSON.stringify(String.fromCharCode(...list.split(',').map((n) => Number(n.trim())))));
}

/** Joins string concatenations (`'<di' + 'v>'` → `'<div>'`). */
export function joinConcatenations(src: string): string {
  return src.replace(/(['"‘’“”〃])\s*\+\s*(['"‘’“”〃])/g, '');
}

/** Unpacks Dean Edwards' packer (`eval(function(p,a,c,k,e,d){…}('…',a,c,'…'.split('|'),0,{}))`) without running it. */
export function unpack(src: string): string | null {
  const m = /\}\s*\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*'((?:[^'\\]|\\.)*)'\.split\('\|'\)/.exec(src);
  if (!m || !/eval\s*\(\s*function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[dr]\s*\)/.test(src)) return null;
  const payload = m[1]!.replace(/\\'/g, "'").replace(/\\\\/g, '\\');
  const base = Number(m[2]);
  const words = m[4]!.split('|');
  const encode = (c: number): string => (c < base ? '' : encode(Math.floor(c / base))) + ((c = c % base) > 35 ? String.fromCharCode(c + 29) : c.toString(36));
  const dict = new Map<string, string>();
  for (let c = Number(m[3]) - 1; c >= 0; c--) dict.set(encode(c), words[c] || encode(c));
  return payload.replace(/\b\w+\b/g, (w) => dict.get(w) ?? w);
}

/** A script's source made readable: unpacked, escapes decoded, concatenations joined. */
export function readableSource(src: string): string {
  const unpacked = /eval\s*\(\s*function\s*\(\s*p\s*,/.test(src) ? unpack(src) ?? src : src;
  const decoded = /\\[xu]|fromCharCode/i.test(unpacked) ? decodeEscapes(unpacked) : unpacked;
  return joinConcatenations(decoded);
}
