/**
 * The trap list (traps.tsv): every case, every target, zero errors. Each section of the file is
 * converted as one page, so the page-level decisions apply as in the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConverter } from '../../../lib/convert/converter';
import { ConverterHost } from '../../../lib/convert/host';
import type { ConvertTarget } from '../../../lib/report';

const TARGETS: ConvertTarget[] = ['cn', 't', 'tw', 'twp', 'hk'];

interface Trap {
  section: string;
  source: string;
  expected: Record<ConvertTarget, string>;
}

function readTraps(): Trap[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'traps.tsv');
  const traps: Trap[] = [];
  let section = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('#')) {
      section = line.slice(1).trim();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 6) throw new Error(`traps.tsv: expected 6 columns in "${line}"`);
    const [source, cn, t, tw, twp, hk] = cols as [string, string, string, string, string, string];
    traps.push({ section, source, expected: { cn, t, tw, twp, hk } });
  }
  return traps;
}

const traps = readTraps();
const sections = [...new Set(traps.map((t) => t.section))];

describe('trap list', () => {
  it('has at least 150 cases, the field notes traps among them', () => {
    expect(traps.length).toBeGreaterThanOrEqual(150);
    const sources = traps.map((t) => t.source).join('\n');
    for (const needle of ['被发明', '展示了如何', '参与制造', '少数组织', '范先生', '甚么', '头发', '发展']) expect(sources).toContain(needle);
  });

  for (const to of TARGETS) {
    it(`converts every case right to ${to}`, async () => {
      const converter = await loadConverter(to);
      const errors: string[] = [];
      for (const section of sections) {
        const page = traps.filter((t) => t.section === section);
        const hints = converter.analyze(page.map((t) => t.source));
        for (const trap of page) {
          const got = converter.convertBlock(trap.source, hints);
          if (got !== trap.expected[to]) errors.push(`${trap.source} → ${got} (expected ${trap.expected[to]})`);
        }
      }
      expect(errors).toEqual([]);
    });
  }

  it('gives the same results through the converter host (one count per block), each block split in parts', async () => {
    const host = new ConverterHost();
    const errors: string[] = [];
    for (const to of TARGETS) {
      for (const section of sections) {
        const page = traps.filter((t) => t.section === section);
        // Split inside the text, as a page splits a block over its tags.
        const blocks = page.map((t) => (t.source.length > 3 ? [t.source.slice(0, 2), t.source.slice(2)] : [t.source]));
        const answer = await host.convert({ to, blocks, hints: null, dictionary: [] });
        page.forEach((trap, i) => {
          const got = (answer.blocks[i] as string[] | null)?.join('') ?? trap.source;
          if (got !== trap.expected[to]) errors.push(`${to}: ${trap.source} → ${got} (expected ${trap.expected[to]})`);
        });
        // With the hints given (content added later), the same.
        const again = await host.convert({ to, blocks, hints: answer.hints, dictionary: [] });
        expect(again.blocks).toEqual(answer.blocks);
      }
    }
    expect(errors).toEqual([]);
  });

  it('round-trips Simplified text through every Traditional target but Taiwan vocabulary', async () => {
    const cn = await loadConverter('cn');
    const simplified = traps.filter((t) => t.expected.cn === t.source && /[\u4e00-\u9fff]/.test(t.source) && t.section.includes('Simplified'));
    expect(simplified.length).toBeGreaterThan(100);
    for (const to of ['t', 'tw', 'hk'] as const) {
      const converter = await loadConverter(to);
      // Back as a Traditional page (a word alone does not tell its script).
      const back = simplified.map((t) => cn.convertBlock(converter.convert(t.source), { script: 'hant', naive: false }));
      const failed = simplified.filter((t, i) => back[i] !== t.source).map((t, i) => `${t.source} → ${back[i]}`);
      expect(failed).toEqual([]);
    }
  });
});
