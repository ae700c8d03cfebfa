/**
 * T8: injected scripts, reported (never run, never removed): redirects of visitors who arrive from
 * a search engine (`if (/baidu|sogou/.test(document.referrer)) location.href = …`), unconditional
 * redirects and pop-ups to unknown sites, `document.write` of hidden blocks, frames or foreign
 * scripts, and the obfuscation that hides them (`_0x…` string arrays, `\x` escapes, the
 * `eval(function(p,a,c,k,e,d)…)` packer). Scripts are decoded by string processing only.
 *
 * One case is hidden as well: static content between a script that writes an opening hidden
 * `<div style="display:none">` and one that writes the closing `</div>` (a browser hides it when
 * it runs the scripts; where scripts do not run, the content would otherwise show).
 */
import type { SpamHit } from '../stage';
import { judgeHidden } from './hidden';
import { readableSource, unpack } from './decode';
import { classifyHref } from './links';
import { weak } from './corroborate';
import type { PageScan } from './scan';
import { textOf } from './scan';

/** A search engine's name as a string literal (what referrer checks compare against). */
const SEARCH_ENGINE_LITERAL = /['"](?:[^'"]{0,20}[.|/])?(?:baidu|sogou|soso|so\.com|sm\.cn|bing|google|yahoo|360|youdao|yisou|sm|so|uc)(?:[.|/][^'"]{0,20})?['"]/i;
const NAVIGATES = /location\s*(?:\.\s*(?:href|replace|assign)|\[[^\]]*\]\]?)?\s*(?:=(?!=)|\()|window\.open\s*\(|top\.location|\[\s*['"]href['"]\s*\]\s*=(?!=)/;
const URL_IN = /https?:\/\/[^\s'"<>)\\]+/gi;
const OBFUSCATOR_SITES = /^https?:\/\/(?:www\.)?(?:sojson\.com|jsjiami\.com|obfuscator\.io|javascriptobfuscator\.com)/i;

export interface ScriptFinding {
  /** What the script does, for the reason line. */
  does: string[];
  /** The foreign URL it sends visitors to or loads, if any. */
  target: string;
  /** True when the evidence alone is strong: a search-referrer redirect, obfuscation, a raw IP target. */
  strong: boolean;
}

/** What an inline script does that injected scripts do; null for ordinary scripts. */
export function analyzeScript(src: string, pageHost: string, readable?: string): ScriptFinding | null {
  if (src.length < 10) return null;
  const code = readable ?? readableSource(src);
  if (!code) return null;
  const does: string[] = [];
  const foreignUrls = (code.match(URL_IN) ?? []).filter((u) => {
    const k = classifyHref(u, pageHost).kind;
    return k === 'untrusted' || k === 'ip';
  });
  // Obfuscators stamp their own address into the code; it is not where the script sends anyone.
  const target = foreignUrls.find((u) => !OBFUSCATOR_SITES.test(u)) ?? '';
  const obfuscated = /\b_0x[0-9a-f]{3,}\b|__Ox[0-9a-f]{3,}/i.test(src);
  const packed = /eval\s*\(\s*function\s*\(\s*p\s*,/.test(src) && unpack(src) !== null;
  // Short top-level code (no functions, no handlers) runs for every visitor on load.
  const topLevel = code.length < 600 && !/\bfunction\b|=>|addEventListener|\bon(?:click|submit|change|mouse\w*)\b/.test(code);
  const sneaky = obfuscated || packed;
  if ((code.length < 3000 || sneaky) && /document\s*\.\s*referrer|\[\s*['"]referrer['"]\s*\]|['"]referrer['"]/.test(code) && SEARCH_ENGINE_LITERAL.test(code) && NAVIGATES.test(code) && target)
    does.push(`redirects visitors arriving from search engines to ${target}`);
  else if (target && (topLevel || sneaky) && /(?:^|[;{}\s])(?:window\.|top\.|self\.|document\.)?location(?:\.href)?\s*=\s*['"]https?:/.test(code) && !/navigator\s*\.\s*userAgent/.test(code))
    does.push(`redirects every visitor to ${target}`);
  else if (target && (topLevel || sneaky) && /window\.open\s*\(|\bopen\s*\(\s*(?:url|['"]https?:)/.test(code)) does.push(`opens ${target} in a new window`);
  const write = /document\s*(?:\.\s*write(?:ln)?|\[\s*['"]write(?:ln)?['"]\s*\])|\[\s*['"]document['"]\s*\]\s*\[\s*['"]write/.test(code);
  if (write) {
    const tinyFrame = /<\s*i?frame[^>]*(?:width\s*=\s*['"]?[0-5]\b|height\s*=\s*['"]?[0-5]\b|display\s*:\s*none)/i.test(code);
    if (/<\s*script[^>]+src\s*=\s*['"]?https?:/i.test(code) && target && (sneaky || /^https?:\/\/(?:\d+\.){3}\d+/.test(target))) does.push(`writes a script from ${target}`);
    else if (/<\s*i?frame/i.test(code) && target && (tinyFrame || sneaky)) does.push(`writes a hidden frame of ${target}`);
    else if (/<\s*div[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(code) && !/<\s*\/\s*div/i.test(code)) does.push('writes the opening of a hidden block');
    else if (/<\s*a\s[^>]*href\s*=\s*['"]?https?:/i.test(code) && target && (sneaky || /display\s*:\s*none|position\s*:\s*absolute/i.test(code))) does.push(`writes hidden links to ${target}`);
  }
  if (!does.length) return null;
  const strong = sneaky || does[0]!.startsWith('redirects visitors arriving') || /^https?:\/\/(?:\d+\.){3}\d+/.test(target);
  if (obfuscated) does.push('obfuscated (_0x string arrays)');
  if (packed) does.push('packed with eval(function(p,a,c,k,e,d))');
  return { does, target, strong };
}

/** Elements between a script writing `<div style=…hidden…>` and one writing `</div>`. */
function writtenHiddenBlocks(scan: PageScan, script: Element, code: string): Element[] {
  if (!/<\s*div[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(code) || /<\s*\/\s*div/i.test(code)) return [];
  const closes = (s: Element) => /<\s*\/\s*div/i.test(scan.readableScript(s));
  const out: Element[] = [];
  // Everything after the opening script up to the closing one, in document order; a container
  // that holds the closing script is entered rather than taken whole.
  const collect = (first: Element | null): boolean => {
    for (let sib = first; sib && out.length < 20; sib = sib.nextElementSibling) {
      if (sib.localName === 'script') {
        if (closes(sib)) return true;
        continue;
      }
      const closing = Array.from(sib.getElementsByTagName('script')).find(closes);
      if (closing) return collect(sib.firstElementChild);
      out.push(sib);
    }
    return false;
  };
  return collect(script.nextElementSibling) ? out : [];
}

/** Injected scripts (reported) and the content they hide. */
export function findScripts(scan: PageScan): SpamHit[] {
  const hits: SpamHit[] = [];
  for (const script of scan.scripts) {
    const src = script.getAttribute('src');
    if (src) {
      const k = classifyHref(src, scan.host);
      const encoded = /jscript\.encode|vbscript\.encode/i.test(script.getAttribute('language') ?? '');
      if (k.kind === 'ip' || (encoded && k.kind !== 'same-site' && k.kind !== 'local'))
        hits.push({ text: src, reason: `script loaded from ${k.kind === 'ip' ? 'a raw IP address' : 'an unknown host'}${encoded ? ' (encoded JScript)' : ''}`, technique: 'T8', techniques: ['T8'], action: 'report', element: script });
      continue;
    }
    const code = script.textContent ?? '';
    const readable = scan.readableScript(script);
    if (!readable) continue;
    const found = analyzeScript(code, scan.host, readable);
    if (found) {
      const hit: SpamHit = { text: found.target || written(readable) || snippet(code), reason: `script ${found.does.join('; ')}`, technique: 'T8', techniques: ['T8'], action: 'report', element: script };
      hits.push(found.strong ? hit : weak(hit));
    }
    for (const el of writtenHiddenBlocks(scan, script, readable)) {
      const text = textOf(el);
      const verdict = judgeHidden(scan, el, text);
      if (verdict.spam) hits.push({ text, reason: `hidden by a document.write wrapper; ${verdict.evidence.join('; ')}`, technique: 'T8', techniques: ['T8', 'T1', ...verdict.extra], action: 'hidden', element: el });
    }
  }
  // Navigation in event handlers: <body onload="window.location='http://…'">.
  for (const el of scan.handlers) {
    for (const name of ['onload', 'onunload', 'onmouseover']) {
      const code = el.getAttribute(name);
      if (!code) continue;
      const m = /location(?:\.href)?\s*=\s*['"]?(https?:\/\/[^'"\s]+)/i.exec(code) ?? /window\.open\s*\(\s*['"](https?:\/\/[^'"\s]+)/i.exec(code);
      if (!m) continue;
      const k = classifyHref(m[1]!, scan.host).kind;
      if (k === 'untrusted' || k === 'ip') hits.push({ text: m[1]!, reason: `${name} handler sends every visitor to ${m[1]}`, technique: 'T8', techniques: ['T8'], action: 'report', element: el });
    }
  }
  return hits;
}

/** The markup a script writes with `document.write`, when it is a plain string. */
function written(code: string): string {
  const m = /write(?:ln)?['"]?\]?\s*\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*\)/.exec(code);
  return m ? m[2]!.replace(/\\(.)/g, '$1') : '';
}

function snippet(code: string): string {
  const s = code.replace(/\s+/g, ' ').trim();
  return s.length > 100 ? `${s.slice(0, 100)}…` : s;
}
