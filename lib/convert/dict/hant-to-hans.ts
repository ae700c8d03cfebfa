/**
 * Dictionaries from Traditional to Simplified (about 100 KB), in a chunk of their own.
 */
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import type { ChainSpec, DictSource } from '../engine';
import { NORMALIZE } from './variants';

/** OpenCC's Traditional → Simplified character table (for the full detection sets). */
export const TS_CHARACTERS: string = TSCharacters;

const TS_PHRASES: readonly DictSource[] = [TSPhrases];
const TS: readonly DictSource[] = [TSPhrases, TSCharacters];

const TW_REV: readonly DictSource[] = [TWVariantsRevPhrases, TWVariantsRev];
const HK_REV: readonly DictSource[] = [HKVariantsRevPhrases, HKVariantsRev];

/**
 * OpenCC's t2s, tw2s and hk2s configurations (opencc-js 1.4.2 presets), and `any`: Taiwan's and
 * Hong Kong's forms back to OpenCC's (看著 → 看着, 衞生 → 衛生), then to Simplified, for
 * Traditional text of either region.
 */
export const HANT_TO_HANS: Record<'t' | 'tw' | 'hk' | 'any', ChainSpec> = {
  t: { normalize: NORMALIZE, stages: [TS] },
  tw: { normalize: NORMALIZE, segmentation: TS_PHRASES, stages: [TW_REV, TS] },
  hk: { normalize: NORMALIZE, segmentation: TS_PHRASES, stages: [HK_REV, TS] },
  any: { normalize: NORMALIZE, segmentation: TS_PHRASES, stages: [TW_REV, HK_REV, TS] },
};

/** Taiwan's forms back to OpenCC's standard (裡 → 裏, with the phrases that keep 著名 and 才). */
export const TW_TO_T: ChainSpec = { stages: [[TWVariantsRevPhrases, TWVariantsRev]] };

/**
 * Hong Kong's forms back to OpenCC's standard (説 → 說, 綫 → 線, 户 → 戶), for Traditional text
 * going to a Taiwan target: all but 台 → 臺, since Taiwan writes 台 too (台灣, 台北).
 */
export const HK_TO_T_KEEP_TAI: ChainSpec = {
  stages: [
    [
      HKVariantsRevPhrases,
      HKVariantsRev.split('|')
        .filter((e) => !e.startsWith('台 '))
        .join('|'),
    ],
  ],
};
