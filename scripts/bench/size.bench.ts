/**
 * Bytes of the built extension: the script injected on every matched page (raw and gzipped),
 * the popup and the background script. Run after `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../../tests/helpers/fixtures';
import { table } from '../eval/score';

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export default {
  name: 'size',
  async run(): Promise<string> {
    const out = path.join(ROOT, '.output/chrome-mv3');
    const all = files(out).filter((f) => /\.(js|css|html)$/.test(f));
    if (!all.length) return '## Bundle sizes\n(skipped: run `npm run build` first)\n';
    const rows: (string | number)[][] = [['file', 'raw KB', 'gzip KB']];
    for (const f of all.sort()) {
      const buf = fs.readFileSync(f);
      rows.push([path.relative(out, f), buf.length / 1024, zlib.gzipSync(buf, { level: 9 }).length / 1024]);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { content_scripts?: { js: string[] }[] };
    const injected = (manifest.content_scripts ?? []).flatMap((c) => c.js);
    const injectedGz = injected.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(out, f)), { level: 9 }).length, 0);
    return [
      '## Bundle sizes (chrome-mv3)',
      table(rows),
      `injected on every matched page: ${injected.join(', ')} = ${(injectedGz / 1024).toFixed(1)} KB gzipped; on unmatched pages: nothing (no content script, no host access)`,
      '',
    ].join('\n');
  },
};
