/**
 * The reader view's script, one classic script that reader.html loads from its head: it asks the
 * tab for its article while the reader's document is still parsed, and one file loads sooner than
 * a module and its chunks (entrypoints/reader/main.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReader } from './reader/main';

export default defineUnlistedScript(startReader);
