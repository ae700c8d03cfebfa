import { describe, expect, it } from 'vitest';
import { HrefClassifier, classifyHref, hostOf, siteOf } from '../../../lib/spam/links';

describe('where links point', () => {
  const page = 'www.yunxi.gov.cn';
  it('tells local, same-site, trusted, unknown and raw-IP links apart', () => {
    expect(classifyHref('/zwgk/index.html', page).kind).toBe('local');
    expect(classifyHref('javascript:void(0)', page).kind).toBe('local');
    expect(classifyHref('http://zwfw.yunxi.gov.cn/', page).kind).toBe('same-site');
    expect(classifyHref('http://www.gov.cn/', page).kind).toBe('trusted');
    expect(classifyHref('https://www.xinhuanet.com/politics/', page).kind).toBe('trusted');
    expect(classifyHref('http://www.bjl3388.cc/', page)).toMatchObject({ kind: 'untrusted', host: 'www.bjl3388.cc' });
    expect(classifyHref('http://103.214.8.57:8899/', page)).toMatchObject({ kind: 'ip', port: '8899' });
    expect(classifyHref('//cdn.example.net/a.js', page).kind).toBe('untrusted');
  });

  it('treats private addresses (intranet OA systems) as trusted', () => {
    expect(classifyHref('http://10.12.3.45:8080/oa/', page).kind).toBe('trusted');
    expect(classifyHref('http://192.168.20.5/mail/', page).kind).toBe('trusted');
    expect(classifyHref('http://172.20.1.1/', page).kind).toBe('trusted');
  });

  it('finds the registrable domain of a host', () => {
    expect(siteOf('www.yunxi.gov.cn')).toBe('yunxi.gov.cn');
    expect(siteOf('news.sina.com.cn')).toBe('sina.com.cn');
    expect(siteOf('a.b.example.com')).toBe('example.com');
    expect(hostOf('https://WWW.Example.gov.cn/x')).toBe('www.example.gov.cn');
    expect(hostOf('about:blank')).toBe('');
  });

  it('classifies a page\'s many links as one link at a time does, each host judged once', () => {
    const hrefs = [
      '/zwgk/index.html', 'http://zwfw.yunxi.gov.cn/a', 'http://zwfw.yunxi.gov.cn:8080/b', 'http://www.bjl3388.cc/', 'HTTP://WWW.BJL3388.CC./x',
      'http://103.214.8.57:8899/', 'http://103.214.8.57/', 'http://10.12.3.45:8080/oa/', '//cdn.example.net/a.js', 'https://www.gov.cn:443/', 'mailto:a@b.cn',
    ];
    for (const host of [page, '']) {
      const classifier = new HrefClassifier(host);
      for (const href of [...hrefs, ...hrefs]) expect(classifier.classify(href), `${href} on "${host}"`).toEqual(classifyHref(href, host));
    }
    const classifier = new HrefClassifier(page);
    expect(classifier.classify('http://www.bjl3388.cc:81/')).toEqual({ kind: 'untrusted', host: 'www.bjl3388.cc', port: '81' });
    expect(classifier.classify('http://www.bjl3388.cc/')).toEqual({ kind: 'untrusted', host: 'www.bjl3388.cc', port: '' });
  });
});
