import { isCountedBody } from '../model/bodies.ts';
import { error, type TownshipRule } from './rule.ts';

/** 内设机构和事业单位领导职数 within the profile's range (兴隆县: 2 至 3 名). Bodies without published posts are not judged. */
export const postsPerBody: TownshipRule = {
  id: 'posts-per-body',
  title: '机构领导职数在规定幅度内',
  check(t, rules) {
    const range = rules?.posts_per_body;
    if (!range) return [];
    return t.bodies.flatMap((b, i) => {
      if (!isCountedBody(b) || b.posts.length === 0 || b.posts.some((p) => p.count === null)) return [];
      const n = b.posts.reduce((s, p) => s + (p.count ?? 0), 0);
      if (range.min !== undefined && n < range.min) return [error(['bodies', i, 'posts'], `机构“${b.name}”领导职数 ${n} 名，少于规定的 ${range.min} 名`)];
      if (range.max !== undefined && n > range.max) return [error(['bodies', i, 'posts'], `机构“${b.name}”领导职数 ${n} 名，超过规定的 ${range.max} 名`)];
      return [];
    });
  },
};
