/** `qingyue convert` uses the extension's converter: blocks, repair, protection list. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

describe('qingyue convert', () => {
  it('repairs naively converted text and applies the protection list', () => {
    const naive = '近日,位于渝北區的翠云街道啟動城市更新示范片區建設,并在全區推廣。\n片區內出水經凈化后達到標準,并實現穩定運行。\n';
    const r = runCli(['convert', '--to', 'tw'], naive);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('近日,位於渝北區的翠雲街道啟動城市更新示範片區建設,並在全區推廣。\n片區內出水經淨化後達到標準,並實現穩定運行。\n');
    expect(runCli(['convert', '--to', 'tw'], '他带头发言，这本书展示了如何学习，企业参与制造').stdout).toBe('他帶頭發言，這本書展示了如何學習，企業參與製造');
    expect(runCli(['convert', '--to', 'twp'], '少数组织者').stdout).toBe('少數組織者');
  });

  it('leaves genuine Taiwan text and Japanese as they are', () => {
    const tw = '行政院今天公布新的計畫，將在台北市推動長照服務，並由各地里長協助通知民眾。';
    expect(runCli(['convert', '--to', 'tw'], tw).stdout).toBe(tw);
    const ja = '政府は新たな経済対策を発表した。';
    expect(runCli(['convert', '--to', 'cn'], ja).stdout).toBe(ja);
  });
});
