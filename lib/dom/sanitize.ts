/**
 * The only place in Qingyue that turns HTML strings into markup: everything goes through
 * DOMPurify. All other code writes text with `textContent`.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

type WindowLike = Window & typeof globalThis;

const instances = new WeakMap<object, DOMPurify>();

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

function purifier(win: WindowLike): DOMPurify {
  let instance = instances.get(win);
  if (!instance) {
    instance = createDOMPurify(win);
    if (!instance.isSupported) throw new Error('DOMPurify is not supported by this DOM implementation');
    instance.addHook('afterSanitizeAttributes', (node) => {
      // Links open outside the reading surface and never tell the target who sent the reader.
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    });
    instances.set(win, instance);
  }
  return instance;
}

/** Sanitises article HTML to a string that is safe to insert anywhere. */
export function sanitizeHtml(html: string, win: WindowLike): string {
  return purifier(win).sanitize(html, { ...ARTICLE_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

/** Replaces the children of `target` with sanitised article HTML. */
export function setSanitizedHtml(target: Element, html: string, win: WindowLike): void {
  const fragment = purifier(win).sanitize(html, { ...ARTICLE_CONFIG, RETURN_DOM_FRAGMENT: true });
  target.replaceChildren(target.ownerDocument.importNode(fragment, true));
}
