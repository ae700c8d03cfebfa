import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { autoLanguage, htmlLang, languageForTag, resolveLanguage, scriptLang } from '../../lib/ui/lang';
import { formatDate } from '../../lib/ui/dates';
import { badgeText } from '../../lib/ui/badge';
import { lookup, substitute } from '../../lib/ui/messages';
import { copyAllText, copyOneText, listedFigures } from '../../lib/ui/copy-figures';
import { exportSettings, importSettings } from '../../lib/ui/settings-file';
import { absolutizeLinks, dropRepeatedHeader, ensureHeadingIds } from '../../lib/ui/reader';
import { veil, whenParsed } from '../../lib/page/veil';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../lib/settings';
import { formatFigures, LABELS } from '../../lib/figures/formats';
import type { Figure } from '../../lib/report';

const figure = (raw: string, key: boolean, start: number): Figure => ({
  raw,
  value: 1,
  value_high: null,
  unit: '元',
  qualifier: null,
  role: 'level',
  direction: null,
  subject: '总额',
  period: '',
  key,
  start,
  end: start + raw.length,
  sentence: `总额${raw}。`,
});

describe('interface language', () => {
  it('maps browser language tags to the three interface languages', () => {
    expect(languageForTag('zh-CN')).toBe('zh_CN');
    expect(languageForTag('zh')).toBe('zh_CN');
    expect(languageForTag('zh-SG')).toBe('zh_CN');
    expect(languageForTag('zh-TW')).toBe('zh_TW');
    expect(languageForTag('zh-HK')).toBe('zh_TW');
    expect(languageForTag('zh_MO')).toBe('zh_TW');
    expect(languageForTag('zh-Hant-CA')).toBe('zh_TW');
    expect(languageForTag('en-GB')).toBe('en');
    expect(languageForTag('fr')).toBe('en');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('auto', 'zh-TW')).toBe('zh_TW');
  });

  it('follows the locale the browser picked, except where it fell back to English for a Chinese variant', () => {
    expect(autoLanguage('zh_TW', 'en-US')).toBe('zh_TW');
    expect(autoLanguage('zh_CN', 'zh-CN')).toBe('zh_CN');
    expect(autoLanguage('en', 'zh-HK')).toBe('zh_TW');
    expect(autoLanguage('en', 'de-DE')).toBe('en');
    expect(htmlLang('zh_TW')).toBe('zh-TW');
    expect(scriptLang('hant')).toBe('zh-Hant');
    expect(scriptLang('other')).toBeNull();
  });

  it('reads messages.json tables like browser.i18n', () => {
    expect(substitute('已隐藏 $1 处，共 $2', [2, '3'])).toBe('已隐藏 2 处，共 3');
    expect(substitute('US$$$1', ['5'])).toBe('US$5');
    expect(lookup({ popup_copyAll: { message: 'Copy all as $1' } }, 'popup.copyAll', ['TSV'])).toBe('Copy all as TSV');
    expect(lookup({}, 'popup.copyAll')).toBe('');
  });
});

