/**
 * Script conversion of text: which target, which dictionaries, and how each block of text is
 * converted according to its own script (a page may mix Simplified, Traditional and naively
 * converted blocks).
 *
 * The dictionaries load with dynamic `import()` (the Simplified → Traditional chunk is about 1 MB,
 * Traditional → Simplified about 100 KB), so they never ride in a bundle that does not convert.
 * Built dictionaries are shared by every target and every user dictionary: building the largest
 * takes a few tens of milliseconds (engine.ts), once per process.
 */
import type { ConvertTarget } from '../report';
import type { UserDictionaryEntry } from '../settings';
import { Chain, Dict, type ChainSpec, type DictCache } from './engine';
import { blockScriptOf, countScript, isJapanese, scriptOf, scriptSetsFrom, type ScriptCounts, type ScriptSets } from './detect';
import { PROTECT_HANS, PROTECT_HANT } from './protect';
import { isNaivePage, mayHaveWeakLeftovers, needsRepair, strongLeftovers, weakLeftovers, type Leftovers } from './repair';
import { convertParts, splitConverted } from './parts';

export type ConvertFn = (text: string) => string;

/** Joins blocks converted together (`convertBlocksAs`): a control character no dictionary holds. */
const SEPARATOR = '\u001d';
/** Text that is converted alone: the separator itself, or ideographic description characters. */
// eslint-disable-next-line no-control-regex -- the separator is a control character on purpose
const UNGROUPABLE = /[\u001d\u2ff0-\u2fff]/;

type TraditionalTarget = Exclude<ConvertTarget, 'cn'>;

/** The targets the CLI and the popup offer, with OpenCC's names for them (`from`, `to`) and their `lang`. */
export const TARGETS: Record<ConvertTarget, { from: string; to: string; label: string; lang: string }> = {
  cn: { from: 't', to: 'cn', label: '简体（中国大陆）', lang: 'zh-CN' },
  t: { from: 'cn', to: 't', label: '繁體（OpenCC 標準）', lang: 'zh-Hant' },
  tw: { from: 'cn', to: 'tw', label: '繁體（臺灣字形）', lang: 'zh-TW' },
  twp: { from: 'cn', to: 'twp', label: '繁體（臺灣用詞）', lang: 'zh-TW' },
  hk: { from: 'cn', to: 'hk', label: '繁體（香港）', lang: 'zh-HK' },
};

export function isConvertTarget(value: unknown): value is ConvertTarget {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TARGETS, value);
}

/** What the blocks of one page say about it, for the blocks that say little themselves. */
export interface PageHints {
  /** The page's main script: decides for blocks without a telling character. */
  script: 'hans' | 'hant';
  /** The page was converted naively from Simplified: blocks with weak leftovers are repaired too. */
  naive: boolean;
}

/** `ScriptConverter.analyze`, fed one block at a time. */
export interface PageTally {
  /** Counts one block of the page; its counts. */
  count(block: string): ScriptCounts;
  /** The hints from every block counted. */
  hints(): PageHints;
}

/** How one block is converted. */
export type BlockMode =
  /** Left as it is (not Chinese, Japanese, or already in the target script). */
  | 'keep'
  /** Simplified → target. */
  | 'hans'
  /** Traditional → the target's regional standard (Traditional targets only). */
  | 'hant'
  /** Naive conversion repaired: to Simplified, then to the target (Traditional targets only). */
  | 'repair'
  /** Traditional → Simplified (target cn). */
  | 'to-hans';

interface Built {
  cache: DictCache;
  /** Every character that tells the scripts apart (from the loaded character tables). */
  sets: ScriptSets;
  /** Traditional (Taiwan's and Hong Kong's forms too) → Simplified. */
  t2s: Chain;
  /** Simplified → each Traditional standard, and the regional chains for Traditional text. */
  s2x?: Record<TraditionalTarget, Chain>;
  t2x?: Record<TraditionalTarget, Chain | null>;
  variantsOnly?: Record<TraditionalTarget, Chain | null>;
}

let builtHans: Promise<Built> | null = null;
let builtAll: Promise<Built> | null = null;

