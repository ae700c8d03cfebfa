/**
 * The annotated articles (tests/fixtures/figures): the targets of the figures issue hold on them,
 * and nothing annotated as not a figure is found. The numbers themselves: `npm run eval -- figures`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/figures';
import { figureCases } from '../../../scripts/eval/figure-cases';
import { scoreCase, totals } from '../../../scripts/eval/figure-score';
import { ROOT } from '../../helpers/fixtures';

const cases = figureCases();
const scores = cases.map((c) => scoreCase(c, findFigures(c.text, { title: c.title })));

describe('annotated figure fixtures', () => {
  it('has at least 15 articles in both scripts, government and news, and the source article', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.script))).toEqual(new Set(['hans', 'hant']));
    expect(cases.some((c) => c.kind === 'news') && cases.some((c) => c.kind === 'gov')).toBe(true);
    expect(cases.find((c) => c.name === 'gov-liangjiang-seed')!.figures.length).toBeGreaterThanOrEqual(40);
  });

  it('meets the targets: value+unit P ≥ 0.97 and R ≥ 0.95, qualifier and role accuracy ≥ 0.90, subject ≥ 0.80', () => {
    const vu = totals(scores, ['value', 'unit']);
    expect(vu.precision).toBeGreaterThanOrEqual(0.97);
    expect(vu.recall).toBeGreaterThanOrEqual(0.95);
    expect(totals(scores, ['value', 'unit', 'qualifier']).accuracy).toBeGreaterThanOrEqual(0.9);
    expect(totals(scores, ['value', 'unit', 'role']).accuracy).toBeGreaterThanOrEqual(0.9);
    const gold = cases.reduce((n, c) => n + c.figures.length, 0);
    expect(totals(scores, ['value', 'unit', 'subject']).tp / gold).toBeGreaterThanOrEqual(0.8);
  });

  it('meets them on the source article alone', () => {
    const i = cases.findIndex((c) => c.name === 'gov-liangjiang-seed');
    const vu = totals([scores[i]!], ['value', 'unit']);
    expect(vu.precision).toBeGreaterThanOrEqual(0.97);
    expect(vu.recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(cases.map((c, i) => [c.name, i] as const))('%s: no year, ordinal, name, date or phone number is taken for a figure', (_, i) => {
    expect(scores[i]!.falseHits.map((h) => `${h.pred.raw} (${h.text})`)).toEqual([]);
  });
});

describe('the Recognizers-Text baseline stays out of the product', () => {
  it('is a development dependency only, with an exact version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(pkg.dependencies!['@microsoft/recognizers-text-suite']).toBeUndefined();
    expect(pkg.devDependencies!['@microsoft/recognizers-text-suite']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is imported by no file under lib/ or entrypoints/', () => {
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const sources = [...walk(path.join(ROOT, 'lib')), ...walk(path.join(ROOT, 'entrypoints'))].filter((f) => /\.(ts|js|mjs)$/.test(f));
    expect(sources.filter((f) => fs.readFileSync(f, 'utf8').includes('recognizers-text'))).toEqual([]);
  });

  it.skipIf(!fs.existsSync(path.join(ROOT, '.output/chrome-mv3')))('is not in the built extension', () => {
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const built = walk(path.join(ROOT, '.output')).filter((f) => /\.(js|mjs)$/.test(f));
    expect(built.length).toBeGreaterThan(0);
    expect(built.filter((f) => /recognizeNumber|Microsoft\.Recognizers|recognizers-text/.test(fs.readFileSync(f, 'utf8')))).toEqual([]);
  });
});
