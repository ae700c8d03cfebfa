import { describe, expect, it } from 'vitest';
import {
  endsClause,
  endsQuestion,
  isAttachment,
  isByline,
  isCaption,
  isFurniture,
  isMetadata,
  isPlaceholder,
  lookalikeReason,
} from '../../../lib/outline/lookalikes';

describe('heading look-alikes', () => {
  it.each(['▲藍天 攝', '▲陈文森  摄', '新华社记者 伍志尊 摄', '图为市民服务中心“一窗综办”区。', '图片来源：视觉中国', '（资料图）', '受访者供图'])('caption: %s', (t) => {
    expect(isCaption(t)).toBe(true);
  });

  it.each(['图片', '圖片', '[图片]', '【图片】', 'image', '点击播放'])('placeholder: %s', (t) => expect(isPlaceholder(t)).toBe(true));

  it.each(['来源：市发展改革委', '發布時間：2023-01-17', '2023-01-17 15:06', '2023年5月8日', '2003-7-24 钱江晚报', '字号：大 中 小', '索引号：000014349/2023-00021', '国办发〔2023〕12号', '网址：www.gov.cn', '2023-01-17 15:06 来源：公民报'])(
    'metadata: %s',
    (t) => expect(isMetadata(t)).toBe(true),
  );

  it.each(['本报记者 李晓红', '记者：王五', '通讯员 赵六 孙七', '本报实习生 刘国栋 周炜', '文/图 本报记者 陈晨', '新华社北京1月17日电', '——记全国劳动模范张三', '（完）', '（责任编辑：王萌）', '出品︱网易科学人栏目组 胖胖'])('byline: %s', (t) => {
    expect(isByline(t)).toBe(true);
  });

  it('does not take a heading about reporters for a byline', () => {
    expect(isByline('记者走访发现')).toBe(false);
    expect(isByline('记者节特别报道：在一线')).toBe(false);
  });

  it.each(['附件：', '附件1', '==附件下載==', '附件：2023年重点交通项目清单', '某某市营商环境创新提升行动方案.docx', '相关附件'])('attachment: %s', (t) => expect(isAttachment(t)).toBe(true));

  it.each(['编者按：', '编者按', '【导读】', '注：', '【纠错】', '返回顶部', '相关阅读', '长按二维码关注我们', '扫码关注', '发表评论', '“不要作糊涂人，要______主的旨意”'])('furniture: %s', (t) => expect(isFurniture(t)).toBe(true));

  it.each(['科技創新賦能 提升主導產業能級', '一、总体要求', '（一）指导思想', '年轻人回来了', '推荐线路一', '第一章 总则', '发展蓝图'])('%s is not a look-alike', (t) => {
    expect(lookalikeReason(t)).toBeNull();
  });

  it('rejects lines without words', () => {
    expect(lookalikeReason('……')).toBe('no words');
    expect(lookalikeReason('2023')).toBe('no words');
  });
});

describe('line endings', () => {
  it.each(['新年新氣象。', '歲末年初,', '重點做好“八聚焦、八加快”:', '一派繁忙景象。', '“这就是我们的底气。”', '努力奋斗！', '等等…', '如下：', '一是、'])('ends a clause: %s', (t) => {
    expect(endsClause(t)).toBe(true);
  });

  it.each(['科技創新賦能 提升主導產業能級', '擦亮“明月湖”科創品牌', '管理办法（试行）', '哪些人可以参加？'])('does not end a clause: %s', (t) => {
    expect(endsClause(t)).toBe(false);
  });

  it('knows question headings', () => {
    expect(endsQuestion('1.哪些人可以参加个人养老金？')).toBe(true);
    expect(endsQuestion('为什么?')).toBe(true);
    expect(endsQuestion('出台背景')).toBe(false);
  });
});
