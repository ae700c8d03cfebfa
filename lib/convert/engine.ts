/**
 * A compact, fast re-implementation of OpenCC's conversion over opencc-js's dictionaries.
 *
 * opencc-js builds one nested `Map` per trie node (about 0.4 s and 40 MB for Simplified →
 * Traditional) and walks the text once per stage plus once more to segment it. Here a dictionary
 * is one flat `Map` from every key (and every proper prefix of a key) to its replacement, with a
 * 64 K table of the code units that start a key: building takes a few tens of milliseconds and
 * the converter makes one pass per stage. The semantics are OpenCC's: longest match first, the
 * first dictionary of a group wins on equal keys, phrase segmentation before the stages
 * (`tests/unit/convert/engine.test.ts` checks the output against opencc-js itself).
 */

/** A dictionary in opencc-js's serialized form (`"from to|from to"`) or as pairs. */
export type DictSource = string | readonly (readonly [string, string])[];

function forEachEntry(dict: DictSource, fn: (key: string, value: string) => void): void {
  if (typeof dict !== 'string') {
    for (const [k, v] of dict) fn(k, v);
    return;
  }
  if (!dict) return;
  let at = 0;
  const n = dict.length;
  while (at < n) {
    let end = dict.indexOf('|', at);
    if (end < 0) end = n;
    const space = dict.indexOf(' ', at);
    if (space > at && space < end) {
      // OpenCC lists alternatives after the first target; like opencc-js, the first one is used.
      const next = dict.indexOf(' ', space + 1);
      fn(dict.slice(at, space), dict.slice(space + 1, next > space && next < end ? next : end));
    }
    at = end + 1;
  }
}

function sourceUnits(dict: DictSource): number {
  if (typeof dict === 'string') return dict.length;
  let n = 0;
  for (const [k] of dict) n += k.length;
  return n;
}

/**
 * A longest-match replacement table made of one or more dictionaries: a trie over UTF-16 code
 * units whose edges live in one open-addressing hash table of typed arrays (no object per node),
 * with a direct 64 K table for the edges from the root.
 */
export class Dict {
  private readonly root = new Int32Array(65536);
  private edgeNode: Int32Array;
  private edgeUnit: Uint16Array;
  private edgeChild: Int32Array;
  private mask: number;
  private readonly values: (string | undefined)[] = [undefined];
  /** Index (in the constructor's list) of the dictionary each node's value came from. */
  private readonly origins: number[] = [0];
  private nodes = 1;
  private edges = 0;
  /** Number of keys. */
  size = 0;
  /** Replacement of the last successful `match`. */
  value = '';
  /** Which of the constructor's dictionaries the last successful `match` came from. */
  origin = 0;

  /** `dicts[0]` wins over `dicts[1]` for the same key (opencc-js's `loadDictGroup` order). */
  constructor(dicts: readonly DictSource[]) {
    // About half of a serialized dictionary is keys; the table grows if that was too little.
    let units = 16;
    for (const d of dicts) units += sourceUnits(d) / 2;
    let cap = 1024;
    while (cap < units) cap *= 2;
    this.mask = cap - 1;
    this.edgeNode = new Int32Array(cap).fill(-1);
    this.edgeUnit = new Uint16Array(cap);
    this.edgeChild = new Int32Array(cap);
    for (let d = dicts.length - 1; d >= 0; d--) forEachEntry(dicts[d]!, (k, v) => this.add(k, v, d));
  }

  private child(node: number, unit: number): number {
    if (node === 0) return this.root[unit]!;
    const mask = this.mask;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
    const en = this.edgeNode;
    for (;;) {
      const at = en[h]!;
      if (at === -1) return 0;
      if (at === node && this.edgeUnit[h] === unit) return this.edgeChild[h]!;
      h = (h + 1) & mask;
    }
  }

