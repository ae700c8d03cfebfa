/**
 * Settings files: export writes the settings as JSON; import reads such a file (validated field by
 * field) or a plain list of sites, one host or URL a line, which is added to the user's sites.
 */
import { normalizeHost, normalizeSettings, type Settings } from '../settings';
import { hostMatches } from './site-rules';

const MARK = 'qingyue-settings';

/** The settings as a file's text. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: MARK, version: 1, settings }, null, 2)}\n`;
}

export type ImportResult =
  | { kind: 'settings'; settings: Settings }
  | { kind: 'sites'; settings: Settings; added: string[] }
  | { kind: 'invalid' };

/** Reads an imported file against the current settings. Never throws. */
export function importSettings(text: string, current: Settings): ImportResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { kind: 'invalid' };
  if (trimmed.startsWith('{')) {
    try {
      const data = JSON.parse(trimmed) as Record<string, unknown>;
      const inner = data.format === MARK && typeof data.settings === 'object' ? data.settings : data;
      return { kind: 'settings', settings: normalizeSettings(inner) };
    } catch {
      return { kind: 'invalid' };
    }
  }
  const lines = trimmed.split(/\r?\n/).map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
  const hosts = lines.map(normalizeHost);
  if (!hosts.length || hosts.some((h) => !h)) return { kind: 'invalid' };
  const added = [...new Set(hosts)].filter((h) => !current.userSites.some((u) => hostMatches(h, u)));
  const settings = normalizeSettings({
    ...current,
    userSites: [...current.userSites, ...added],
    blockedSites: current.blockedSites.filter((b) => !added.some((h) => hostMatches(h, b) || hostMatches(b, h))),
  });
  return { kind: 'sites', settings, added };
}
