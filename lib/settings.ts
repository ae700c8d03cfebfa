/**
 * User settings: their shape, defaults and validation (pure; the extension stores them with
 * `@wxt-dev/storage`, synced where the browser allows). Imported settings files go through
 * `normalizeSettings`, so a bad file can never put a wrong type into storage.
 */
import type { ConvertTarget } from './report';

export type CopyFormat = 'tsv' | 'markdown' | 'json';
export type UiLanguage = 'auto' | 'zh_CN' | 'zh_TW' | 'en';

export type ReaderWidth = 'narrow' | 'medium' | 'wide';
export type ReaderTheme = 'auto' | 'light' | 'dark' | 'sepia';

/** How the reader view lays out the article. */
export interface ReaderPrefs {
  /** Body text size in CSS px (READER_FONT_SIZES). */
  fontSize: number;
  width: ReaderWidth;
  /** `auto` follows the system's light or dark mode. */
  theme: ReaderTheme;
}

/** Text sizes the reader view steps through. */
export const READER_FONT_SIZES = [14, 16, 18, 20, 22, 24, 28] as const;

export interface UserDictionaryEntry {
  /** Text as it appears on the page (the key). */
  source: string;
  /** What it becomes; per target, or for every target when `to` is absent. */
  target: string;
  to?: ConvertTarget;
}

export interface Settings {
  /** Global off switch: no automatic cleanup anywhere when false. */
  enabled: boolean;
  /** Host names the user added (cleanup runs there too, after the host permission is granted). */
  userSites: string[];
  /** Host names where Qingyue never runs automatically, default list included. */
  blockedSites: string[];
  /** Default conversion target chosen in the popup or options; null: no conversion. */
  convertTarget: ConvertTarget | null;
  /** Sites converted automatically on load, with their target. */
  autoConvertSites: Record<string, ConvertTarget>;
  /** Whether the popup lists what was removed as spam (the count and undo always show). */
  showSpamList: boolean;
  copyFormat: CopyFormat;
  userDictionary: UserDictionaryEntry[];
  language: UiLanguage;
  reader: ReaderPrefs;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  userSites: [],
  blockedSites: [],
  convertTarget: null,
  autoConvertSites: {},
  showSpamList: true,
  copyFormat: 'tsv',
  userDictionary: [],
  language: 'auto',
  reader: Object.freeze({ fontSize: 18, width: 'medium', theme: 'auto' }) as ReaderPrefs,
});

const TARGETS = ['cn', 'tw', 'twp', 'hk', 't'] as const;
const isTarget = (v: unknown): v is ConvertTarget => typeof v === 'string' && (TARGETS as readonly string[]).includes(v);

/** A host name as users type it (`https://www.Example.gov.cn/path` → `www.example.gov.cn`), or '' if invalid. */
export function normalizeHost(input: string): string {
  const raw = input.trim().toLowerCase();
  if (!raw) return '';
  let host = raw;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return '';
  }
  host = host.replace(/\.$/, '');
  return /^(?=.{1,253}$)([a-z0-9-]{1,63}|xn--[a-z0-9-]{1,59})(\.([a-z0-9-]{1,63}|xn--[a-z0-9-]{1,59}))+$/.test(host) ? host : '';
}

function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string').map(normalizeHost).filter(Boolean))];
}

function readerPrefs(value: unknown): ReaderPrefs {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS.reader;
  return {
    fontSize: (READER_FONT_SIZES as readonly unknown[]).includes(v.fontSize) ? (v.fontSize as number) : d.fontSize,
    width: v.width === 'narrow' || v.width === 'medium' || v.width === 'wide' ? v.width : d.width,
    theme: v.theme === 'auto' || v.theme === 'light' || v.theme === 'dark' || v.theme === 'sepia' ? v.theme : d.theme,
  };
}

/** Settings from untrusted input (storage, an imported file): wrong fields fall back to defaults. */
export function normalizeSettings(input: unknown): Settings {
  const v = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const autoConvert: Record<string, ConvertTarget> = {};
  if (typeof v.autoConvertSites === 'object' && v.autoConvertSites !== null) {
    for (const [host, target] of Object.entries(v.autoConvertSites)) {
      const h = normalizeHost(host);
      if (h && isTarget(target)) autoConvert[h] = target;
    }
  }
  const dictionary = Array.isArray(v.userDictionary)
    ? v.userDictionary
        .filter((e): e is UserDictionaryEntry => typeof e === 'object' && e !== null && typeof e.source === 'string' && typeof e.target === 'string')
        .filter((e) => e.source.length > 0 && e.source.length <= 64 && e.target.length <= 64)
        .map((e) => ({ source: e.source, target: e.target, ...(isTarget(e.to) ? { to: e.to } : {}) }))
    : [];
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    userSites: hostList(v.userSites),
    blockedSites: hostList(v.blockedSites),
    convertTarget: isTarget(v.convertTarget) ? v.convertTarget : null,
    autoConvertSites: autoConvert,
    showSpamList: typeof v.showSpamList === 'boolean' ? v.showSpamList : DEFAULT_SETTINGS.showSpamList,
    copyFormat: v.copyFormat === 'markdown' || v.copyFormat === 'json' || v.copyFormat === 'tsv' ? v.copyFormat : DEFAULT_SETTINGS.copyFormat,
    userDictionary: dictionary,
    language: v.language === 'zh_CN' || v.language === 'zh_TW' || v.language === 'en' ? v.language : 'auto',
    reader: readerPrefs(v.reader),
  };
}