  private addChild(node: number, unit: number): number {
    const id = this.nodes++;
    this.values.push(undefined);
    this.origins.push(0);
    if (node === 0) {
      this.root[unit] = id;
      return id;
    }
    if ((this.edges + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const mask = this.mask;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
    while (this.edgeNode[h] !== -1) h = (h + 1) & mask;
    this.edgeNode[h] = node;
    this.edgeUnit[h] = unit;
    this.edgeChild[h] = id;
    this.edges++;
    return id;
  }

  private grow(): void {
    const { edgeNode, edgeUnit, edgeChild } = this;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.edgeNode = new Int32Array(cap).fill(-1);
    this.edgeUnit = new Uint16Array(cap);
    this.edgeChild = new Int32Array(cap);
    for (let i = 0; i < edgeNode.length; i++) {
      const node = edgeNode[i]!;
      if (node === -1) continue;
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(edgeUnit[i]!, 0x85ebca6b)) & this.mask;
      while (this.edgeNode[h] !== -1) h = (h + 1) & this.mask;
      this.edgeNode[h] = node;
      this.edgeUnit[h] = edgeUnit[i]!;
      this.edgeChild[h] = edgeChild[i]!;
    }
  }

  private add(key: string, value: string, origin: number): void {
    if (!key) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      node = this.child(node, unit) || this.addChild(node, unit);
    }
    if (this.values[node] === undefined) this.size++;
    this.values[node] = value;
    this.origins[node] = origin;
  }

  /**
   * The longest key starting at `i`: its length in code units (0 when none); its replacement is
   * then in `this.value`.
   */
  match(s: string, i: number): number {
    let node = this.root[s.charCodeAt(i)]!;
    if (node === 0) return 0;
    const values = this.values;
    let best = 0;
    let bestNode = 0;
    if (values[node] !== undefined) {
      best = 1;
      bestNode = node;
    }
    const n = s.length;
    for (let j = i + 1; j < n; j++) {
      node = this.child(node, s.charCodeAt(j));
      if (node === 0) break;
      if (values[node] !== undefined) {
        best = j + 1 - i;
        bestNode = node;
      }
    }
    if (best) {
      this.value = values[bestNode]!;
      this.origin = this.origins[bestNode]!;
    }
    return best;
  }

  /** The replacement of exactly `key`, if it is in the table. */
  get(key: string): string | undefined {
    let node = 0;
    for (let i = 0; i < key.length && (i === 0 || node); i++) node = this.child(node, key.charCodeAt(i));
    return node ? this.values[node] : undefined;
  }