describe('dates and badge', () => {
  it('writes dates as the interface language does, in the page time', () => {
    expect(formatDate('2024-04-19T10:30:00+08:00', 'zh_CN')).toBe('2024年4月19日 10:30');
    expect(formatDate('2024-04-19', 'zh_TW')).toBe('2024年4月19日');
    expect(formatDate('2024-04-19T10:30:00+08:00', 'en')).toBe('19 Apr 2024, 10:30');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('shows the hidden count while cleaned', () => {
    expect(badgeText(2)).toBe('2');
    expect(badgeText(2, false)).toBe('');
    expect(badgeText(0)).toBe('');
    expect(badgeText(150)).toBe('99+');
  });
});

describe('figure copying', () => {
  const figures = [figure('10亿元', true, 0), figure('5%', false, 10), figure('3万人', true, 20)];

  it('lists the key figures, or all when none is key or all are asked for', () => {
    expect(listedFigures(figures).map((f) => f.raw)).toEqual(['10亿元', '3万人']);
    expect(listedFigures(figures, true)).toHaveLength(3);
    expect(listedFigures(figures.map((f) => ({ ...f, key: false })))).toHaveLength(3);
  });

  it('copies one figure as its text and all figures in the chosen format with localised headers', () => {
    expect(copyOneText(figures[0]!)).toBe('10亿元');
    expect(copyAllText(figures, 'tsv', 'https://x.gov.cn/a', 'zh_TW')).toBe(formatFigures('tsv', figures, 'https://x.gov.cn/a', LABELS.zh_TW));
    expect(copyAllText(figures, 'json', 'u', 'en')).toBe(formatFigures('json', figures, 'u'));
  });
});

describe('settings files', () => {
  it('round-trips the settings through export and import', () => {
    const s = normalizeSettings({ userSites: ['www.example.com'], copyFormat: 'json', reader: { fontSize: 22, width: 'wide', theme: 'sepia' } });
    const back = importSettings(exportSettings(s), DEFAULT_SETTINGS);
    expect(back).toEqual({ kind: 'settings', settings: s });
  });

  it('adds a plain list of sites, skipping comments, known sites and unblocking them', () => {
    const current = normalizeSettings({ userSites: ['a.example.org'], blockedSites: ['www.example.com'] });
    const r = importSettings('\uFEFF# mine\nhttps://www.example.com/x\nsub.a.example.org\n\nnews.example.net # note\n', current);
    expect(r.kind).toBe('sites');
    if (r.kind !== 'sites') return;
    expect(r.added).toEqual(['www.example.com', 'news.example.net']);
    expect(r.settings.userSites).toEqual(['a.example.org', 'www.example.com', 'news.example.net']);
    expect(r.settings.blockedSites).toEqual([]);
  });

  it('rejects files that are neither', () => {
    expect(importSettings('', DEFAULT_SETTINGS).kind).toBe('invalid');
    expect(importSettings('{ nope', DEFAULT_SETTINGS).kind).toBe('invalid');
    expect(importSettings('hello world\nnot a host', DEFAULT_SETTINGS).kind).toBe('invalid');
  });

  it('keeps reader preferences valid', () => {
    expect(normalizeSettings({ reader: { fontSize: 19, width: 'huge', theme: 'dark' } }).reader).toEqual({ fontSize: 18, width: 'medium', theme: 'dark' });
  });
});

describe('reader helpers', () => {
  const dom = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

  it('makes links and images absolute against the page, dropping other schemes', () => {
    const root = dom('<a href="/a/b.html">x</a><a href="#s">y</a><img src="../img/1.png"><a href="ftp://x/y">z</a>');
    absolutizeLinks(root, 'https://www.gov.cn/news/2024/page.html');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.gov.cn/a/b.html', '#s', null]);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://www.gov.cn/news/img/1.png');
  });

  it('gives outline headings their anchor ids when the HTML lacks them', () => {
    const root = dom('<h2 id="qy-h-1">一、总体</h2><p><strong>（一）工业</strong></p><p>正文（一）工业</p><h3>二、 消费</h3>');
    ensureHeadingIds(root, [
      { anchor: 'qy-h-1', text: '一、总体' },
      { anchor: 'qy-h-2', text: '（一）工业' },
      { anchor: 'qy-h-3', text: '二、消费' },
      { anchor: 'qy-h-4', text: '不存在' },
    ]);
    expect(root.querySelector('#qy-h-2')!.tagName).toBe('P');
    expect(root.querySelector('#qy-h-2')!.textContent).toBe('（一）工业');
    expect(root.querySelector('#qy-h-3')!.tagName).toBe('H3');
    expect(root.querySelector('#qy-h-4')).toBeNull();
  });

  it('drops a repeated title and metadata line at the top only', () => {
    const root = dom('<p>季度经济运行情况</p><p><span>来源：市统计局</span><span>发布时间：2024-04-19 10:30</span></p><p>一季度，经济运行情况良好。</p><p>季度经济运行情况</p>');
    dropRepeatedHeader(root, { title: '季度经济运行情况', source: '市统计局', publishedTime: '2024-04-19T10:30:00+08:00' });
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['一季度，经济运行情况良好。', '季度经济运行情况']);
  });
});

describe('veil', () => {
  it('veils a loading document until lifted (or until its time is up), and never a loaded one', async () => {
    const loaded = new JSDOM('<p>x</p>').window.document;
    veil(loaded)();
    expect(loaded.getElementById('qingyue-veil')).toBeNull();
    await expect(whenParsed(loaded)).resolves.toBeUndefined();

    const win = new JSDOM('<p>x</p>').window;
    Object.defineProperty(win.document, 'readyState', { value: 'loading', configurable: true });
    const lift = veil(win.document, 50);
    expect(win.document.getElementById('qingyue-veil')?.textContent).toBe('html{opacity:0!important}');
    lift();
    lift();
    expect(win.document.getElementById('qingyue-veil')).toBeNull();
    veil(win.document, 20);
    await new Promise((r) => setTimeout(r, 60));
    expect(win.document.getElementById('qingyue-veil')).toBeNull();
  });
});
