import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { fixturePath, readExpected } from '../helpers/fixtures';
import type { Report } from '../../lib/report';

const REPORT_FIELDS = ['title', 'byline', 'source', 'publishedTime', 'siteName', 'url', 'script', 'text', 'html', 'headings', 'figures', 'spam', 'timings'];

describe('qingyue clean', () => {
  it('prints one JSON report per file, in input order, decoding GBK and Big5 from <meta>', () => {
    const names = ['news-big5-taiwan', 'gov-liangjiang-seed', 'gov-gbk-notice'];
    const r = runCli(['clean', '--json', ...names.map(fixturePath)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const reports = lines.map((l) => JSON.parse(l) as Report);
    for (const report of reports) for (const field of REPORT_FIELDS) expect(report).toHaveProperty(field);
    reports.forEach((report, i) => expect(report.title).toBe(readExpected(names[i]!).metadata!.title));
    expect(reports[0]!.text).toContain('主計總處表示，第四季經濟成長率達百分之五點一二');
    expect(reports[2]!.text).toContain('全县共设置烟花爆竹临时零售点46个');
    expect(reports.map((x) => x.text).join('')).not.toContain('\ufffd');
  });

  it('uses --url for the report and for dates written in the URL', () => {
    const r = runCli(['clean', '--json', '--url', 'http://www.example.gov.cn/art/2021/3/5/t20210305_99.html', fixturePath('gov-gbk-notice')]);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.url).toBe('http://www.example.gov.cn/art/2021/3/5/t20210305_99.html');
  });

  it('prints a readable summary without --json: title, outline, figures, removed spam', () => {
    const r = runCli(['clean', fixturePath('gov-liangjiang-seed')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# 兩江新區:努力在全面建設/);
    expect(r.stdout).toContain('## Outline');
    expect(r.stdout).toMatch(/369\.7億元\t= 36970000000 元/);
    expect(r.stdout).toContain('## Removed spam (1)');
    expect(r.stdout).toContain('[T9] 性AV无码VR专区');
  });

  it('rejects a missing file, a non-HTML file and an unknown option with one line and a non-zero exit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingyue-cli-'));
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'just some words, no markup at all\n');
    const binary = path.join(dir, 'image.png');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const cases: [string[], RegExp, number][] = [
      [['clean', path.join(dir, 'nope.html')], /nope\.html: no such file/, 1],
      [['clean', text], /notes\.txt: not an HTML file/, 1],
      [['clean', binary], /image\.png: not an HTML file \(binary data\)/, 1],
      [['clean', '--colour', fixturePath('gov-gbk-notice')], /unknown option '--colour'/, 2],
      [['clean'], /needs at least one FILE/, 2],
      [['frobnicate'], /unknown command 'frobnicate'/, 2],
      [['convert', '--to', 'jp'], /unknown target 'jp'/, 2],
      [['clean', dir], /is a directory/, 1],
    ];
    for (const [args, message, status] of cases) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(status);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints nothing on stdout when any input is bad, so output lines always match input files', () => {
    const r = runCli(['clean', '--json', fixturePath('gov-gbk-notice'), '/nonexistent/page.html']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });
});

describe('qingyue convert and figures', () => {
  it('converts standard input between scripts', () => {
    expect(runCli(['convert', '--to', 't'], '头发和发展').stdout).toBe('頭髮和發展');
    expect(runCli(['convert', '--to', 'cn'], '頭髮和發展').stdout).toBe('头发和发展');
    expect(runCli(['convert', '--to=twp'], '软件和信息').stdout).toBe('軟體和資訊');
  });

  it('prints the figures of standard input as one JSON array', () => {
    const r = runCli(['figures', '--json'], '2022年，新能源汽车整车产值增长502%，总投资达369.7亿元。');
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { raw: string; value: number; unit: string; role: string }[];
    expect(list.map((f) => [f.raw, f.value, f.unit, f.role])).toEqual([
      ['502%', 502, '%', 'change'],
      ['369.7亿元', 36970000000, '元', 'level'],
    ]);
  });

  it('prints help with --help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('qingyue clean [--url URL] [--json] FILE...');
  });
});
