import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/node/html-file';
import { sanitizeHtml, setSanitizedHtml } from '../../lib/dom/sanitize';

const DIRTY =
  '<h2 id="qy-h-1" class="t" style="color:red">一、总体要求</h2><p onclick="x()">正文<img src=x onerror="window.hit=1"></p>' +
  '<script>window.hit=1</script><a href="javascript:alert(1)">坏链接</a><a href="https://www.gov.cn/">中国政府网</a><p data-qy-origin="3">末段</p>';

describe('sanitizeHtml and setSanitizedHtml', () => {
  // The config is set once per instance; every later call must still apply all of it.
  it('applies the article config on every call, not only the first', () => {
    const { window } = parseHtml('<body></body>');
    const win = window as unknown as Window & typeof globalThis;
    const outputs = [sanitizeHtml(DIRTY, win), sanitizeHtml(DIRTY, win), sanitizeHtml(DIRTY, win)];
    for (const html of outputs) {
      expect(html).toBe(outputs[0]);
      expect(html).toContain('<h2 id="qy-h-1">一、总体要求</h2>');
      expect(html).not.toMatch(/<script|onerror|onclick|style=|class=|javascript:|data-qy-origin/);
      expect(html).toContain('<a href="https://www.gov.cn/" rel="noopener noreferrer" target="_blank">中国政府网</a>');
      expect(html).toContain('<p>末段</p>');
    }
  });

  it('inserts the same sanitised markup as the string form, also after string calls', () => {
    const { window, document } = parseHtml('<body><main id="m"><p>旧内容</p></main></body>');
    const win = window as unknown as Window & typeof globalThis;
    const expected = sanitizeHtml(DIRTY, win);
    const target = document.getElementById('m')!;
    setSanitizedHtml(target, DIRTY, win);
    expect(target.innerHTML).toBe(expected);
    expect(sanitizeHtml(DIRTY, win)).toBe(expected);
  });
});
