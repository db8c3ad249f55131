import { error, type Issue, type TownshipRule } from './rule.ts';

/** Body ids and names are unique within a plan; a duplicate is a copy-paste slip. */
export const uniqueBody: TownshipRule = {
  id: 'unique-body',
  title: '机构标识和名称不重复',
  check(t) {
    const issues: Issue[] = [];
    const ids = new Map<string, number>();
    const names = new Map<string, number>();
    t.bodies.forEach((b, i) => {
      const firstId = ids.get(b.id);
      if (firstId !== undefined) issues.push(error(['bodies', i, 'id'], `机构标识“${b.id}”重复（与第 ${firstId + 1} 个机构相同）`));
      else ids.set(b.id, i);
      const firstName = names.get(b.name);
      if (firstName !== undefined) issues.push(error(['bodies', i, 'name'], `机构名称“${b.name}”重复（与第 ${firstName + 1} 个机构相同）`));
      else names.set(b.name, i);
    });
    return issues;
  },
};
