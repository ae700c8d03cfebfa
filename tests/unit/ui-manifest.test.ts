import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { DEFAULT_MATCHES } from '../../lib/sites';

type Manifest = Record<string, unknown>;
const manifest = (browser: string, manifestVersion: 2 | 3) =>
  (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest)({ browser, manifestVersion, mode: 'production', command: 'build' });

describe('manifest (store readiness)', () => {
  it('asks for the narrowest permissions: host access only to the content script\'s own sites, other sites one by one later', () => {
    const m = manifest('chrome', 3);
    expect(m.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite', 'offscreen']);
    // The same hosts as the content script's matches (no new install warning): the analyzer is injected there.
    expect(m.host_permissions).toEqual(DEFAULT_MATCHES);
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(Object.keys(m.commands as object)).toEqual(['_execute_action', 'toggle-clean', 'toggle-reader']);
    // Messages structured-cloned (Chromium 148+), as Firefox does by default.
    expect(m.message_serialization).toBe('structured_clone');
  });

  it('builds for Firefox with its add-on id, no data collection, and MV2 optional host permissions', () => {
    const m = manifest('firefox', 2);
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: 'qingyue@qingyue.app', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
    });
    expect(m.optional_permissions).toEqual(['*://*/*']);
    expect(m.optional_host_permissions).toBeUndefined();
    expect(Object.keys(m.commands as object)[0]).toBe('_execute_browser_action');
    expect(m.message_serialization).toBeUndefined();
  });
});
