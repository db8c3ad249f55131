import { describe, expect, it } from 'vitest';
import { codeShards, nameShard, nameShards, searchPartitions } from '../../../../src/search/lookup.ts';
import { facts } from './facts-fixtures.ts';

describe('lookup shards', () => {
  const all = [
    facts('anhui/langxi/biqiao', { name: '毕桥镇', province: '安徽省', county: '郎溪县', code: '341821100000' }),
    facts('anhui/langxi/bi2', { name: '毕家乡', province: '安徽省', county: '郎溪县' }),
    facts('hebei/xinglong/x', { name: '兴隆镇', province: '河北省', county: '兴隆县' }),
  ];

  it('puts names that share a first character in one ASCII-named shard', () => {
    expect(nameShard('毕桥镇')).toBe('6bd5');
    expect(nameShards(all).get('6bd5')!.map(([name]) => name)).toEqual(['毕桥镇', '毕家乡']);
  });

  it('shards codes by county prefix and skips townships without a code', () => {
    expect([...codeShards(all)]).toEqual([['341821', [['毕桥镇', '/townships/anhui/langxi/biqiao/', '安徽省 示例市 郎溪县', '341821100000']]]]);
  });

  it('has one search partition per province folder', () => {
    expect(searchPartitions(all)).toEqual([
      { id: 'anhui', province: '安徽省', townships: 2 },
      { id: 'hebei', province: '河北省', townships: 1 },
    ]);
  });
});
