/** The converter host and its messages. */
import { describe, expect, it } from 'vitest';
import { ConverterHost } from '../../../lib/convert/host';
import { isConverterMessage, packBlocks, packResults, readConvertTextResponse, requestBatch, unpackBlocks, unpackResults } from '../../../lib/convert/protocol';

describe('converter messages', () => {
  it('accepts well-formed messages only', () => {
    expect(isConverterMessage({ type: 'qingyue:converter-ping', to: 'tw' })).toBe(true);
    expect(isConverterMessage({ type: 'qingyue:converter-prepare', to: 'hk' })).toBe(true);
    expect(isConverterMessage({ type: 'qingyue:convert-text', to: 'cn', blocks: [['头发']], hints: null, dictionary: [] })).toBe(true);
    expect(isConverterMessage({ type: 'qingyue:convert-text', to: 'cn', blocks: 'a\u001fb', hints: { script: 'hans', naive: false }, dictionary: [{ source: 'a', target: 'b', to: 'tw' }] })).toBe(true);
    for (const bad of [
      null,
      [],
      { type: 'qingyue:converter-ping', to: 'jp' },
      { type: 'qingyue:converter-ping', to: 'tw', extra: 1 },
      { type: 'qingyue:convert-text', to: 'tw', blocks: [[1]], hints: null, dictionary: [] },
      { type: 'qingyue:convert-text', to: 'tw', blocks: [['a']], hints: { script: 'x', naive: false }, dictionary: [] },
      { type: 'qingyue:convert-text', to: 'tw', blocks: [['a']], hints: null, dictionary: [{ source: '', target: 'b' }] },
      { type: 'qingyue:get-report' },
    ])
      expect(isConverterMessage(bad)).toBe(false);
  });

  it('packs blocks into one string and back, and refuses text that holds the separators', () => {
    const blocks = [['头', '发', ''], ['发展'], ['']];
    expect(unpackBlocks(packBlocks(blocks)!)).toEqual(blocks);
    expect(packBlocks([['a\u001fb']])).toBeNull();
    expect(packBlocks([['头', '发'], ['a', 'b\u0015']])).toBeNull();
    expect(packBlocks([['头\u001e'], ['发']])).toBeNull();
    expect(packBlocks([['头', '发'], ['a'], ['', '']])).toBe('头\u001f发\u001ea\u001e\u001f');
    const results = [['頭', '髮', ''], null, ['']];
    expect(unpackResults(packResults(results))).toEqual(results);
    expect(readConvertTextResponse({ blocks: packResults(results), hints: { script: 'hans', naive: false }, ms: 1 }, 3)?.blocks).toEqual(results);
    expect(readConvertTextResponse({ blocks: packResults(results), hints: { script: 'hans', naive: false }, ms: 1 }, 2)).toBeNull();
  });
});

describe('ConverterHost', () => {
  it('builds once, says when it is ready, and converts blocks packed or not', async () => {
    const host = new ConverterHost();
    const status = await host.prepare('hk');
    expect(status.ready).toBe(true);
    expect(host.isReady('hk')).toBe(true);
    expect(host.isReady('cn')).toBe(true);
    const plain = await host.convert({ to: 'hk', blocks: [['头', '发'], ['English'], ['台湾']], hints: null, dictionary: [] });
    expect(plain.blocks).toEqual([['頭', '髮'], null, ['台灣']]);
    expect(plain.hints).toEqual({ script: 'hans', naive: false });
    const batch = requestBatch((request) => host.convert(request));
    const packed = await batch('hk', [['头', '发'], ['English']], null);
    expect(packed.blocks).toEqual([['頭', '髮'], null]);
  });

  it('applies the user dictionary for the target, keyed on the source text', async () => {
    const host = new ConverterHost();
    const dictionary = [
      { source: '软件', target: '軟件（本站）' },
      { source: '软件', target: '軟體', to: 'twp' as const },
    ];
    const twp = await host.convert({ to: 'twp', blocks: [['安装软件']], hints: null, dictionary });
    const tw = await host.convert({ to: 'tw', blocks: [['安装软件']], hints: null, dictionary });
    expect(twp.blocks).toEqual([['安裝軟體']]);
    expect(tw.blocks).toEqual([['安裝軟件（本站）']]);
  });
});

describe('ScriptConverter.convertBlocksAs', () => {
  const blocks = [
    ['头', '发'],
    ['软件', '和内存'],
    ['台灣的計畫'],
    ['示范', '区位于翠云'],
    ['⿰木', '木发展'],
    ['头\u001d发'],
    ['Hello'],
    ['后来', '', '发展了'],
  ];
  const texts = blocks.map((parts) => parts.join(''));

  it('converts the blocks of each mode together exactly as one by one, for every target and mode', async () => {
    const { loadConverter } = await import('../../../lib/convert/converter');
    for (const to of ['cn', 't', 'tw', 'twp', 'hk'] as const) {
      for (const dictionary of [[], [{ source: '发展', target: '發達' }]]) {
        const converter = await loadConverter(to, dictionary);
        for (const hints of [converter.analyze(texts), { script: 'hant' as const, naive: true }]) {
          const modes = texts.map((text) => converter.mode(text, hints));
          expect(converter.convertBlocksAs(blocks, texts, modes)).toEqual(blocks.map((parts, b) => converter.convertPartsAs(parts, modes[b]!)));
        }
      }
    }
  });

  it('relies on a separator that no dictionary holds', async () => {
    const dicts = [await import('../../../lib/convert/dict/hans-to-hant'), await import('../../../lib/convert/dict/hant-to-hans'), await import('../../../lib/convert/dict/variants'), await import('../../../lib/convert/protect')];
    expect(JSON.stringify(dicts)).not.toContain('\\u001d');
  });
});
