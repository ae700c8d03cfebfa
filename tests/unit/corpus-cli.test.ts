/**
 * The CLI contract on every page of ../shared/corpus (skipped when it is absent): one valid JSON
 * report per file, in order, and GBK/GB2312/Big5 originals decoded to the same text as their
 * UTF-8 copies.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS, hasCorpus } from '../helpers/fixtures';
import { runCli } from '../helpers/cli';
import type { Report } from '../../lib/report';

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : /\.html?$/i.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

describe.skipIf(!hasCorpus)('qingyue clean --json over ../shared/corpus', () => {
  it('prints one JSON report per page with every field, and decodes legacy charsets', { timeout: 600_000 }, () => {
    const files = htmlFiles(CORPUS);
    expect(files.length).toBeGreaterThan(100);
    const r = runCli(['clean', '--json', ...files]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const reports = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Report);
    expect(reports).toHaveLength(files.length);
    const fields = ['title', 'byline', 'source', 'publishedTime', 'siteName', 'url', 'script', 'text', 'html', 'headings', 'figures', 'spam', 'timings'];
    for (const report of reports) for (const f of fields) expect(report).toHaveProperty(f);
    const byFile = new Map(files.map((f, i) => [f, reports[i]!]));
    let legacy = 0;
    for (const [file, report] of byFile) {
      const copy = byFile.get(file.replace(/\.html$/, '.utf8.html'));
      if (!copy || copy === report) continue;
      legacy++;
      expect(report.title, file).toBe(copy.title);
      expect(report.text, file).toBe(copy.text);
    }
    expect(legacy).toBeGreaterThan(30);
  });
});
