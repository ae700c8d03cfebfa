/**
 * `npm run eval`: runs every `*.eval.ts` beside this file (one per pipeline stage) and prints
 * their tables. `npm run eval -- extraction` runs only the named evaluations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Evaluation {
  name: string;
  run(): Promise<string>;
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eval.ts')).sort();
for (const file of files) {
  // eslint-disable-next-line no-unsanitized/method -- this folder's own *.eval.ts files
  const evaluation = (await import(pathToFileURL(path.join(dir, file)).href)).default as Evaluation;
  if (only.length && !only.includes(evaluation.name)) continue;
  const start = performance.now();
  console.log(await evaluation.run());
  console.log(`(${evaluation.name}: ${((performance.now() - start) / 1000).toFixed(1)} s)\n`);
}