  /** Replaces every longest match, left to right (one OpenCC conversion stage). */
  convert(s: string): string {
    const n = s.length;
    let out = '';
    let from = 0;
    for (let i = 0; i < n; ) {
      const len = this.match(s, i);
      if (len) {
        if (from < i) out += s.slice(from, i);
        out += this.value;
        i += len;
        from = i;
      } else {
        i += unmatchedLength(s, i);
      }
    }
    return from === 0 ? s : from < n ? out + s.slice(from) : out;
  }
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function idsEnd(s: string, i: number): number {
  const cp = s.codePointAt(i)!;
  const arity = idsArity(cp);
  if (!arity) return 0;
  let end = i + (cp > 0xffff ? 2 : 1);
  for (let k = 0; k < arity; k++) {
    if (end >= s.length) return 0;
    const child = idsEnd(s, end);
    end = child || end + (s.codePointAt(end)! > 0xffff ? 2 : 1);
  }
  return end;
}

/** Length of text OpenCC steps over when nothing matches: a code point, or a whole ideographic description sequence. */
function unmatchedLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x2ff0 && c <= 0x2fff) {
    const end = idsEnd(s, i);
    if (end > i) return end - i;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * Text that must come out as given, whatever the dictionaries say (the protection list and
 * user dictionaries): matched at the segmentation step and competing there by length with the
 * phrases, so a longer protected phrase beats the wrong shorter phrase it contains.
 */
export type Overrides = ReadonlyMap<string, string>;

/** One OpenCC configuration: optional normalisation, optional segmentation, then the stages. */
export interface ChainSpec {
  normalize?: readonly DictSource[];
  segmentation?: readonly DictSource[];
  stages: readonly (readonly DictSource[])[];
}

/** Built dictionaries by group, so that converters sharing a group (s2t and s2tw) build it once. */
export type DictCache = Map<readonly DictSource[], Dict>;

function built(group: readonly DictSource[], cache: DictCache | undefined): Dict {
  let dict = cache?.get(group);
  if (!dict) {
    dict = new Dict(group);
    cache?.set(group, dict);
  }
  return dict;
}

/** A built OpenCC configuration. `convert` gives the same text as opencc-js's converter. */
export class Chain {
  private readonly normalize: Dict | null;
  private readonly segmentation: Dict | null;
  private readonly stages: Dict[];
  /**
   * When the segmentation dictionaries are the first dictionaries of the first stage (OpenCC's
   * s2tw, s2twp, s2hk), one lookup in the first stage both segments and converts: a match from one
   * of those dictionaries is a phrase segment, anything else belongs to the unmatched run.
   */
  private readonly fusedPhrases: number;

  constructor(spec: ChainSpec, cache?: DictCache) {
    this.normalize = spec.normalize ? built(spec.normalize, cache) : null;
    this.stages = spec.stages.map((group) => built(group, cache));
    const seg = spec.segmentation;
    const first = spec.stages[0];
    const fused = !!seg && !!first && seg.length < first.length && seg.every((d, i) => d === first[i]);
    this.fusedPhrases = fused ? seg!.length : 0;
    this.segmentation = seg && !fused ? built(seg, cache) : null;
  }

  /**
   * Converts `s`; text matching a key of `overrides` comes out as its value, unconverted. With
   * `phrases` (as long as `s`), marks the code units that a dictionary phrase of two or more
   * characters matched (fused configurations only).
   */
  convert(s: string, overrides?: Dict | null, phrases?: Uint8Array): string {
    if (this.normalize) s = this.normalize.convert(s);
    if (this.fusedPhrases) return this.convertFused(s, overrides ?? null, phrases);
    if (!this.segmentation && !overrides) return this.stageAll(s);
    // Segment (OpenCC: by the phrase dictionary; here also by the overrides), then run every
    // stage over each segment on its own.
    const seg = this.segmentation;
    const n = s.length;
    let out = '';
    let from = 0;
    for (let i = 0; i < n; ) {
      const o = overrides ? overrides.match(s, i) : 0;
      const p = seg ? seg.match(s, i) : 0;
      if (o && o >= p) {
        if (from < i) out += this.stageAll(s.slice(from, i));
        out += overrides!.value;
        i += o;
        from = i;
      } else if (p) {
        if (from < i) out += this.stageAll(s.slice(from, i));
        out += this.stageAll(s.slice(i, i + p));
        i += p;
        from = i;
      } else {
        i += unmatchedLength(s, i);
      }
    }
    if (from < n) out += this.stageAll(from === 0 ? s : s.slice(from));
    return out;
  }

  private convertFused(s: string, overrides: Dict | null, mask: Uint8Array | undefined): string {
    const first = this.stages[0]!;
    const phrases = this.fusedPhrases;
    const n = s.length;
    let out = '';
    // The unmatched run being built (its first-stage output so far): later stages see it whole.
    let inRun = false;
    let run = '';
    const flush = () => {
      if (inRun) {
        out += this.stages.length === 1 ? run : this.laterStages(run);
        run = '';
        inRun = false;
      }
    };
    for (let i = 0; i < n; ) {
      const o = overrides ? overrides.match(s, i) : 0;
      const len = first.match(s, i);
      const phrase = len > 0 && first.origin < phrases ? len : 0;
      if (o && o >= phrase) {
        flush();
        out += overrides!.value;
        i += o;
      } else if (phrase) {
        flush();
        out += this.laterStagesOfPhrase(first.value);
        if (mask && phrase > 1) mask.fill(1, i, i + phrase);
        i += phrase;
      } else {
        inRun = true;
        if (len) {
          run += first.value;
          i += len;
        } else {
          const step = unmatchedLength(s, i);
          run += step === 1 ? s[i] : s.slice(i, i + step);
          i += step;
        }
      }
    }
    flush();
    return out;
  }

  /** Later stages of a phrase's first-stage value: the same few thousand values recur, so remembered. */
  private readonly phraseCache = new Map<string, string>();

  private laterStages(s: string): string {
    for (let k = 1; k < this.stages.length; k++) s = this.stages[k]!.convert(s);
    return s;
  }

  private laterStagesOfPhrase(value: string): string {
    if (this.stages.length === 1) return value;
    let out = this.phraseCache.get(value);
    if (out === undefined) {
      out = this.laterStages(value);
      if (this.phraseCache.size > 50000) this.phraseCache.clear();
      this.phraseCache.set(value, out);
    }
    return out;
  }

  private stageAll(s: string): string {
    for (const stage of this.stages) s = stage.convert(s);
    return s;
  }
}