async function buildHans(): Promise<Built> {
  const { HANT_TO_HANS, TS_CHARACTERS } = await import('./dict/hant-to-hans');
  const cache: DictCache = new Map();
  return { cache, sets: scriptSetsFrom(TS_CHARACTERS), t2s: new Chain(HANT_TO_HANS.any, cache) };
}

async function buildAll(): Promise<Built> {
  const [base, { HANS_TO_HANT }, { VARIANT_SPECS, TW_VARIANTS, TW_PHRASES, TW_VARIANTS_TEXT }, { TW_TO_T, taiwanFormsDict }] = await Promise.all([
    builtHans ?? (builtHans = buildHans()),
    import('./dict/hans-to-hant'),
    import('./dict/variants'),
    import('./dict/hant-to-hans'),
  ]);
  const { cache } = base;
  const chain = (spec: ChainSpec) => new Chain(spec, cache);
  const taiwanForms = [taiwanFormsDict(TW_VARIANTS_TEXT)];
  return {
    ...base,
    s2x: { t: chain(HANS_TO_HANT.t), tw: chain(HANS_TO_HANT.tw), twp: chain(HANS_TO_HANT.twp), hk: chain(HANS_TO_HANT.hk) },
    t2x: {
      t: null,
      // Only the forms Taiwan does not write (Hong Kong's and OpenCC's own) change.
      tw: chain({ stages: [taiwanForms] }),
      twp: chain({ stages: [TW_PHRASES, taiwanForms] }),
      // Taiwan forms back to OpenCC's (裡 → 裏, with the phrases that keep 著名), then Hong Kong's.
      hk: chain({ stages: [...TW_TO_T.stages, ...VARIANT_SPECS.hk.stages] }),
    },
    variantsOnly: { t: null, tw: chain({ stages: [TW_VARIANTS] }), twp: chain({ stages: [TW_VARIANTS] }), hk: chain(VARIANT_SPECS.hk) },
  };
}

const ready = { hans: false, all: false };

function load(to: ConvertTarget): Promise<Built> {
  if (to === 'cn') {
    builtHans ??= buildHans().then((b) => ((ready.hans = true), b));
    return builtHans;
  }
  builtAll ??= buildAll().then((b) => ((ready.all = ready.hans = true), b));
  return builtAll;
}

/**
 * Loads the dictionaries for `to` (once per process) and returns a converter that applies
 * `userDictionary` (entries for every target and those for `to`).
 */
export async function loadConverter(to: ConvertTarget, userDictionary: readonly UserDictionaryEntry[] = []): Promise<ScriptConverter> {
  return new ScriptConverter(to, await load(to), userDictionary);
}

/** Whether the dictionaries for `to` are built already (a converter for it is then immediate). */
export function isLoaded(to: ConvertTarget): boolean {
  return to === 'cn' ? ready.hans : ready.all;
}

const protectionCache = new WeakMap<Built, Map<string, Dict>>();

function protection(built: Built, key: string, make: () => Dict): Dict {
  let byKey = protectionCache.get(built);
  if (!byKey) protectionCache.set(built, (byKey = new Map()));
  let dict = byKey.get(key);
  if (!dict) byKey.set(key, (dict = make()));
  return dict;
}

/**
 * Converts text to one target, block by block. A block (a paragraph, a heading, a table cell, a
 * line of plain text) is converted according to its own script: Simplified goes through the
 * Simplified dictionaries, Traditional only through the target's regional tables, and a block that
 * a naive converter left half-converted (示范, 位于, 并 in Traditional text) is repaired through
 * Simplified. Japanese and text without Chinese are left alone.
 */
export class ScriptConverter {
  private readonly protectHans: Dict | null;
  private readonly protectT: Dict | null;
  private readonly protectHant: Dict;
  private readonly user: Dict | null;
  /** Whether blocks can be converted joined by `SEPARATOR` (no user entry contains it). */
  private readonly groupable: boolean;
  private readonly weakCache = new Map<string, { phrase: number; char: number }>();

