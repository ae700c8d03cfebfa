/**
 * Building OpenCC converters on demand. The dictionaries are loaded with dynamic `import()` so
 * they never ride in a bundle that does not convert; building one takes a while (cn→tw: about
 * 0.36 s), so built converters are cached per target.
 */
import type { ConvertTarget } from '../report';

export type ConvertFn = (text: string) => string;

/** OpenCC locale pairs for each target the CLI and the popup offer. */
export const TARGETS: Record<ConvertTarget, { from: string; to: string; label: string }> = {
  cn: { from: 't', to: 'cn', label: '简体（中国大陆）' },
  t: { from: 'cn', to: 't', label: '繁體（OpenCC 標準）' },
  tw: { from: 'cn', to: 'tw', label: '繁體（臺灣字形）' },
  twp: { from: 'cn', to: 'twp', label: '繁體（臺灣用詞）' },
  hk: { from: 'cn', to: 'hk', label: '繁體（香港）' },
};

export function isConvertTarget(value: string): value is ConvertTarget {
  return Object.prototype.hasOwnProperty.call(TARGETS, value);
}

const cache = new Map<ConvertTarget, Promise<ConvertFn>>();

/** Loads the dictionaries for `target` (once) and returns the converter. */
export function loadConverter(target: ConvertTarget): Promise<ConvertFn> {
  let pending = cache.get(target);
  if (!pending) {
    const { from, to } = TARGETS[target];
    pending = (target === 'cn' ? import('opencc-js/t2cn') : import('opencc-js/cn2t')).then((OpenCC) =>
      OpenCC.Converter({ from, to }),
    );
    cache.set(target, pending);
  }
  return pending;
}
