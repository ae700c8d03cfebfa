/**
 * Converting text that the page splits over several nodes (`头<b>发</b>`) as one string, and
 * giving each node its share of the result (頭 | 髮).
 */

/**
 * Converts the parts joined, so that a phrase split across them converts as a phrase, and splits
 * the result back into as many parts. When the conversion keeps the length (nearly always: every
 * target but Taiwan vocabulary), part k gets exactly the characters in part k's place. When it
 * does not, each boundary goes where the conversion of the text before it ends.
 */
export function convertParts(parts: readonly string[], convert: (text: string) => string): string[] {
  if (parts.length === 0) return [];
  if (parts.length === 1) return [convert(parts[0]!)];
  const joined = parts.join('');
  return splitConverted(parts, joined, convert(joined), convert);
}

/**
 * `convertParts` once the joined parts (`joined`) are converted (`out`): the share of each part.
 * `convert` is asked again only when the conversion changed the length and there are several parts.
 */
export function splitConverted(parts: readonly string[], joined: string, out: string, convert: (text: string) => string): string[] {
  if (parts.length <= 1) return parts.length ? [out] : [];
  if (out === joined) return parts.slice();
  const result: string[] = [];
  if (out.length === joined.length) {
    let at = 0;
    for (const p of parts) {
      result.push(out.slice(at, at + p.length));
      at += p.length;
    }
    return result;
  }
  let srcAt = 0;
  let outAt = 0;
  for (let k = 0; k < parts.length; k++) {
    srcAt += parts[k]!.length;
    let end: number;
    if (k === parts.length - 1) end = out.length;
    else if (srcAt === 0) end = outAt;
    else {
      // Exact unless a phrase spans the boundary; then the split is still inside that phrase.
      end = Math.min(Math.max(convert(joined.slice(0, srcAt)).length, outAt), out.length);
      // Never cut a surrogate pair.
      if (end > 0 && end < out.length && isHighSurrogate(out.charCodeAt(end - 1))) end++;
    }
    result.push(out.slice(outAt, end));
    outAt = end;
  }
  return result;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
