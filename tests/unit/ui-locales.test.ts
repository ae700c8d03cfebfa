import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { ROOT } from '../helpers/fixtures';

const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;

async function messages(locale: string): Promise<Map<string, string>> {
  const parsed = await parseMessagesFile(path.join(ROOT, 'locales', `${locale}.yml`));
  // Without the browser's predefined @@ messages.
  return new Map(parsed.filter((m) => !m.key[0]!.startsWith('@@')).map((m) => [m.key.join('.'), m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message]));
}

describe('interface strings', () => {
  it('has the same keys and the same $n substitutions in every language', async () => {
    const all = await Promise.all(LOCALES.map(messages));
    const [en, ...others] = all;
    for (const other of others) {
      expect([...other.keys()].sort()).toEqual([...en!.keys()].sort());
      for (const [key, text] of en!) {
        const subs = (s: string) => (s.match(/\$[1-9]/g) ?? []).sort().join();
        expect(subs(other.get(key)!), key).toBe(subs(text));
      }
    }
  });

  it('names each locale file after itself, and uses Traditional characters in zh_TW', async () => {
    for (const locale of LOCALES) expect((await messages(locale)).get('meta.locale')).toBe(locale);
    const tw = [...(await messages('zh_TW')).values()].join('');
    for (const simplified of ['设置', '数据', '阅读', '网站', '转换', '复制']) expect(tw).not.toContain(simplified);
  });

  it('is used: every key in locales/en.yml appears in the code', async () => {
    const code = ['entrypoints', 'utils', 'lib/ui']
      .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(ts|html)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name)))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const manifest = fs.readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8') + fs.readFileSync(path.join(ROOT, 'entrypoints/popup/index.html'), 'utf8');
    const unused = [...(await messages('en')).keys()].filter((key) => {
      const [group, name] = key.split('.');
      if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || manifest.includes(`__MSG_${key.replace(/\./g, '_')}__`)) return false;
      // Keys built from a template: `target.${x}`, `format.${f}`, `reader.${w}`, `technique.${t}`.
      return !(name && code.includes(`\`${group}.\${`));
    });
    expect(unused).toEqual([]);
  });
});
