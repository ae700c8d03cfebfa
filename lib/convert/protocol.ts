/**
 * Messages between a page's content script and the converter host (an offscreen document's
 * worker in Chrome, the background page in Firefox), with runtime shape checks: the host answers
 * only well-formed requests.
 *
 * - `qingyue:converter-ping` `{to}` → `{ ready }`: whether the host has the dictionaries for `to`
 *   built (answered by the host only; nobody answers when there is no host yet).
 * - `qingyue:converter-prepare` `{to}` → `{ ready: true, ms }`: start the host if needed and build
 *   the dictionaries (answered by the background script).
 * - `qingyue:convert-text` → `ConvertTextResponse`: convert blocks of a page.
 */
import type { ConvertTarget } from '../report';
import type { UserDictionaryEntry } from '../settings';
import type { PageHints } from './converter';
import type { BatchConvert } from './dom';

export interface ConverterPing {
  type: 'qingyue:converter-ping';
  to: ConvertTarget;
}

export interface ConverterPrepare {
  type: 'qingyue:converter-prepare';
  to: ConvertTarget;
}

export interface ConvertTextRequest {
  type: 'qingyue:convert-text';
  to: ConvertTarget;
  /**
   * Blocks of text, each as the parts the page splits it into (text nodes); or all of them packed
   * into one string (`packBlocks`), which crosses the process boundaries faster.
   */
  blocks: string[][] | string;
  /** Hints from an earlier request on the same page; null: work them out from these blocks. */
  hints: PageHints | null;
  /** The user's dictionary (Settings.userDictionary). */
  dictionary: UserDictionaryEntry[];
}

export interface ConverterStatus {
  ready: boolean;
  /** Time the host took to get ready for this request, in ms. */
  ms?: number;
}

export interface ConvertTextResponse {
  /** Converted parts per block, null for a block that does not change; packed when the request was. */
  blocks: (string[] | null)[] | string;
  hints: PageHints;
  /** Time the host spent converting, in ms. */
  ms: number;
}

export type ConverterMessage = ConverterPing | ConverterPrepare | ConvertTextRequest;

const TARGETS = new Set<string>(['cn', 't', 'tw', 'twp', 'hk']);
const isTarget = (v: unknown): v is ConvertTarget => typeof v === 'string' && TARGETS.has(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isHints(v: unknown): v is PageHints {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Record<string, unknown>;
  return (h.script === 'hans' || h.script === 'hant') && typeof h.naive === 'boolean';
}

function isEntry(v: unknown): v is UserDictionaryEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.source === 'string' && e.source.length > 0 && typeof e.target === 'string' && (e.to === undefined || isTarget(e.to));
}

/** True for a well-formed message to the converter host or the background script. */
export function isConverterMessage(value: unknown): value is ConverterMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'qingyue:converter-ping':
    case 'qingyue:converter-prepare':
      return isTarget(v.to) && Object.keys(v).length === 2;
    case 'qingyue:convert-text':
      return (
        isTarget(v.to) &&
        (typeof v.blocks === 'string' || (Array.isArray(v.blocks) && v.blocks.every(isStringArray))) &&
        (v.hints === null || isHints(v.hints)) &&
        Array.isArray(v.dictionary) &&
        v.dictionary.every(isEntry) &&
        Object.keys(v).length === 5
      );
    default:
      return false;
  }
}

/** True for the host's answer to a ping or a prepare. */
export function isConverterStatus(value: unknown): value is ConverterStatus {
  return typeof value === 'object' && value !== null && typeof (value as ConverterStatus).ready === 'boolean';
}

/** The host's answer to `qingyue:convert-text` with `count` blocks, unpacked; null when malformed. */
export function readConvertTextResponse(value: unknown, count: number): { blocks: (string[] | null)[]; hints: PageHints; ms: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as ConvertTextResponse;
  if (!isHints(v.hints) || typeof v.ms !== 'number') return null;
  const blocks = typeof v.blocks === 'string' ? unpackResults(v.blocks) : v.blocks;
  if (!Array.isArray(blocks) || blocks.length !== count || !blocks.every((b) => b === null || isStringArray(b))) return null;
  return { blocks, hints: v.hints, ms: v.ms };
}

// Packed form: parts joined by U+001F, blocks by U+001E; an unchanged block is U+0015 alone.
const PART = '\u001f';
const BLOCK = '\u001e';
const SAME = '\u0015';
// eslint-disable-next-line no-control-regex -- everything but the protocol's reserved separators (control characters)
const NOT_RESERVED = /[^\u001e\u001f\u0015]+/g;

/** All blocks in one string, or null when some text contains the separators (then send arrays). */
export function packBlocks(blocks: readonly (readonly string[])[]): string | null {
  if (!blocks.length) return '';
  const joined: string[] = new Array<string>(blocks.length);
  // The separators put in, counted; any other one in the string came with the text.
  let separators = blocks.length - 1;
  for (let b = 0; b < blocks.length; b++) {
    const parts = blocks[b]!;
    joined[b] = parts.length === 1 ? parts[0]! : parts.join(PART);
    if (parts.length > 1) separators += parts.length - 1;
  }
  const packed = joined.join(BLOCK);
  // One native pass over the whole text rather than a test per text node.
  return packed.replace(NOT_RESERVED, '').length === separators ? packed : null;
}

export function unpackBlocks(packed: string): string[][] {
  return packed.split(BLOCK).map((b) => b.split(PART));
}

export function packResults(results: readonly (readonly string[] | null)[]): string {
  return results.map((parts) => (parts === null ? SAME : parts.join(PART))).join(BLOCK);
}

export function unpackResults(packed: string): (string[] | null)[] {
  return packed.split(BLOCK).map((b) => (b === SAME ? null : b.split(PART)));
}

/**
 * The page side of `qingyue:convert-text`: packs the blocks, sends them with `send` (the runtime
 * messaging in the extension, the host itself in tests) and unpacks the answer.
 */
export function requestBatch(send: (request: ConvertTextRequest) => Promise<unknown>, dictionary: () => UserDictionaryEntry[] = () => []): BatchConvert {
  return async (to, blocks, hints) => {
    const request: ConvertTextRequest = { type: 'qingyue:convert-text', to, blocks: packBlocks(blocks) ?? blocks, hints, dictionary: dictionary() };
    const answer = readConvertTextResponse(await send(request), blocks.length);
    if (!answer) throw new Error('清阅的转换器没有回应');
    return answer;
  };
}
