/**
 * The content script on the user's own sites: registered at run time with
 * `scripting.registerContentScripts`, only for hosts whose permission the user granted (from the
 * popup or the options page), never for blocked sites. Nothing is granted at install.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings';
import { userSitePatterns } from '../../lib/ui/site-rules';

export const USER_SCRIPT_ID = 'qingyue-user-sites';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** The API surface used here (the real `browser`, or a fake in unit tests). */
export interface ScriptingApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: false;
  persistAcrossSessions: boolean;
}

/** The patterns that should have the content script: the user's sites with a granted permission. */
export async function grantedPatterns(settings: Settings, api: ScriptingApi): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of userSitePatterns(settings)) {
    if (await api.permissions.contains({ origins: [pattern] }).catch(() => false)) out.push(pattern);
  }
  return out;
}

/** Makes the registered content script match exactly `patterns` (none: unregistered). */
export async function applyRegistration(patterns: string[], api: ScriptingApi, persist = true): Promise<string[]> {
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] });
  if (!patterns.length) {
    if (existing.length) await api.scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] });
    return [];
  }
  const script: RegisteredScript = {
    id: USER_SCRIPT_ID,
    matches: patterns,
    js: [CONTENT_SCRIPT],
    runAt: 'document_start',
    allFrames: false,
    // Firefox keeps none across restarts in every version we support; the background registers again on startup.
    persistAcrossSessions: persist,
  };
  if (existing.length) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return patterns;
}

let queue: Promise<unknown> = Promise.resolve();

/** Registers the content script for the user's sites as the settings say; calls run one at a time. */
export function syncUserScripts(load: () => Promise<Settings>, api: ScriptingApi = browser as unknown as ScriptingApi): Promise<string[]> {
  const run = queue.then(async () => applyRegistration(await grantedPatterns(await load(), api), api, !import.meta.env?.FIREFOX));
  queue = run.catch(() => undefined);
  return run;
}
