/**
 * Script conversion, measured in real Chromium with the built extension (run `npm run build`
 * first), on a generated 3,000-node government page:
 *
 * - bytes of script injected on a page that is not converted (the dictionaries not among them);
 * - time until the converter is ready: first use in the browser session (offscreen document,
 *   worker, dictionaries built), then on a new tab (the target: ≤ 50 ms);
 * - time to convert the page once the converter is ready (target: ≤ 15 ms), with the parts spent on
 *   the page's own thread (walk and writes), in the converter, and on the rest of the round trip
 *   (packing and unpacking the text, the messages through the browser and the offscreen relay);
 * - in Node, beside opencc-js itself: building the converter, and converting the page's text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { browserUnavailable, EXTENSION, launchWithExtension } from '../../tests/helpers/browser';
import { startFixtureServer } from '../../tests/helpers/server';
import { quantile, table } from '../eval/score';
import type { ConvertTarget } from '../../lib/report';
import type { PageState } from '../../lib/messages';

const SENTENCES = [
  '全市深入贯彻落实党的二十大精神，坚持稳中求进工作总基调，经济运行总体平稳。',
  '一季度地区生产总值同比增长6.2%，规模以上工业增加值增长7.1%，固定资产投资增长9.5%。',
  '我们将继续加大对中小企业的支持力度，进一步优化营商环境，激发市场主体活力。',
  '重点项目建设加快推进，新开工项目42个，总投资达369.7亿元，带动就业超过两万人。',
  '各区县要严格落实安全生产责任制，开展隐患排查整治，坚决遏制重特大事故发生。',
  '着力推动乡村振兴，发展特色农业和乡村旅游，农村居民人均可支配收入增长7.8%。',
  '坚持以人民为中心的发展思想，办好十件民生实事，持续改善群众生产生活条件。',
  '加快建设现代化产业体系，支持新能源汽车、电子信息和生物医药等产业集群发展。',
  '深化“放管服”改革，政务服务事项网上可办率达到98%，群众办事更加方便快捷。',
  '加强生态环境保护，空气质量优良天数比例达到88.5%，主要河流水质持续改善。',
  '教育、医疗、养老等公共服务水平不断提升，新建改扩建中小学校12所。',
  '会议强调，要统筹发展和安全，守住不发生系统性风险的底线，确保社会大局稳定。',
];

/**
 * A gov news page of about `target` DOM nodes (elements and text nodes in the body). Pages with
 * another `seed` differ in every paragraph, so that no conversion is served from a cache.
 */
