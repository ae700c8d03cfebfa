/** Loading the project's fixtures (tests/fixtures/<case>/source.html + expected.json). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHtml, type LoadedPage } from '../../lib/node/html-file';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const SHARED = path.resolve(ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const hasCorpus = fs.existsSync(path.join(CORPUS, 'cases.jsonl'));

export interface Expected {
  description?: string;
  url: string;
  kind?: string;
  metadata?: Record<string, string>;
  spam?: { text: string; technique: string }[];
  headings?: { text: string; level: number }[];
  gold?: string;
}

export function fixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(FIXTURES, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name, 'source.html');
}

export function readExpected(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
}

/** Parses a fixture page with its gold URL. Close it when done. */
export function loadFixture(name: string): LoadedPage & { expected: Expected } {
  const expected = readExpected(name);
  return { ...loadHtml(fs.readFileSync(fixturePath(name)), expected.url), expected };
}

export interface CorpusCase {
  id: string;
  html: string;
  gold?: string;
  gold_html?: string;
  kind: string;
  site: string;
}

export function corpusCases(): CorpusCase[] {
  if (!hasCorpus) return [];
  return fs
    .readFileSync(path.join(CORPUS, 'cases.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as CorpusCase);
}
