/**
 * The stored settings (browser side): one `sync:` item, validated on every read, so that a
 * corrupt or hand-edited value can never reach the extension's code with a wrong type.
 * Nothing here runs at import time; callers read when they need to.
 *
 * Content scripts read a copy kept in session storage (`loadPageSettings`). Whether a page is
 * cleaned by itself depends on the settings, and the page stays veiled until they are read: sync
 * storage sits on a database that now and then takes over 100 ms to answer while tabs load, while
 * session storage is held in the browser's memory (over the corpus in Chromium, read at
 * document_start: 52 ms at the 95th percentile against 138 ms). The background script keeps the copy
 * (`mirrorSettings`), and so does `saveSettings`.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../lib/settings';

const item = storage.defineItem<Record<string, unknown>>('sync:settings', { fallback: { ...DEFAULT_SETTINGS } });
/** The copy for content scripts; null until the background script has written it. */
const copy = storage.defineItem<Record<string, unknown> | null>('session:settings', { fallback: null });

/** The current settings (defaults for anything missing or invalid). */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await item.getValue());
}

/** Merges `patch` into the stored settings and returns the result. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await item.setValue({ ...next });
  await writeCopy(next);
  return next;
}

/** Calls `callback` with the new settings whenever they change (in any extension context). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(normalizeSettings(value)));
}

/**
 * The settings for a content script: the session copy when there is one, else the stored
 * settings (before the background script has run, or where content scripts cannot read session
 * storage).
 */
export async function loadPageSettings(): Promise<Settings> {
  let copied: unknown = null;
  try {
    copied = await copy.getValue();
  } catch {
    /* no session storage in this context */
  }
  return copied !== null && typeof copied === 'object' && !Array.isArray(copied) ? normalizeSettings(copied) : loadSettings();
}

/**
 * Background script: opens the session copy to content scripts, and keeps it equal to the stored
 * settings from now on (written at once, then on every change). Returns the function that stops
 * following the changes.
 */
export function mirrorSettings(): () => void {
  // Session storage is for extension pages only until opened (Chrome 102, Firefox 115); the copy
  // holds nothing but the settings, which every content script reads anyway.
  const session = browser.storage.session as { setAccessLevel?(options: { accessLevel: string }): Promise<void> } | undefined;
  const opened = Promise.resolve(session?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })).catch(() => undefined);
  // One write at a time, each of the settings as they are when it starts: the last write has the
  // latest settings even when a change arrives while the first copy is being made.
  let queue: Promise<void> = opened;
  const refresh = (settings?: Settings) => {
    queue = queue.then(async () => writeCopy(settings ?? (await loadSettings()))).catch(() => undefined);
  };
  refresh();
  return watchSettings((settings) => refresh(settings));
}

async function writeCopy(settings: Settings): Promise<void> {
  try {
    await copy.setValue({ ...settings });
  } catch {
    /* no session storage here: content scripts read the stored settings */
  }
}
