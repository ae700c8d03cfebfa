/** The compact engine gives OpenCC's text (opencc-js itself is the reference). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { Chain, Dict } from '../../../lib/convert/engine';
import { HANS_TO_HANT } from '../../../lib/convert/dict/hans-to-hant';
import { HANT_TO_HANS } from '../../../lib/convert/dict/hant-to-hans';
import { VARIANT_SPECS } from '../../../lib/convert/dict/variants';
import { CORPUS, FIXTURES, hasCorpus } from '../../helpers/fixtures';

const cache = new Map();

function fixtureText(): { hans: string; hant: string } {
  const strip = (f: string) => fs.readFileSync(path.join(FIXTURES, f, 'source.html'), 'utf8').replace(/<[^>]+>/g, '');
  const hant = strip('gov-liangjiang-seed') + strip('convert-genuine-tw');
  // Simplified text: the seed page through opencc-js (a reference independent of our engine).
  const hans = OpenCC.Converter({ from: 't', to: 'cn' })(hant) + strip('convert-mixed-blocks');
  return { hans, hant };
}

function corpusText(): { hans: string; hant: string } {
  if (!hasCorpus) return { hans: '', hant: '' };
  const dir = path.join(CORPUS, 'cwced/cleaned');
  const hans = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const tw = path.join(CORPUS, 'twnews');
  const hant = fs
    .readdirSync(tw)
    .filter((f) => f.endsWith('.html'))
    .map((f) => fs.readFileSync(path.join(tw, f)))
    .filter((b) => !/big5/i.test(b.subarray(0, 3000).toString('latin1')))
    .map((b) => b.toString('utf8').replace(/<[^>]+>/g, ''))
    .join('\n');
  return { hans, hant };
}

const CASES = [
  ...(['t', 'tw', 'twp', 'hk'] as const).map((to) => ({ name: `cn→${to}`, spec: HANS_TO_HANT[to], opts: { from: 'cn', to }, source: 'hans' as const })),
  ...(['t', 'tw', 'hk'] as const).map((from) => ({ name: `${from}→cn`, spec: HANT_TO_HANS[from], opts: { from, to: 'cn' }, source: 'hant' as const })),
  ...(['tw', 'twp', 'hk'] as const).map((to) => ({ name: `t→${to}`, spec: VARIANT_SPECS[to], opts: { from: 't', to }, source: 'hant' as const })),
];

describe('engine', () => {
  const fixtures = fixtureText();
  const corpus = corpusText();
  for (const c of CASES) {
    it(`gives opencc-js's text for ${c.name}`, () => {
      const reference = OpenCC.Converter(c.opts as Parameters<typeof OpenCC.Converter>[0]);
      const chain = new Chain(c.spec, cache);
      for (const text of [fixtures[c.source], corpus[c.source]]) {
        if (!text) continue;
        const ours = chain.convert(text);
        const theirs = reference(text);
        if (ours !== theirs) {
          let i = 0;
          while (ours[i] === theirs[i]) i++;
          expect(ours.slice(i - 10, i + 10)).toBe(theirs.slice(i - 10, i + 10));
        }
        expect(ours).toBe(theirs);
      }
    });
  }

  it('takes the longest match, and the first dictionary on equal keys', () => {
    const d = new Dict([[['ab', 'X'], ['a', 'y']], [['abc', 'Z'], ['ab', 'W']]]);
    expect(d.convert('abcab a')).toBe('ZX y');
    expect(d.get('ab')).toBe('X');
    expect(d.get('abc')).toBe('Z');
    expect(d.get('b')).toBeUndefined();
  });

  it('steps over surrogate pairs and ideographic description sequences as units', () => {
    const d = new Dict([[['𠀀', 'A'], ['⿰木', 'B']]]);
    expect(d.convert('x𠀀y')).toBe('xAy');
    // A lone high surrogate stays as it is.
    expect(d.convert('\ud840z')).toBe('\ud840z');
  });

  it('lets an override beat a shorter phrase at the same place, and marks phrase positions', () => {
    const chain = new Chain(HANS_TO_HANT.t, cache);
    expect(chain.convert('他被发明的机器吸引')).toBe('他被髮明的機器吸引');
    const overrides = new Dict([[['被发明', '被發明']]]);
    expect(chain.convert('他被发明的机器吸引', overrides)).toBe('他被發明的機器吸引');
    const mask = new Uint8Array(5);
    chain.convert('位于兩江', null, mask);
    expect([...mask]).toEqual([1, 1, 0, 0, 0]);
  });
});
