/**
 * Generated hostile and degenerate pages for the robustness tests: deep nesting, huge tables,
 * giant text nodes, frames, shadow roots, SVG, empty documents, broken encodings.
 */
import { rng, pick } from '../../helpers/random';

const SENTENCES = [
  '2022年，全市地区生产总值增长5.2%，总投资达369.7亿元。',
  '兩江新區把建設現代化產業體系作為首要任務，著眼固根基、抓特色、揚優勢。',
  '为切实做好春节期间安全管理工作，现将有关事项通告如下：',
  '性AV无码VR专区,暴雨结婚前人妻侵犯在线,国产午夜福利在线永久视频不卡',
  '<script>alert(1)</script>',
  '近3000人、860余名干部对口服务1800余户企业',
];

export interface GeneratedPage {
  name: string;
  html: string;
}

export function generatedPages(): GeneratedPage[] {
  const r = rng(20261126);
  const para = () => `<p>${pick(r, SENTENCES).replace(/</g, '&lt;')}</p>`;
  const pages: GeneratedPage[] = [
    { name: 'empty string', html: '' },
    { name: 'only doctype', html: '<!DOCTYPE html>' },
    { name: 'empty body', html: '<html><head><title></title></head><body></body></html>' },
    { name: 'text without markup', html: '只有一行文字，没有任何标签。' },
    { name: 'deep nesting (20,000 divs)', html: `<body>${'<div>'.repeat(20_000)}${para()}${'</div>'.repeat(20_000)}</body>` },
    { name: 'deep inline nesting (20,000 spans)', html: `<body><p>${'<span>'.repeat(20_000)}深层嵌套${'</span>'.repeat(20_000)}</p></body>` },
    {
      name: 'huge table (3,000 × 8)',
      html: `<body><table>${Array.from({ length: 3000 }, (_, i) => `<tr>${Array.from({ length: 8 }, (_, j) => `<td>${i * 8 + j}万元</td>`).join('')}</tr>`).join('')}</table></body>`,
    },
    { name: '10 MB text node', html: `<body><p>${'全市地区生产总值增长5.2%，'.repeat(10_000_000 / 15)}</p></body>` },
    { name: '10 MB of digits and units', html: `<body><p>${'12万吨/年、3.5亿元、'.repeat(1_000_000)}</p></body>` },
    { name: 'frameset', html: '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>' },
    { name: 'iframes with srcdoc', html: `<body>${para()}<iframe srcdoc="<p>框架内容</p>"></iframe><iframe src="javascript:alert(1)"></iframe>${para()}</body>` },
    {
      name: 'declarative shadow root',
      html: `<body><div id="host"><template shadowrootmode="open"><p>影子内容${SENTENCES[0]}</p><slot></slot></template>${para()}</div></body>`,
    },
    { name: 'inline svg and math', html: `<body>${para()}<svg><foreignObject><p>${SENTENCES[1]}</p></foreignObject><script>alert(1)</script></svg><math><mi>x</mi></math>${para()}</body>` },
    { name: 'svg as the whole page', html: '<svg xmlns="http://www.w3.org/2000/svg"><text>增长5.2%</text></svg>' },
    { name: 'unclosed everything', html: `<html><body><div><p><b><i><table><tr><td>${SENTENCES[0]}<td><ul><li>${SENTENCES[2]}` },
    { name: 'thousands of links', html: `<body>${Array.from({ length: 5000 }, (_, i) => `<a href="/l/${i}">链接${i}</a>`).join(' ')}</body>` },
    { name: 'thousands of hidden blocks', html: `<body>${Array.from({ length: 3000 }, (_, i) => `<div style="display:none"><a href="http://1.2.3.${i % 255}:8080/">百家乐${i}</a></div>${i % 10 ? '' : para()}`).join('')}</body>` },
    { name: 'lone surrogates and control characters', html: `<body><p>\ud800\udfff\u0000\u0007\u202e\ufeff文字\u200b${'\ud83d'.repeat(100)}</p></body>` },
    { name: 'giant attribute', html: `<body><p title="${'x'.repeat(2_000_000)}" style="${'color:red;'.repeat(100_000)}">${SENTENCES[0]}</p></body>` },
    { name: 'giant title', html: `<html><head><title>${'标题'.repeat(500_000)}</title></head><body>${para()}</body></html>` },
  ];
  // Random soup of tags and text.
  const tags = ['div', 'p', 'span', 'b', 'table', 'tr', 'td', 'ul', 'li', 'a', 'h2', 'strong', 'font', 'center', 'br', 'img', 'script', 'style'];
  for (let n = 0; n < 5; n++) {
    let html = '<body>';
    for (let i = 0; i < 3000; i++) {
      const x = r();
      if (x < 0.35) html += `<${pick(r, tags)}${r() < 0.2 ? ' style="display:none"' : ''}>`;
      else if (x < 0.6) html += `</${pick(r, tags)}>`;
      else html += pick(r, SENTENCES);
    }
    pages.push({ name: `tag soup #${n + 1}`, html });
  }
  return pages;
}

/** Random mutations of a real page: cut, duplicate, truncate and shuffle slices of its HTML. */
export function mutate(html: string, seed: number): string {
  const r = rng(seed);
  let out = html;
  const ops = 1 + Math.floor(r() * 6);
  for (let i = 0; i < ops; i++) {
    const a = Math.floor(r() * out.length);
    const b = Math.min(out.length, a + Math.floor(r() * 2000));
    const op = r();
    if (op < 0.3) out = out.slice(0, a) + out.slice(b);
    else if (op < 0.6) out = out.slice(0, b) + out.slice(a, b) + out.slice(b);
    else if (op < 0.75) out = out.slice(0, Math.max(a, 1));
    else if (op < 0.9) out = out.slice(0, a) + '<'.repeat(1 + Math.floor(r() * 5)) + out.slice(a);
    else out = out.slice(0, a) + String.fromCharCode(...Array.from({ length: 64 }, () => Math.floor(r() * 0xffff))) + out.slice(a);
  }
  return out;
}
