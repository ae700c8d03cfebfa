/**
 * The converter host: builds converters once and converts blocks of pages for every tab. Pure
 * (no `browser.*`): the extension runs it in an offscreen document's worker (Chrome) or in the
 * background page (Firefox); the unit tests and the DOM converter's Node tests run it in-process.
 */
import type { ConvertTarget } from '../report';
import type { UserDictionaryEntry } from '../settings';
import { isLoaded, loadConverter, type ScriptConverter } from './converter';
import type { ScriptCounts } from './detect';
import { packResults, unpackBlocks, type ConvertTextRequest, type ConvertTextResponse, type ConverterStatus } from './protocol';

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export class ConverterHost {
  private readonly converters = new Map<string, Promise<ScriptConverter>>();

  /** Whether the dictionaries for `to` are built. */
  isReady(to: ConvertTarget): boolean {
    return isLoaded(to);
  }

  /** Builds the dictionaries for `to` (once). */
  async prepare(to: ConvertTarget): Promise<ConverterStatus> {
    const start = now();
    await this.converter(to, []);
    return { ready: true, ms: Math.round((now() - start) * 100) / 100 };
  }

  /** Converts the blocks of one request; blocks that do not change come back as null. */
  async convert(request: Pick<ConvertTextRequest, 'to' | 'blocks' | 'hints' | 'dictionary'>): Promise<ConvertTextResponse> {
    const converter = await this.converter(request.to, request.dictionary);
    const start = now();
    const packed = typeof request.blocks === 'string';
    const input = typeof request.blocks === 'string' ? unpackBlocks(request.blocks) : request.blocks;
    // Each block's scripts are counted once, for the page's hints and for its own mode.
    const texts = input.map((parts) => (parts.length === 1 ? parts[0]! : parts.join('')));
    let hints = request.hints;
    let counts: ScriptCounts[];
    if (hints) counts = texts.map((text) => converter.count(text));
    else {
      const tally = converter.tally();
      counts = texts.map((text) => tally.count(text));
      hints = tally.hints();
    }
    const pageHints = hints;
    const modes = input.map((_, b) => converter.modeOf(texts[b]!, counts[b]!, pageHints));
    const converted = converter.convertBlocksAs(input, texts, modes);
    const blocks = input.map((parts, b) => {
      const out = converted[b]!;
      for (let i = 0; i < out.length; i++) if (out[i] !== parts[i]) return out;
      return null;
    });
    return { blocks: packed ? packResults(blocks) : blocks, hints, ms: Math.round((now() - start) * 100) / 100 };
  }

  private converter(to: ConvertTarget, dictionary: readonly UserDictionaryEntry[]): Promise<ScriptConverter> {
    const key = `${to}\u0000${JSON.stringify(dictionary.filter((e) => !e.to || e.to === to))}`;
    let pending = this.converters.get(key);
    if (!pending) {
      // User dictionaries change rarely; keep the few most recent.
      if (this.converters.size > 16) this.converters.clear();
      pending = loadConverter(to, dictionary);
      this.converters.set(key, pending);
      pending.catch(() => this.converters.delete(key));
    }
    return pending;
  }
}
