/**
 * Whether a live document may have changed, since a point, in anything the spam detection reads,
 * so that a detection made then (the cleanup's, at DOMContentLoaded) can stand for one made now
 * (the first report's):
 * - its nodes, attributes and text (a MutationObserver);
 * - what changes computed styles without touching the DOM: a style sheet or an `@import`
 *   finishing loading (`load` on a `<link>` or `<style>`), the viewport (media queries), form
 *   state and the URL's fragment (`:checked`, `:target`), and CSS animations and transitions
 *   (their events, and any still running when asked).
 * Not watched: a script changing style sheets through the CSSOM (`insertRule`, adopted sheets) or
 * animating with the Web Animations API. Comparing the sheets' rule counts would catch the first,
 * but reading `document.styleSheets` in the cleanup cost 1.0 ms median, 5.2 ms p95 on corpus pages
 * in Chromium (the watch without it: 0.3 / 1.2 ms). Such a change only keeps the report's spam
 * list at what the cleanup found and hid; it never hides anything more. Whatever cannot be
 * watched (no MutationObserver) counts as changed. The page's own changes are the only ones
 * counted: the session's hiding and showing run through `ignoring`.
 *
 * Nothing runs in the cleanup that reads styles (the running animations are asked for only by
 * `changed`): that would make the browser compute the page's styles inside the cleanup.
 */
export class ChangeWatch {
  private dirty = false;
  private observer: MutationObserver | null = null;
  private readonly stops: (() => void)[] = [];
  private doc: Document | null = null;

  constructor(doc: Document) {
    try {
      this.watch(doc);
    } catch {
      // Never a reason for the cleanup to fail: unwatched means changed.
      this.stop();
      this.dirty = true;
    }
  }

  /** True once the page changed (or could not be watched) since the watch began. */
  get changed(): boolean {
    this.takeRecords();
    // Asked once, when the report wants to know (it computes styles anyway): never in the cleanup.
    if (!this.dirty && this.doc && runningAnimations(this.doc)) this.mark();
    return this.dirty;
  }

  /** Runs `change` (the session's own hiding or showing) without counting it as the page's change. */
  ignoring<T>(change: () => T): T {
    // What the page did before is counted first.
    this.takeRecords();
    try {
      return change();
    } finally {
      this.observer?.takeRecords();
    }
  }

  /** Stops watching. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.doc = null;
    for (const stop of this.stops.splice(0)) stop();
  }

  private watch(doc: Document): void {
    const win = doc.defaultView;
    const Observer = win?.MutationObserver;
    if (!win || typeof Observer !== 'function') {
      this.dirty = true;
      return;
    }
    this.doc = doc;
    const mark = () => this.mark();
    this.observer = new Observer(mark);
    this.observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
    // `load` does not bubble: caught on its way down. Images and scripts load too, and change nothing read.
    this.listen(doc, 'load', (event) => {
      const name = (event.target as Element | null)?.localName;
      if (name === 'link' || name === 'style') mark();
    });
    for (const type of ['change', 'input', 'toggle', ...ANIMATION_EVENTS]) this.listen(doc, type, mark);
    for (const type of ['resize', 'hashchange']) this.listen(win, type, mark);
  }

  private takeRecords(): void {
    if (!this.dirty && this.observer?.takeRecords().length) this.mark();
  }

  private mark(): void {
    this.dirty = true;
    // Nothing more to learn: the page stays unobserved from here on.
    this.stop();
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
    target.addEventListener(type, handler, true);
    this.stops.push(() => target.removeEventListener(type, handler, true));
  }
}

/** Events of CSS animations and transitions (an animation running at the start fires the next one). */
const ANIMATION_EVENTS = ['animationstart', 'animationiteration', 'animationend', 'animationcancel', 'transitionrun', 'transitionend', 'transitioncancel'];

/** Whether CSS animations or transitions are running on `doc` (true when the browser fails to say). */
function runningAnimations(doc: Document): boolean {
  try {
    const animations = (doc as Document & { getAnimations?: () => { playState: string; pending: boolean }[] }).getAnimations?.();
    return !!animations && animations.some((a) => a.playState === 'running' || a.pending);
  } catch {
    return true;
  }
}
