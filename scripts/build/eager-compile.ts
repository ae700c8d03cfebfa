/**
 * A Vite plugin that marks built scripts for eager compilation: Chromium (136 and later) reads the
 * magic comment `//# allFunctionsCalledOnLoad` at the top of a script and compiles all its
 * functions when it compiles the script, instead of each one on its first call. Other engines
 * ignore the comment.
 *
 * For the content script: it is evaluated at document_start, before the page is parsed, and its
 * cleanup runs at DOMContentLoaded, where the lazy compilation of the detectors used to be about a
 * quarter of the first cleanup's time (corpus in Chromium, cold cleanup sum 3383 → 2494 ms on 50
 * pages). Only for scripts whose functions mostly run on load: eager compilation of code that
 * never runs would be time and memory spent for nothing.
 */
import type { Plugin } from 'vite';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Prepends the hint to the output chunks named in `files` (paths in the build output). */
export function eagerCompile(files: readonly string[]): Plugin {
  return {
    name: 'qingyue:eager-compile',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type === 'chunk' && files.includes(out.fileName) && !out.code.startsWith(EAGER_COMPILE_HINT)) out.code = `${EAGER_COMPILE_HINT}\n${out.code}`;
      }
    },
  };
}
