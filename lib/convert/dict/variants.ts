/**
 * The small dictionaries (a few KB each): OpenCC's normalisation of CJK compatibility ideographs,
 * the Taiwan and Hong Kong variants and the Taiwan phrases, which bring Traditional text to a
 * regional standard. Each group is one shared array, so a converter builds it once.
 */
import CJK from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import type { ChainSpec, DictSource } from '../engine';

export const NORMALIZE: readonly DictSource[] = [CJK];
/** OpenCC's Taiwan variant table as text (for the converter's Traditional → Taiwan forms). */
export const TW_VARIANTS_TEXT: string = TWVariants;
export const TW_VARIANTS: readonly DictSource[] = [TWVariantsPhrases, TWVariants];
export const TW_PHRASES: readonly DictSource[] = [TWPhrases];
export const HK_VARIANTS: readonly DictSource[] = [HKVariantsPhrases, HKVariants];

/** Traditional (OpenCC standard) to each regional standard: opencc-js `{ from: 't', to }`. */
export const VARIANT_SPECS: Record<'tw' | 'twp' | 'hk', ChainSpec> = {
  tw: { stages: [TW_VARIANTS] },
  twp: { stages: [TW_PHRASES, TW_VARIANTS] },
  hk: { stages: [HK_VARIANTS] },
};
