/**
 * The reader view's script, one classic script that reader.html loads from its head: it asks the
 * tab for its article while the reader's document is still parsed, and one file loads sooner than
 * a module and its chunks (entrypoints/reader/main.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript(() => {
  // Imported when the script runs (the build inlines it), not when WXT loads this file in Node to
  // read its options: there, on a fresh checkout, the generated #i18n module does not exist yet.
  void import('./reader/main').then((m) => m.startReader());
});
