import { describe, expect, it } from 'vitest';
import { postsPerBody } from '../../src/rules/posts-per-body.ts';
import { bodyIndex, rules, township } from './helpers.ts';

// Profile: 1–3 posts per body. 综合行政执法队 has 队长 1 + 副队长 2 = 3; 综合治理办公室 and 财政所 have 1.
describe('posts-per-body', () => {
  it('accepts the valid plan', () => {
    expect(postsPerBody.check(township(), rules())).toEqual([]);
  });

  it('reports a body with more posts than allowed, summing every title', () => {
    const t = township();
    const i = bodyIndex(t, 'zonghe-zhifa');
    t.bodies[i].posts[1].count = 3;
    expect(postsPerBody.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies', i, 'posts'], message: '机构“综合行政执法队”领导职数 4 名，超过规定的 3 名' },
    ]);
  });

  it('兴隆县 2–3: reports bodies with one post, but not the 派驻机构', () => {
    const t = township();
    const xinglong = { ...rules(), posts_per_body: { min: 2, max: 3 } };
    expect(postsPerBody.check(t, xinglong)).toEqual([
      { severity: 'error', path: ['bodies', bodyIndex(t, 'zonghe-zhili'), 'posts'], message: '机构“综合治理办公室”领导职数 1 名，少于规定的 2 名' },
      { severity: 'error', path: ['bodies', bodyIndex(t, 'caizheng-suo'), 'posts'], message: '机构“财政所”领导职数 1 名，少于规定的 2 名' },
    ]);
  });

  it('does not judge bodies whose posts are unpublished or given only as a range', () => {
    const t = township();
    t.bodies[bodyIndex(t, 'zonghe-zhili')].posts = [];
    t.bodies[bodyIndex(t, 'caizheng-suo')].posts = [{ title: '所长', count: null, min: 1, max: 2 }];
    expect(postsPerBody.check(t, { ...rules(), posts_per_body: { min: 2, max: 3 } })).toEqual([]);
  });

  it('finds nothing without a range', () => {
    const t = township();
    t.bodies[0].posts = [{ title: '主任', count: 9 }];
    expect(postsPerBody.check(t, { ...rules(), posts_per_body: undefined })).toEqual([]);
    expect(postsPerBody.check(t, undefined)).toEqual([]);
  });
});
