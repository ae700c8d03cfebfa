/**
 * A local HTTP server for real-browser tests: serves the fixture pages under any host name (the
 * browser maps *.gov.cn etc. to 127.0.0.1), so the content script's site list applies to them.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES } from './fixtures';

export interface FixtureServer {
  port: number;
  /** URL of a fixture page under `host`, e.g. url('www.liangjiang.gov.cn', 'gov-liangjiang-seed'). */
  url(host: string, fixture: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg' };

/** Serves tests/fixtures at /<case>/source.html (charset left to the page's own <meta>). */
export async function startFixtureServer(root = FIXTURES): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, fixture) => `http://${host}:${port}/${fixture}/source.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
