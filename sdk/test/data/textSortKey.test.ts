// The key a collection query sorts text by (`textSortKey`): compared by code point, as SQLite and PostgreSQL
// (COLLATE "C") compare it, it must give the order a person reading a Chinese register expects, which is the zh-CN
// collation's (`Intl.Collator`, the order `DataTable` gives in the browser).
import { describe, expect, it } from 'vitest';
import { loadNameSortKey, loadTextSortKey, matchRecords } from '../../src/shared/data/index.ts';
import { nameSortKey, textSortKey } from '../../src/shared/data/textSortKey.ts';

const byKey = (a: string, b: string) => {
  const x = textSortKey(a);
  const y = textSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
const zh = new Intl.Collator('zh-CN', { numeric: true });

/**
 * What a committee's registers hold: names (surnames read alike), addresses with numbers, codes, Latin names. Two
 * kinds of text are left out because the collation is not what a person expects there: a first character read like
 * another's (处 and 褚 are both chǔ: the key orders them by code point, ICU by an order of its own), and a polyphone
 * that ICU reads one way everywhere (长宁路, Chángníng, which ICU files under zhǎng: see the next test).
 */
const REGISTER = [
  '王秀英', '汪建国', '王芳', '张伟', '章立新', '张三', '李明', '李', '吕红梅', '卢小军', '罗平', '陈静', '陈红', '褚卫东',
  '赵桂芳', '郑丽娟', '周国平', '钱德胜', '孙美华', '吴志强', '冯小明', '阿宝', '安家乐', '欧阳娜娜', '司马光',
  '华阳路 12号楼 302室', '华阳路 3号楼 101室', '华阳路 3号楼 1201室', '华阳路', '愚园路 8号', '愚园路 10号',
  '8号楼 1单元', '8号楼 2单元', '12号楼 车棚', '3号楼 201室', 'B座 地下室', 'Anna Lee', 'Li Ming', 'li ming',
  '低保家庭', '低收入家庭', '特困人员', '临时困难', '支出型贫困家庭', '独居老人', '高龄老人', '残疾人', '其他',
  '2026-03-01', '2026-11-28', '2025-12-31', '待处理', '办理中', '已回复', '已办结', '12345', '010-62000000',
];

describe('textSortKey', () => {
  it('orders a register as the zh-CN collation does', () => {
    expect([...REGISTER].sort(byKey)).toEqual([...REGISTER].sort(zh.compare));
  });

  it('reads Chinese by pinyin and tone, in context, with ü after u and characters read alike kept apart', () => {
    expect(['王', '万', '汪', '望'].sort(byKey)).toEqual(['万', '汪', '王', '望']); // wan4, wang1, wang2, wang4
    expect(['罗平', '吕红梅', '卢小军'].sort(byKey)).toEqual(['卢小军', '吕红梅', '罗平']); // lu, lü, luo
    // Every 张 before every 章, whatever the given names: a register keeps a surname together.
    expect(['章太炎', '张伟', '张三', '章立新'].sort(byKey)).toEqual(['张三', '张伟', '章立新', '章太炎']);
    // 重 is chong in 重庆 and zhong in 重要: pinyin-pro reads the whole text.
    expect(['重要', '陈', '重庆', '赵'].sort(byKey)).toEqual(['陈', '重庆', '赵', '重要']);
    expect(['长宁路', '残疾人', '陈静', '张三'].sort(byKey)).toEqual(['残疾人', '长宁路', '陈静', '张三']);
  });

  it('sorts numbers by value, Latin letters in any case or width, and a text before the longer ones it begins', () => {
    expect(['10号', '9号', '100号', '009号'].sort(byKey)).toEqual(['009号', '9号', '10号', '100号']);
    expect(['b', 'Ａ', 'a', 'B', 'é', 'Li Ming', 'li ming'].sort(byKey)).toEqual(['a', 'Ａ', 'b', 'B', 'é', 'li ming', 'Li Ming']);
    expect(['王芳', '王'].sort(byKey)).toEqual(['王', '王芳']);
  });

  it('is a total order: texts that read alike still get different keys, in a fixed order', () => {
    expect(textSortKey('a')).not.toBe(textSortKey('A'));
    expect(textSortKey('9号')).not.toBe(textSortKey('009号'));
    expect(textSortKey('王芳')).toBe(textSortKey('王芳'));
  });
});

describe('nameSortKey', () => {
  /** A name's key: its surname reading's when that differs, else the text's own. */
  const key = (name: string) => nameSortKey(name) ?? textSortKey(name);

  it('reads the first character as a surname: 曾 zeng, 单 shan, 仇 qiu, 解 xie, 查 zha, 区 ou, 朴 piao', () => {
    const names = ['曾志伟', '张伟', '单田芳', '沙宝亮', '仇晓明', '钱德胜', '解小东', '谢霆锋', '查良镛', '赵桂芳', '区志强', '欧阳娜娜', '朴树', '潘红', '陈静'];
    expect([...names].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual([
      '陈静', '区志强', '欧阳娜娜', '潘红', '朴树', '钱德胜', '仇晓明', '沙宝亮', '单田芳', '解小东', '谢霆锋', '曾志伟', '查良镛', '张伟', '赵桂芳',
    ]);
    // As everyday text (not a name), 曾 is ceng and 单 dan: the text's own key puts them elsewhere.
    expect(textSortKey('曾志伟') < textSortKey('陈静')).toBe(true);
    expect(textSortKey('单田芳') < textSortKey('钱德胜')).toBe(true);
  });

  it('is null when the surname reads as everyday text, or the text starts with no Chinese character', () => {
    for (const name of ['王秀英', '张三', '欧阳娜娜', 'Anna Lee', '3号楼', '', '（空）']) expect(nameSortKey(name)).toBeNull();
    expect(nameSortKey('曾志伟')).not.toBeNull();
  });

  it('is loaded as the text key is', async () => {
    expect((await loadNameSortKey())('单田芳')).toBe(nameSortKey('单田芳'));
  });
});

describe('matchRecords with the registry’s sort key', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const records = ['张三', 'Li Ming', '陈静', '王芳'].map((name, i) => ({ id: String(i), data: { name }, unitId: 'u', createdBy: 'p', createdAt: at, updatedAt: at }));

  it('sorts by pinyin given the key, by code point without', async () => {
    const names = (sortKey?: (text: string) => string) => matchRecords(records, { sort: { field: 'name', direction: 'asc' } }, sortKey).items.map((r) => r.data.name);
    expect(names(await loadTextSortKey())).toEqual(['陈静', '王芳', '张三', 'Li Ming']);
    expect(names()).toEqual(['Li Ming', '张三', '王芳', '陈静']);
  });
});