function generatePage(target: number, seed = 0): { html: string; text: string; nodes: number } {
  let nodes = 0;
  const out: string[] = [];
  out.push('<div class="top"><ul class="nav">');
  const navItems = ['首页', '政务公开', '政务服务', '互动交流', '走进本市', '新闻中心', '政策文件', '数据发布', '专题专栏', '办事指南'];
  for (let i = 0; i < 40; i++) {
    out.push(`<li><a href="/c${i}/">${navItems[i % navItems.length]}</a></li>`);
    nodes += 3;
  }
  out.push('</ul></div><div class="article"><h1>市政府召开常务会议 研究部署经济社会发展重点工作</h1>');
  out.push('<div class="info"><span>发布时间：2024-04-18 10:30</span><span>来源：市政府办公室</span></div><div class="content">');
  nodes += 2 + 2 + 5 + 4 + 2;
  let k = 0;
  while (nodes < target - 420) {
    const a = `${SENTENCES[k % SENTENCES.length]!.slice(0, -1)}（第${seed * 1000 + k}项）。`;
    const b = SENTENCES[(k + 5 + seed) % SENTENCES.length]!;
    const cut = 6 + (k % 9);
    out.push(`<p>${a.slice(0, cut)}<b>${a.slice(cut, cut + 4)}</b>${a.slice(cut + 4)}${b}</p>`);
    nodes += 5;
    k++;
  }
  out.push('</div><table class="data"><tbody>');
  nodes += 3;
  for (let r = 0; nodes < target - 30; r++) {
    out.push(`<tr><td>指标${seed}-${r + 1}</td><td>增长${(r * 1.7).toFixed(1)}%</td><td>完成年度目标的${40 + (r % 50)}%</td></tr>`);
    nodes += 7;
  }
  out.push('</tbody></table></div><div class="footer">');
  nodes += 1;
  for (let i = 0; nodes < target; i++) {
    out.push(`<p>主办单位：市人民政府办公室　网站标识码：50000000${i}</p>`);
    nodes += 2;
  }
  out.push('</div>');
  const page = (separator: string) =>
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>市政府召开常务会议 研究部署经济社会发展重点工作_市人民政府</title></head><body>${out.join(separator)}</body></html>`;
  return {
    // No whitespace between the tags: `nodes` counts every node, so the page has as many as asked
    // for (a newline between them added some 600 whitespace text nodes to a 3,000-node page).
    html: page(''),
    // The page's text, a line per paragraph or row (for the Node figures).
    text: page('\n').replace(/<[^>]+>/g, ''),
    nodes,
  };
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export default {
  name: 'convert',
  async run(): Promise<string> {
    const lines: string[] = ['## Script conversion (real Chromium, built extension)'];
    const PAGES = 21;
    const pages = Array.from({ length: PAGES }, (_, seed) => generatePage(3000, seed));
    const text = pages[0]!.text;

    // Node: our engine and opencc-js, same text, same run (dictionary modules already loaded).
    const { loadConverter } = await import('../../lib/convert/converter');
    const { Chain } = await import('../../lib/convert/engine');
    const { HANS_TO_HANT } = await import('../../lib/convert/dict/hans-to-hant');
    const { HANT_TO_HANS } = await import('../../lib/convert/dict/hant-to-hans');
    const nodeRows: (string | number)[][] = [['in Node, same run', 'opencc-js 1.4.2', 'Qingyue', 'opencc-js / Qingyue']];
    {
      const best = (f: () => void, n = 7) => {
        let min = Infinity;
        for (let i = 0; i < n; i++) {
          const s = performance.now();
          f();
          min = Math.min(min, performance.now() - s);
        }
        return min;
      };
      let theirs = OpenCC.Converter({ from: 'cn', to: 'tw' });
      let ours = new Chain(HANS_TO_HANT.tw, new Map());
      const theirBuild = best(() => (theirs = OpenCC.Converter({ from: 'cn', to: 'tw' })), 3);
      const ourBuild = best(() => (ours = new Chain(HANS_TO_HANT.tw, new Map())), 3);
      nodeRows.push(['build the Simplified→Taiwan converter (ms, best of 3)', theirBuild, ourBuild, theirBuild / ourBuild]);
      const a = best(() => theirs(text));
      const b = best(() => ours.convert(text));
      nodeRows.push([`convert the page's text to Taiwan forms, ${text.length} chars (ms, best of 7)`, a, b, a / b]);
      const trad = theirs(text);
      const theirsBack = OpenCC.Converter({ from: 'tw', to: 'cn' });
      const oursBack = new Chain(HANT_TO_HANS.tw, new Map());
      const c = best(() => theirsBack(trad));
      const d = best(() => oursBack.convert(trad));
      nodeRows.push(['convert it back to Simplified (ms, best of 7)', c, d, c / d]);
      // The whole block converter: detection per line, protection list, repair checks.
      const full = await loadConverter('tw');
      const e = best(() => full.convert(text));
      nodeRows.push(['  Qingyue block by block (detection, protection list), to Taiwan forms', '', e, '']);
    }

    const unavailable = browserUnavailable();
    if (unavailable) {
      lines.push(`(browser part skipped: ${unavailable})`, '', table(nodeRows), '');
      return lines.join('\n');
    }

    // Bytes injected on every matched page.
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8')) as { content_scripts?: { js: string[] }[] };
    const injected = (manifest.content_scripts ?? []).flatMap((c) => c.js);
    const injectedRaw = injected.reduce((n, f) => n + fs.statSync(path.join(EXTENSION, f)).size, 0);
    const injectedGz = injected.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(EXTENSION, f)), { level: 9 }).length, 0);
    const dictFiles = fs.readdirSync(path.join(EXTENSION, 'assets')).filter((f) => /^(hans-to-hant|hant-to-hans|variants)-/.test(f));
    const dictBytes = dictFiles.reduce((n, f) => n + fs.statSync(path.join(EXTENSION, 'assets', f)).size, 0);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingyue-bench-'));
    pages.forEach((p, seed) => {
      fs.mkdirSync(path.join(dir, `page3000-${seed}`));
      fs.writeFileSync(path.join(dir, `page3000-${seed}`, 'source.html'), p.html);
    });
    let nextPage = 0;
    const server = await startFixtureServer(dir);
    const browser = await launchWithExtension();
    const extensionRequests: string[] = [];
    browser.context.on('request', (r) => {
      if (r.url().startsWith('chrome-extension://') && r.frame().url().startsWith('http')) extensionRequests.push(r.url());
    });
    const rows: (string | number)[][] = [['in Chromium', 'ready (ms)', 'convert (ms)', 'of which on the page thread', 'in the converter', 'messages and packing', 'blocks', 'changed']];
    const ready: Record<string, number[]> = {};
    const convert: Record<string, number[]> = {};
    const pageThread: Record<string, number[]> = {};
    try {
      const open = async () => {
        const page = await browser.context.newPage();
        await page.goto(server.url('www.example.gov.cn', `page3000-${nextPage++ % PAGES}`));
        // The content script answers once it is installed.
        const id = await browser.tabId(page);
        await browser.worker.evaluate(async (tab) => {
          for (let i = 0; i < 100; i++) {
            try {
              await (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(tab, { type: 'qingyue:get-report' });
              return;
            } catch {
              await new Promise((r) => setTimeout(r, 50));
            }
          }
        }, id);
        return { page, id };
      };
      const send = (id: number, message: object) =>
        browser.worker.evaluate(
          async ([tab, m]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(tab as number, m as object),
          [id, message] as const,
        ) as Promise<PageState>;

      // A page that is not converted: what did it load from the extension?
      const first = await open();
      const domNodes = await first.page.evaluate(() => {
        let n = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) n++;
        return n;
      });
      const requestsBefore = extensionRequests.length;

      const record = (label: string, to: ConvertTarget, state: PageState) => {
        const t = state.conversionTimings;
        if (!t) throw new Error(`no timings: ${state.error ?? 'unknown error'}`);
        rows.push([label, t.readyMs, t.convertMs, t.pageMs, t.hostMs, t.messageMs ?? '', t.blocks, t.changed]);
        (ready[to] ??= []).push(t.readyMs);
        (convert[to] ??= []).push(t.convertMs);
        (pageThread[to] ??= []).push(t.pageMs);
      };
      record('first use in the session → tw (cold)', 'tw', await send(first.id, { type: 'qingyue:convert', to: 'tw' }));
      await first.page.close();
      const warm: Record<string, number[]> = {};
      for (let round = 0; round < 5; round++) {
        for (const to of ['tw', 'cn', 'twp', 'hk'] as ConvertTarget[]) {
          const { page, id } = await open();
          const state = await send(id, { type: 'qingyue:convert', to });
          const t = state.conversionTimings!;
          (warm[`ready ${to}`] ??= []).push(t.readyMs);
          (warm[`convert ${to}`] ??= []).push(t.convertMs);
          (warm[`page ${to}`] ??= []).push(t.pageMs);
          (warm[`host ${to}`] ??= []).push(t.hostMs);
          (warm[`messages ${to}`] ??= []).push(t.messageMs ?? NaN);
          if (round === 0) {
            const restored = await send(id, { type: 'qingyue:convert-restore' });
            if (restored.converted !== null) throw new Error('restore failed');
          }
          await page.close();
        }
      }
      for (const to of ['tw', 'cn', 'twp', 'hk']) {
        rows.push([`new tab → ${to} (median of 5)`, quantile(warm[`ready ${to}`]!, 0.5), quantile(warm[`convert ${to}`]!, 0.5), quantile(warm[`page ${to}`]!, 0.5), quantile(warm[`host ${to}`]!, 0.5), quantile(warm[`messages ${to}`]!, 0.5), '', '']);
      }
      const worstConvert = Math.max(...['tw', 'cn', 'twp', 'hk'].map((to) => quantile(warm[`convert ${to}`]!, 0.5)));
      const worstReady = Math.max(...['tw', 'cn', 'twp', 'hk'].map((to) => quantile(warm[`ready ${to}`]!, 0.5)));
      lines.push(
        `page: ${domNodes} DOM nodes in the body (elements and text), ${text.length} characters; machine load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`,
        '',
        table(rows),
        '',
        `converter ready on a new tab after the first use: ${worstReady.toFixed(1)} ms (median, worst target; target ≤ 50 ms)`,
        `3,000-node page converted once ready: ${worstConvert.toFixed(1)} ms (median, worst target; target ≤ 15 ms)`,
        `injected on a page that is not converted: ${injected.join(', ')} = ${kb(injectedRaw)} KB raw, ${kb(injectedGz)} KB gzipped; ` +
          `extension files the page itself loaded: ${requestsBefore}; the dictionaries (${dictFiles.length} chunks, ${kb(dictBytes)} KB) load only in the offscreen converter`,
        '',
        table(nodeRows),
        '',
      );
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return lines.join('\n');
  },
};