  constructor(
    readonly to: ConvertTarget,
    private readonly built: Built,
    userDictionary: readonly UserDictionaryEntry[] = [],
  ) {
    this.protectHant = protection(built, 'hant', () => new Dict([PROTECT_HANT.map(([a, b]) => [a, b] as const)]));
    if (to === 'cn') {
      this.protectHans = null;
      this.protectT = null;
    } else {
      const variants = built.variantsOnly![to];
      this.protectHans = protection(built, to, () =>
        new Dict([PROTECT_HANS.map((e) => [e.hans, e[to] ?? (variants ? variants.convert(e.t) : e.t)] as const)]),
      );
      this.protectT = protection(built, 't', () => new Dict([PROTECT_HANS.map((e) => [e.hans, e.t] as const)]));
    }
    // Entries for every target first, so that an entry for this target wins on the same source.
    const entries = [...userDictionary.filter((e) => !e.to), ...userDictionary.filter((e) => e.to === to)];
    this.user = entries.length ? new Dict([entries.map((e) => [e.source, e.target] as const)]) : null;
    this.groupable = !entries.some((e) => e.source.includes(SEPARATOR) || e.target.includes(SEPARATOR));
  }

  /** Plain text of any length: each line is a block; the page hints come from the whole text. */
  convert(text: string): string {
    const lines = text.split('\n');
    const hints = this.analyze(lines);
    return lines.map((line) => this.convertBlock(line, hints)).join('\n');
  }

  /** What the blocks of a page say about it (see `PageHints`). */
  analyze(blocks: readonly string[]): PageHints {
    const tally = this.tally();
    for (const block of blocks) tally.count(block);
    return tally.hints();
  }

  /** `analyze`, block by block: count the blocks as they come, ask for the hints at the end. */
  tally(): PageTally {
    const total: ScriptCounts = { han: 0, hans: 0, hant: 0, ambiguous: 0, kana: 0 };
    const candidates: [string, ScriptCounts][] = [];
    return {
      count: (block) => {
        const c = countScript(block, this.built.sets);
        total.han += c.han;
        total.hans += c.hans;
        total.hant += c.hant;
        total.kana += c.kana;
        if (!isJapanese(c) && c.han > 0) candidates.push([block, c]);
        return c;
      },
      hints: () => {
        const script = scriptOf(total);
        const pageScript = script === 'hant' || (script === 'mixed' && total.hant > total.hans) ? 'hant' : 'hans';
        let strong = 0;
        let evidence = 0;
        let traditional = 0;
        if (this.to !== 'cn' && pageScript === 'hant') {
          for (const [block, c] of candidates) {
            if (blockScriptOf(c) === 'hans') continue;
            traditional++;
            const l = this.leftovers(block, c);
            if (l.strong > 0) strong++;
            if (l.strong > 0 || l.phrase > 0) evidence++;
          }
        }
        return { script: pageScript, naive: isNaivePage(strong, evidence, traditional) };
      },
    };
  }

  /** How `block` is converted on a page described by `hints`. */
  mode(block: string, hints: PageHints): BlockMode {
    return this.modeOf(block, countScript(block, this.built.sets), hints);
  }

  /** `mode`, with the block's counts already made (`count`, `PageTally.count`). */
  modeOf(block: string, c: ScriptCounts, hints: PageHints): BlockMode {
    if (c.han === 0 || isJapanese(c)) return 'keep';
    const script = blockScriptOf(c);
    if (this.to === 'cn') {
      if (script === 'hant' || script === 'mixed' || (script === 'other' && hints.script === 'hant')) return 'to-hans';
      return 'keep';
    }
    if (script === 'hans') return 'hans';
    if (script === 'other' && hints.script === 'hans') return 'hans';
    return needsRepair(this.leftovers(block, c), hints.naive) ? 'repair' : 'hant';
  }

  /** Counts the scripts of `block` (for `modeOf`). */
  count(block: string): ScriptCounts {
    return countScript(block, this.built.sets);
  }

  /** Converts one block. */
  convertBlock(block: string, hints: PageHints): string {
    return this.withMode(block, this.mode(block, hints));
  }

  /**
   * Converts one block that the page splits over several nodes: joined, so that a phrase across
   * nodes converts as a phrase, and split back into one string per part.
   */
  convertParts(parts: readonly string[], hints: PageHints): string[] {
    return this.convertPartsAs(parts, this.mode(parts.join(''), hints));
  }

