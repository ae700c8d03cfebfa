import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../../lib/node/html-file';
import { blockText } from '../../../lib/dom/text';
import { runReadability } from '../../../lib/extract/readability';

// A boxed block of short Chinese lines with one link: Readability's conditional cleaning counts
// ASCII commas only, sees a "little linky" div and drops it; Chinese clause marks count here.
const BOX = `<div style="border:1px solid #999"><p>学习目的：认识明白道理的重要性；了解基本条件；学会方法，做到知行合一；每天坚持，持之以恒；</p>
  <p>课后作业：预先查考资料，填好空栏；见<a href="/x">附录一：学习方法与步骤的详细说明</a>；背诵经文，见<a href="/y">附录二：每日研读计划表与复习提纲</a>。</p></div>`;
const P = '人生就如一个大迷宫，走一步就不知道下一步的方向，但只要我们坚持不懈、勇往直前，总能找到正确的道路，走向光明的未来。';
const html = `<html><head><title>新生活与明白道理_目录_某某网</title></head><body><div class="main"><h1>新生活与明白道理</h1>${BOX}${Array.from({ length: 6 }, () => `<p>${P}</p>`).join('')}</div></body></html>`;

describe('runReadability (Chinese-tuned)', () => {
  it('keeps a Chinese block that plain Readability drops for lack of ASCII commas', () => {
    const plain = new Readability<Element>(parseHtml(html).document, { charThreshold: 200, serializer: (n) => n as Element }).parse()!;
    expect(blockText(plain.content!)).not.toContain('学习目的');
    const ours = runReadability(parseHtml(html).document, '新生活与明白道理')!;
    expect(blockText(ours.root)).toContain('学习目的');
  });

  it('drops the heading that repeats the title, comparing Chinese by characters', () => {
    const plain = new Readability<Element>(parseHtml(html).document, { charThreshold: 200, serializer: (n) => n as Element }).parse()!;
    expect(blockText(plain.content!)).toContain('新生活与明白道理');
    const ours = runReadability(parseHtml(html).document, '新生活与明白道理')!;
    expect(blockText(ours.root).split('\n')[0]).not.toBe('新生活与明白道理');
    expect(ours.title).toBe('新生活与明白道理');
  });

  it('returns null when there is nothing to read', () => {
    expect(runReadability(parseHtml('<html><body></body></html>').document, '')).toBeNull();
  });
});
