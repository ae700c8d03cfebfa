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

/** OpenCC's Traditional → Simplified character table (for the detection sets). */
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
 * OpenCC-standard and Hong Kong forms that Taiwan text also writes (白癡, 污水, 洩/泄, 橋樑, 祕書):
 * never changed in Traditional text going to a Taiwan target.
 */
const TAIWAN_ALSO = new Set('癡污泄檐棱樑祕幺痹皁睾繮踊鉢鍼鮎齶蔘潙潨蔿嬀嫺覈台');

function pairs(dict: string): [string, string][] {
  return dict.split('|').map((e) => {
    const [from = '', to = ''] = e.split(' ');
    return [from, to];
  });
}

/**
 * Traditional text to Taiwan's forms, changing only forms Taiwan does not write: Hong Kong's
 * (説 → 說, 綫 → 線, 户 → 戶) and OpenCC's own (爲 → 為, 裏 → 裡, 着 → 著). A genuine Taiwan
 * text passes unchanged (OpenCC's Taiwan table alone would turn its 白癡 into 白痴).
 */
export function taiwanFormsDict(twVariants: string): [string, string][] {
  const tw = new Map(pairs(twVariants));
  const taiwan = new Set([...tw.values(), ...TAIWAN_ALSO]);
  const out = new Map<string, string>();
  for (const [from, to] of tw) if (!TAIWAN_ALSO.has(from)) out.set(from, to);
  for (const [hk, t] of pairs(HKVariantsRev)) {
    if (taiwan.has(hk) || out.has(hk)) continue;
    const target = tw.get(t) ?? t;
    if (target !== hk) out.set(hk, target);
  }
  return [...out];
}
