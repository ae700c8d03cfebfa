/**
 * Every page a real-browser check runs over: the project's fixtures and, when ../shared is
 * present, every HTML page of ../shared/corpus (read in place, never copied). Corpus pages are
 * served as saved — GBK and Big5 originals included, which the browser decodes by their own
 * declaration — so their `*.utf8.html` copies and the gold outputs (`expected.html`) are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS, FIXTURES, fixtureNames, hasCorpus } from './fixtures';
import { startFixtureServer, type FixtureServer } from './server';

export interface BrowserPage {
  /** `fixtures/<case>` or `corpus/<path>`. */
  id: string;
  set: 'fixtures' | 'corpus';
  /** Path under the set's root. */
  file: string;
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(full);
    return /\.html?$/i.test(e.name) && !/\.utf8\.html$/i.test(e.name) && e.name !== 'expected.html' ? [full] : [];
  });
}

/** The corpus pages (none when ../shared is absent). */
export function corpusBrowserPages(): BrowserPage[] {
  if (!hasCorpus) return [];
  return htmlFiles(CORPUS)
    .map((f) => path.relative(CORPUS, f).split(path.sep).join('/'))
    .sort()
    .map((file) => ({ id: `corpus/${file}`, set: 'corpus' as const, file }));
}

export function fixtureBrowserPages(): BrowserPage[] {
  return fixtureNames().map((name) => ({ id: `fixtures/${name}`, set: 'fixtures' as const, file: `${name}/source.html` }));
}

export interface PageServer {
  /** The page's URL under `host` (any name the browser maps to 127.0.0.1). */
  url(page: BrowserPage, host: string): string;
  close(): Promise<void>;
}

/** Serves the fixtures and the corpus (one server each) under any host name. */
export async function startPageServer(): Promise<PageServer> {
  const servers: Partial<Record<BrowserPage['set'], FixtureServer>> = { fixtures: await startFixtureServer(FIXTURES) };
  if (hasCorpus) servers.corpus = await startFixtureServer(CORPUS);
  return {
    url(page, host) {
      const server = servers[page.set];
      if (!server) throw new Error(`no server for ${page.id}`);
      return `http://${host}:${server.port}/${page.file.split('/').map(encodeURIComponent).join('/')}`;
    },
    async close() {
      await Promise.all(Object.values(servers).map((s) => s.close()));
    },
  };
}
