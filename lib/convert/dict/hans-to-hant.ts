/**
 * Dictionaries from Simplified to the Traditional standards (about 1 MB: STPhrases alone is
 * 1.0 MB). Imported only through a dynamic `import()` in `../converter.ts`, so bundlers put them in
 * a chunk of their own that loads when a Traditional target is first used.
 */
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import type { ChainSpec, DictSource } from '../engine';
import { HK_VARIANTS, NORMALIZE, TW_PHRASES, TW_VARIANTS } from './variants';

const PHRASES: readonly DictSource[] = [STPhrases, STPhrasesRegional];
const ST: readonly DictSource[] = [STPhrases, STPhrasesRegional, STCharacters];

/**
 * OpenCC's s2t, s2tw, s2twp and s2hk configurations (opencc-js 1.4.2 presets). s2t has no
 * segmentation step in OpenCC; segmenting by the same phrases gives the same text and lets the
 * protection list compete with the phrases.
 */
export const HANS_TO_HANT: Record<'t' | 'tw' | 'twp' | 'hk', ChainSpec> = {
  t: { normalize: NORMALIZE, segmentation: PHRASES, stages: [ST] },
  tw: { normalize: NORMALIZE, segmentation: PHRASES, stages: [ST, TW_VARIANTS] },
  twp: { normalize: NORMALIZE, segmentation: PHRASES, stages: [ST, TW_PHRASES, TW_VARIANTS] },
  hk: { normalize: NORMALIZE, segmentation: PHRASES, stages: [ST, HK_VARIANTS] },
};
