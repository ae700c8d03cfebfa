import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { traceClone } from '../../../lib/dom/clone';
import { runReadability } from '../../../lib/extract/readability';
import { restoreHeadings } from '../../../lib/extract/headings';
import { appendAttachments, withCopies } from '../../../lib/extract/attachments';
import { scanPage } from '../../../lib/extract/scan';
import { blockText } from '../../../lib/dom/text';

const P = '两江新区把推动产业创新、协同创新作为主攻方向，做精产业创新、做强创新平台、做优创新生态，努力让科技创新关键变量成为高质量发展的最大增量。';
const para = (n: number) => Array.from({ length: n }, () => `<p>${P}</p>`).join('');

describe('restoreHeadings', () => {
  const page = parseHtml(`<html><head><title>政府工作报告_某某市</title></head><body><div class="content">
    <h1>政府工作报告</h1>${para(3)}<h1>一、2023年工作回顾</h1>${para(3)}<h2>（一）聚力稳增长</h2>${para(3)}
    <h3 class="share">（二）聚力强创新</h3>${para(3)}<h2><strong>二、2024年工作安排</strong></h2>${para(3)}</div></body></html>`);
  const { clone, originalOf } = traceClone(page.document);
  const parsed = runReadability(clone, '政府工作报告')!;
  const mapped = restoreHeadings(parsed.root, originalOf, '政府工作报告');
  const headings = Array.from(parsed.root.querySelectorAll('h1, h2, h3, h4, h5, h6'));

  it('puts back the levels Readability flattened and the heading it dropped, in order', () => {
    expect(headings.map((h) => `${h.tagName}:${h.textContent}`)).toEqual(['H1:一、2023年工作回顾', 'H2:（一）聚力稳增长', 'H3:（二）聚力强创新', 'H2:二、2024年工作安排']);
  });

  it('maps every heading, re-inserted ones included, back to the live page', () => {
    const originals = Array.from(page.document.querySelectorAll('.content h1, .content h2, .content h3')).slice(1);
    expect(headings.map((h) => mapped(h))).toEqual(originals);
  });
});

describe('appendAttachments', () => {
  it('appends the attachment list the page prints after the article container, traced', () => {
    const page = parseHtml(`<html><body><div class="article"><div id="zoom">${para(3)}</div>
      <div class="fujian"><p>附件：<a href="/att/1.docx">重点任务分工表.docx</a></p></div></div>
      <div class="side"><a href="/guide.pdf">政府信息公开指南.pdf</a></div></body></html>`);
    const { clone, originalOf } = traceClone(page.document);
    const parsed = runReadability(clone, '')!;
    expect(blockText(parsed.root)).not.toContain('附件');
    const copies = appendAttachments(parsed.root, originalOf, scanPage(page.document.body, new Set()), new Set());
    expect(blockText(parsed.root).split('\n').at(-1)).toBe('附件：重点任务分工表.docx');
    expect(blockText(parsed.root)).not.toContain('政府信息公开指南');
    const link = parsed.root.querySelector('a[href$=".docx"]')!;
    expect(withCopies(originalOf, copies)(link)).toBe(page.document.querySelector('.fujian a'));
  });
});
