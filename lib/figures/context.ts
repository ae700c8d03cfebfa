/**
 * Where each figure sits: its sentence, the clause text before it (back to the previous figure
 * or clause mark), and the figure before it in the same sentence. Roles, subjects and periods
 * read these.
 */
import type { Draft } from './scan';

export interface Place {
  /** Sentence span `[start, end)`. */
  sentStart: number;
  sentEnd: number;
  /** Start of the clause text before the figure: after the previous figure or 、，；：. */
  segStart: number;
  /** Index of the previous figure in the same sentence, or -1. */
  prev: number;
}

const CLAUSE = /[，,；;：:、。！？!?\n]/;

/** The place of every draft; `sentences` are sorted spans covering the text. */
export function placeDrafts(src: string, drafts: Draft[], sentences: [number, number][]): Place[] {
  const places: Place[] = [];
  let s = 0;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    while (s < sentences.length - 1 && sentences[s]![1] <= d.start) s++;
    const [sentStart, sentEnd] = sentences[s] ?? [0, src.length];
    const before = k > 0 ? drafts[k - 1]! : null;
    const prev = before && before.end > sentStart ? k - 1 : -1;
    let segStart = prev >= 0 ? before!.end : sentStart;
    for (let i = d.start - 1; i >= segStart; i--) {
      if (CLAUSE.test(src[i]!)) {
        segStart = i + 1;
        break;
      }
    }
    places.push({ sentStart, sentEnd, segStart, prev });
  }
  return places;
}

/** Whether only a list mark (、 和 及 与 或 ,) separates draft `k` from the one before it. */
export function listedAfterPrevious(src: string, drafts: Draft[], places: Place[], k: number): boolean {
  const p = places[k]!.prev;
  if (p < 0) return false;
  return /^\s*(?:[、,，]|和|及|与|與|以及|或|、以及)\s*$/.test(src.slice(drafts[p]!.end, drafts[k]!.start));
}
