import { error, type ContentSetRule } from './rule.ts';

/** 统计用区划代码 identify a township nationally: two files with one code are one township twice, or a typo. */
export const uniqueCode: ContentSetRule = {
  id: 'unique-code',
  title: '统计用区划代码全局唯一',
  check(townships) {
    const first = new Map<string, string>();
    return townships.flatMap(({ slug, data }) => {
      if (!data.code) return [];
      const other = first.get(data.code);
      if (other === undefined) {
        first.set(data.code, slug);
        return [];
      }
      return [{ slug, ...error(['code'], `统计用区划代码 ${data.code} 与 ${other} 重复`) }];
    });
  },
};
