/**
 * The toolbar popup's script, one classic script that popup.html loads from its head: it asks the
 * tab for its report while the popup's document is still parsed, and one file loads sooner than a
 * module and its chunks (entrypoints/popup/main.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup } from './popup/main';

export default defineUnlistedScript(startPopup);
