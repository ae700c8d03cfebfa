/**
 * Rendering the popup from a page state. Text only (`textContent`): nothing from the page is ever
 * parsed as HTML here.
 */
import type { PageState } from '../../lib/messages';
import type { Report } from '../../lib/report';

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日${m[4] ? ` ${m[4]}:${m[5]}` : ''}`;
}

function section(title: string, body: Node): HTMLElement {
  return h('section', {}, h('h2', {}, title), body);
}

function outline(report: Report): HTMLElement {
  if (!report.headings.length) return h('p', { class: 'empty' }, '本文没有分节标题');
  return h('ol', { class: 'outline' }, ...report.headings.map((x) => h('li', { 'data-level': String(Math.min(x.level, 3)), 'data-anchor': x.anchor }, x.text)));
}

function figures(report: Report): HTMLElement {
  const list = report.figures.filter((f) => f.key).length ? report.figures.filter((f) => f.key) : report.figures;
  if (!list.length) return h('p', { class: 'empty' }, '未发现数据');
  return h(
    'ul',
    { class: 'figures' },
    ...list.map((f) => h('li', { title: f.sentence }, h('span', { class: 'raw' }, f.raw), h('span', { class: 'subject' }, f.subject || f.sentence))),
  );
}

function spam(report: Report): HTMLElement | null {
  if (!report.spam.length) return null;
  return section(
    `已隐藏的注入内容（${report.spam.length}）`,
    h('ul', { class: 'spam' }, ...report.spam.map((s) => h('li', {}, s.text.slice(0, 120), h('span', { class: 'why' }, `${s.technique} · ${s.reason}`)))),
  );
}

/** The popup body for a page state. */
export function renderState(state: PageState): Node[] {
  if (state.error) return [h('p', { class: 'state error', role: 'alert' }, `分析本页时出错：${state.error}`)];
  const report = state.report;
  if (!report) return [h('p', { class: 'state' }, '本页尚未分析。')];
  const meta = [report.source && `来源：${report.source}`, report.publishedTime && formatDate(report.publishedTime)].filter(Boolean).join(' · ');
  const head = [h('h1', {}, report.title || '（无标题）'), meta ? h('p', { class: 'meta' }, meta) : null];
  if (!report.isArticle) {
    return [...head.filter((x): x is HTMLElement => !!x), h('p', { class: 'state' }, '这个页面不像是一篇文章（首页、列表或搜索页），清阅不做处理。'), spam(report)].filter(
      (x): x is HTMLElement => !!x,
    );
  }
  return [...head, section('目录', outline(report)), section('关键数据', figures(report)), spam(report)].filter((x): x is HTMLElement => !!x);
}

export function message(text: string, kind: 'state' | 'error' = 'state', ...extra: Node[]): Node[] {
  return [h('p', { class: kind === 'error' ? 'state error' : 'state', ...(kind === 'error' ? { role: 'alert' } : {}) }, text), ...extra];
}
