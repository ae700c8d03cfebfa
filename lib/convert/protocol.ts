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
  /** Blocks of text, each as the parts the page splits it into (text nodes). */
  blocks: string[][];
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
  /** Converted parts per block; null for a block that does not change. */
  blocks: (string[] | null)[];
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
        Array.isArray(v.blocks) &&
        v.blocks.every(isStringArray) &&
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

/** True for the host's answer to `qingyue:convert-text` with `count` blocks. */
export function isConvertTextResponse(value: unknown, count: number): value is ConvertTextResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as ConvertTextResponse;
  return Array.isArray(v.blocks) && v.blocks.length === count && v.blocks.every((b) => b === null || isStringArray(b)) && isHints(v.hints) && typeof v.ms === 'number';
}
