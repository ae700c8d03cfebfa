/**
 * The only place in Qingyue that turns HTML strings into markup: everything goes through
 * DOMPurify. All other code writes text with `textContent`.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

type WindowLike = Window & typeof globalThis;

/**
 * Tags and attributes an article may keep: structure, text, tables, links, images. No styles or
 * classes (the page's CSS never reaches the reader), nothing that floats above the reader's own
 * interface (`dialog`, `popover`), takes focus order (`tabindex`) or loads a URL the reader does
 * not check (`background`, image maps).
 */
const ARTICLE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'dialog', 'map', 'area'],
  FORBID_ATTR: ['style', 'class', 'srcset', 'popover', 'tabindex', 'background'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i,
};

type Output = 'string' | 'fragment';

const instances = new WeakMap<object, Partial<Record<Output, DOMPurify>>>();

/**
 * One DOMPurify instance per window and output, configured once with `setConfig`: a config passed
 * to every `sanitize()` call is parsed again on each call.
 */
function purifier(win: WindowLike, output: Output): DOMPurify {
  let byOutput = instances.get(win);
  if (!byOutput) instances.set(win, (byOutput = {}));
  let instance = byOutput[output];
  if (!instance) {
    instance = createDOMPurify(win);
    if (!instance.isSupported) throw new Error('DOMPurify is not supported by this DOM implementation');
    instance.setConfig(output === 'string' ? { ...ARTICLE_CONFIG, RETURN_TRUSTED_TYPE: false } : { ...ARTICLE_CONFIG, RETURN_DOM_FRAGMENT: true });
    instance.addHook('afterSanitizeAttributes', (node) => {
      // Links open outside the reading surface and never tell the target who sent the reader.
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    });
    byOutput[output] = instance;
  }
  return instance;
}

/** Sanitises article HTML to a string that is safe to insert anywhere. */
export function sanitizeHtml(html: string, win: WindowLike): string {
  return purifier(win, 'string').sanitize(html) as string;
}

/** Replaces the children of `target` with sanitised article HTML. */
export function setSanitizedHtml(target: Element, html: string, win: WindowLike): void {
  const fragment = purifier(win, 'fragment').sanitize(html) as unknown as DocumentFragment;
  target.replaceChildren(target.ownerDocument.importNode(fragment, true));
}
