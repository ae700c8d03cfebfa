/** Repair of naive conversions, only where a block shows leftovers. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConverter } from '../../../lib/convert/converter';
import { isNaivePage, needsRepair, weakLeftovers } from '../../../lib/convert/repair';
import { countScript } from '../../../lib/convert/detect';
import { CORPUS, hasCorpus, loadFixture } from '../../helpers/fixtures';

describe('leftovers', () => {
  it('counts ambiguous forms a phrase would write otherwise, apart from those only the character table changes', () => {
    // 示范 → 示範 by a phrase; 翠云 → 翠雲 by the character table; 皇后 kept by a phrase.
    const block = '示范翠云皇后';
    const roundTrip = '示範翠雲皇后';
    const phrases = new Uint8Array([1, 1, 0, 0, 1, 1]);
    expect(weakLeftovers(block, roundTrip, phrases)).toEqual({ phrase: 1, char: 1 });
    expect(weakLeftovers('台灣占領', '臺灣佔領', new Uint8Array([1, 1, 1, 1]))).toEqual({ phrase: 0, char: 0 });
  });

  it('repairs on strong or phrase leftovers anywhere, on character leftovers only on a naive page', () => {
    expect(needsRepair({ strong: 1, phrase: 0, char: 0 }, false)).toBe(true);
    expect(needsRepair({ strong: 0, phrase: 1, char: 0 }, false)).toBe(true);
    expect(needsRepair({ strong: 0, phrase: 0, char: 2 }, false)).toBe(false);
    expect(needsRepair({ strong: 0, phrase: 0, char: 1 }, true)).toBe(true);
    expect(isNaivePage(1, 1, 10)).toBe(false);
    expect(isNaivePage(1, 2, 10)).toBe(true);
    expect(isNaivePage(0, 2, 10)).toBe(false);
    expect(isNaivePage(0, 3, 20)).toBe(false);
    expect(isNaivePage(0, 3, 10)).toBe(true);
  });
});

describe('repair of the seed page', () => {
  it('repairs every paragraph with leftovers and finds the page naive', async () => {
    const page = loadFixture('gov-liangjiang-seed');
    try {
      const paragraphs = [...page.document.querySelectorAll('#zoom p')].map((p) => p.textContent ?? '').filter(Boolean);
      const tw = await loadConverter('tw');
      const hints = tw.analyze(paragraphs);
      expect(hints).toEqual({ script: 'hant', naive: true });
      const out = paragraphs.map((p) => tw.convertBlock(p, hints)).join('\n');
      for (const [wrong, right] of [['示范', '示範'], ['位于', '位於'], ['翠云', '翠雲'], ['凈化', '淨化'], ['后橋', '後橋'], ['并在', '並在']]) {
        expect(paragraphs.join('\n')).toContain(wrong);
        expect(out).not.toContain(wrong);
        expect(out).toContain(right);
      }
    } finally {
      page.close();
    }
  });
});

describe.skipIf(!hasCorpus)('genuine Taiwan news (../shared/corpus/twnews)', () => {
  it('finds no page naive, repairs (almost) no paragraph, and changes none it does not repair', async () => {
    const dir = path.join(CORPUS, 'twnews');
    const tw = await loadConverter('tw');
    let total = 0;
    const repaired: string[] = [];
    const changed: string[] = [];
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      const bytes = fs.readFileSync(path.join(dir, f));
      if (/big5/i.test(bytes.subarray(0, 3000).toString('latin1'))) continue;
      const html = bytes.toString('utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '');
      const paragraphs = html
        .split(/<[^>]+>/)
        .map((t) => t.trim())
        .filter((t) => countScript(t).han >= 8);
      const hints = tw.analyze(paragraphs);
      expect(hints, f).toEqual({ script: 'hant', naive: false });
      for (const p of paragraphs) {
        total++;
        const mode = tw.mode(p, hints);
        if (mode === 'repair') repaired.push(p);
        else if (tw.convertBlock(p, hints) !== p) changed.push(p);
      }
    }
    expect(total).toBeGreaterThan(1000);
    expect(repaired.length / total).toBeLessThan(0.005);
    expect(changed).toEqual([]);
  });
});
