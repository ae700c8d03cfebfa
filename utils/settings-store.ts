/**
 * The stored settings (browser side): one `sync:` item, validated on every read, so that a
 * corrupt or hand-edited value can never reach the extension's code with a wrong type.
 * Nothing here runs at import time; callers read when they need to.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../lib/settings';

const item = storage.defineItem<Record<string, unknown>>('sync:settings', { fallback: { ...DEFAULT_SETTINGS } });

/** The current settings (defaults for anything missing or invalid). */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await item.getValue());
}

/** Merges `patch` into the stored settings and returns the result. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await item.setValue({ ...next });
  return next;
}

/** Calls `callback` with the new settings whenever they change (in any extension context). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(normalizeSettings(value)));
}
