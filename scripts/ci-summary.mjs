// Prints "N passed, N failed" from vitest's JSON report (the last line of .ci/run).
import fs from 'node:fs';

const file = process.argv[2] ?? 'reports/vitest.json';
if (!fs.existsSync(file)) {
  console.error(`ci: no vitest report at ${file} (the run stopped before the tests, e.g. at type checking)`);
  console.log('0 passed, 0 failed');
  process.exit(0);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
