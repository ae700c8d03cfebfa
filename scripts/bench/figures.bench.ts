/**
 * Key figures: time per 1,000 characters on a 10,000-character article (the annotated fixture
 * articles joined and repeated), how the time grows for a 50× longer input, Recognizers-Text on
 * the same article for comparison, and the bytes the extractor adds to the content script
 * (lib/figures bundled and minified with esbuild, gzipped). Also checks that the baseline
 * library never reaches the built extension.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { findFigures } from '../../lib/figures';
import { ROOT } from '../../tests/helpers/fixtures';
import { figureCases } from '../eval/figure-cases';
import { baselineFigures } from '../eval/recognizers-baseline';
import { table } from '../eval/score';

/** An article of exactly `chars` code points made of the fixture texts, paragraph after paragraph. */
export function syntheticArticle(chars: number): string {
  const paragraphs = figureCases().flatMap((c) => c.text.split('\n').filter(Boolean));
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    n += [...p].length + 1;
  }
  return [...out.join('\n')].slice(0, chars).join('');
}

/** Best of `rounds` timings of `fn`, in ms. */
function best(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export default {
  name: 'figures',
  async run(): Promise<string> {
    const article = syntheticArticle(10_000);
    const long = syntheticArticle(500_000);
    for (let i = 0; i < 5; i++) findFigures(article);
    const figures = findFigures(article).length;
    // The machine is shared and noisy. Each round times the same amount of text both ways: the
    // article 50 times over (per run: the mean), then the 50× input once. The growth is the
    // median over rounds of (50× time) / (article time); the table shows the best round's times.
    findFigures(long);
    const rounds: { article: number; long: number }[] = [];
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) findFigures(article);
      const a = (performance.now() - t0) / 50;
      rounds.push({ article: a, long: best(1, () => findFigures(long)) });
    }
    const ratios = rounds.map((r) => r.long / r.article).sort((x, y) => x - y);
    const growth = ratios[Math.floor(ratios.length / 2)]!;
    const tArticle = Math.min(...rounds.map((r) => r.article));
    const tLong = Math.min(...rounds.map((r) => r.long));
    // Recognizers-Text is super-linear on long texts: give it the article in 1,000-character pieces, warm.
    const pieces = Array.from({ length: 10 }, (_, i) => [...article].slice(i * 1000, (i + 1) * 1000).join(''));
    baselineFigures(pieces[0]!);
    let baseCount = 0;
    const tBase = best(1, () => {
      baseCount = pieces.reduce((n, p) => n + baselineFigures(p).length, 0);
    });

    const bundle = await build({
      stdin: { contents: "export { findFigures } from './lib/figures/index.ts';", resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.contents;
    const formats = await build({
      stdin: { contents: "export * from './lib/figures/formats.ts';", resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const gz = (b: Uint8Array) => zlib.gzipSync(b, { level: 9 }).length;

    const output = files(path.join(ROOT, '.output')).filter((f) => /\.(js|mjs|html|json)$/.test(f));
    const leaked = output.filter((f) => /recognizers-text|Microsoft\.Recognizers|recognizeNumber/i.test(fs.readFileSync(f, 'utf8')));
    const outputCheck = output.length
      ? leaked.length
        ? `Recognizers-Text FOUND in the build: ${leaked.map((f) => path.relative(ROOT, f)).join(', ')}`
        : `Recognizers-Text in .output: none (${output.length} files checked)`
      : 'Recognizers-Text in .output: (no build to check; run `npm run build`)';

    const rows: (string | number)[][] = [
      ['input', 'characters', 'figures', 'ms', 'ms per 1,000 characters'],
      ['article', 10_000, figures, tArticle, (tArticle / 10_000) * 1000],
      ['50× article', 500_000, findFigures(long).length, tLong, (tLong / 500_000) * 1000],
      ['Recognizers-Text, article in 1,000-character pieces', 10_000, baseCount, tBase, (tBase / 10_000) * 1000],
    ];
    return [
      '## Key figures: speed and size',
      table(rows),
      `50× longer input takes ${growth.toFixed(1)}× the time (limit 60×): median of 5 rounds, each timing 50 article runs (mean) then one 50× run, warm; rounds ${ratios.map((r) => r.toFixed(1)).join(', ')}`,
      `extractor bundled (esbuild, minified): ${(code.length / 1024).toFixed(1)} KB, ${(gz(code) / 1024).toFixed(1)} KB gzipped (limit 50 KB); copy formats: ${(gz(formats.outputFiles[0]!.contents) / 1024).toFixed(1)} KB gzipped`,
      outputCheck,
      '',
    ].join('\n');
  },
};
