/**
 * `npm run bench`: runs every `*.bench.ts` beside this file and prints its figures. Figures, not
 * asserts: the machines are shared and noisy, so compare ratios measured in one run.
 * `npm run bench -- pipeline` runs only the named benchmarks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Benchmark {
  name: string;
  run(): Promise<string>;
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
console.log(`node ${process.version}, ${new Date().toISOString()}\n`);
for (const file of files) {
  // eslint-disable-next-line no-unsanitized/method -- this folder's own *.bench.ts files
  const bench = (await import(pathToFileURL(path.join(dir, file)).href)).default as Benchmark;
  if (only.length && !only.includes(bench.name)) continue;
  console.log(await bench.run());
}
