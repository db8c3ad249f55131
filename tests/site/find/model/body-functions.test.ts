import { describe, expect, it } from 'vitest';
import { bodyFunction } from '../../../../src/model/body-functions.ts';

const fn = (name: string, plaques: string[] = []) => bodyFunction({ name, plaques });

describe('bodyFunction', () => {
  it('lines up differently named bodies that serve the same function', () => {
    expect(fn('为民服务中心')).toBe('便民服务');
    expect(fn('便民服务中心')).toBe('便民服务');
    expect(fn('行政综合服务中心')).toBe('便民服务');
    expect(fn('综合行政执法队')).toBe('综合执法');
    expect(fn('综合行政执法大队')).toBe('综合执法');
  });

  it('lets the more specific function win where names overlap', () => {
    expect(fn('退役军人服务站')).toBe('退役军人');
    expect(fn('党政综合办公室', ['党建工作办公室'])).toBe('党政综合');
    expect(fn('党建工作办公室')).toBe('党建');
    expect(fn('农业综合服务中心')).toBe('农业农村');
    expect(fn('自然资源和生态环境办公室')).toBe('自然资源');
    expect(fn('财政所')).toBe('财政');
  });

  it('falls back to the plaques, then to 其他', () => {
    expect(fn('第一办公室', ['应急管理办公室'])).toBe('应急');
    expect(fn('第二办公室')).toBe('其他');
  });
});
