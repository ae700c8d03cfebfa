import { describe, expect, it } from 'vitest';
import { applyRegistration, grantedPatterns, syncUserScripts, USER_SCRIPT_ID, type RegisteredScript, type ScriptingApi } from '../../utils/background/user-scripts';
import { normalizeSettings } from '../../lib/settings';

/** An in-memory scripting + permissions API with the browser's rules for duplicate ids. */
function fakeApi(granted: string[]) {
  const registered = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  const api: ScriptingApi = {
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => [...registered.values()].filter((s) => ids.includes(s.id)),
      registerContentScripts: async (scripts) => {
        calls.push('register');
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
      updateContentScripts: async (scripts) => {
        calls.push('update');
        for (const s of scripts) registered.set(s.id, s);
      },
      unregisterContentScripts: async ({ ids }) => {
        calls.push('unregister');
        for (const id of ids) registered.delete(id);
      },
    },
  };
  return { api, registered, calls };
}

describe('content script registration for the user sites', () => {
  it('covers only the sites whose host permission was granted', async () => {
    const { api } = fakeApi(['*://*.www.example.com/*']);
    const settings = normalizeSettings({ userSites: ['www.example.com', 'news.example.org', 'www.gov.cn'] });
    expect(await grantedPatterns(settings, api)).toEqual(['*://*.www.example.com/*']);
  });

  it('registers, updates and unregisters one script at document_start', async () => {
    const { api, registered, calls } = fakeApi([]);
    await applyRegistration(['*://*.a.com/*'], api);
    expect(registered.get(USER_SCRIPT_ID)).toEqual({
      id: USER_SCRIPT_ID,
      matches: ['*://*.a.com/*'],
      js: ['content-scripts/content.js'],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
    await applyRegistration(['*://*.a.com/*', '*://*.b.com/*'], api);
    expect(registered.get(USER_SCRIPT_ID)!.matches).toEqual(['*://*.a.com/*', '*://*.b.com/*']);
    await applyRegistration([], api);
    await applyRegistration([], api);
    expect(registered.size).toBe(0);
    expect(calls).toEqual(['register', 'update', 'unregister']);
  });

  it('runs concurrent syncs one after another (no duplicate registration)', async () => {
    const { api, registered, calls } = fakeApi(['*://*.a.com/*']);
    const load = async () => normalizeSettings({ userSites: ['a.com'] });
    const results = await Promise.all([syncUserScripts(load, api), syncUserScripts(load, api), syncUserScripts(load, api)]);
    expect(results).toEqual([['*://*.a.com/*'], ['*://*.a.com/*'], ['*://*.a.com/*']]);
    expect(registered.size).toBe(1);
    expect(calls).toEqual(['register', 'update', 'update']);
  });
});