  /** `convertParts` in a given mode. */
  convertPartsAs(parts: readonly string[], mode: BlockMode): string[] {
    if (mode === 'keep') return parts.slice();
    return convertParts(parts, (text) => this.withMode(text, mode));
  }

  /**
   * `convertPartsAs` for many blocks (`texts[b]`: block b's parts joined), the same result in far
   * fewer passes: the blocks of one mode are converted as one text, joined by a separator that no
   * dictionary, protection list or user entry contains, so that no match crosses it and it comes
   * out as it went in; the result is then cut at the separators. A block that holds the separator
   * or an ideographic description character (whose sequence could reach over it) goes alone.
   */
  convertBlocksAs(blocks: readonly (readonly string[])[], texts: readonly string[], modes: readonly BlockMode[]): string[][] {
    const result: string[][] = new Array<string[]>(blocks.length);
    const groups = new Map<BlockMode, number[]>();
    for (let b = 0; b < blocks.length; b++) {
      const mode = modes[b]!;
      if (mode === 'keep' || !this.groupable || UNGROUPABLE.test(texts[b]!)) {
        result[b] = this.convertPartsAs(blocks[b]!, mode);
        continue;
      }
      let members = groups.get(mode);
      if (!members) groups.set(mode, (members = []));
      members.push(b);
    }
    for (const [mode, members] of groups) {
      const joined: string[] = new Array<string>(members.length);
      for (let m = 0; m < members.length; m++) joined[m] = texts[members[m]!]!;
      const pieces = this.withMode(joined.join(SEPARATOR), mode).split(SEPARATOR);
      const convert = (text: string) => this.withMode(text, mode);
      for (let m = 0; m < members.length; m++) {
        const b = members[m]!;
        // One piece per block unless a dictionary broke the rule above: then block by block.
        result[b] = pieces.length === members.length ? splitConverted(blocks[b]!, texts[b]!, pieces[m]!, convert) : this.convertPartsAs(blocks[b]!, mode);
      }
    }
    return result;
  }

  /** Converts `text` in a given mode, with the user's dictionary first. */
  withMode(text: string, mode: BlockMode): string {
    if (mode === 'keep' || !text) return text;
    const user = this.user;
    if (!user) return this.convertRaw(text, mode);
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; ) {
      const len = user.match(text, i);
      if (len) {
        if (from < i) out += this.convertRaw(text.slice(from, i), mode);
        out += user.value;
        i += len;
        from = i;
      } else i++;
    }
    if (from < text.length) out += this.convertRaw(from ? text.slice(from) : text, mode);
    return out;
  }

  private convertRaw(text: string, mode: BlockMode): string {
    const b = this.built;
    switch (mode) {
      case 'to-hans':
        return b.t2s.convert(text, this.protectHant);
      case 'hans':
        return b.s2x![this.to as TraditionalTarget].convert(text, this.protectHans);
      case 'repair':
        return b.s2x![this.to as TraditionalTarget].convert(b.t2s.convert(text, this.protectHant), this.protectHans);
      case 'hant': {
        const chain = b.t2x![this.to as TraditionalTarget];
        return chain ? chain.convert(text) : text;
      }
      default:
        return text;
    }
  }

  /** Leftovers of a naive conversion in `block` (see repair.ts); the round trip only when it can tell. */
  private leftovers(block: string, c: ScriptCounts): Leftovers {
    const strong = strongLeftovers(c);
    const b = this.built;
    if (strong > 0 || !b.s2x || !mayHaveWeakLeftovers(block, c)) return { strong, phrase: 0, char: 0 };
    let weak = this.weakCache.get(block);
    if (!weak) {
      const simple = b.t2s.convert(block, this.protectHant);
      const phrases = new Uint8Array(simple.length);
      const back = b.s2x.t.convert(simple, this.protectT, phrases);
      weak = simple.length === block.length ? weakLeftovers(block, back, phrases) : { phrase: 0, char: 0 };
      if (this.weakCache.size > 4000) this.weakCache.clear();
      this.weakCache.set(block, weak);
    }
    return { strong, ...weak };
  }
}
