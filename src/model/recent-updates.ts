/**
 * The most recently updated plans, for the home page's 最近更新: one pass keeping the top `limit`
 * (no sort of 40,000 entries). Plans without an `updated` date are not listed: the site never invents one.
 */
export function recentlyUpdated<T extends { updated?: string }>(items: Iterable<T>, limit = 10): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (!item.updated) continue;
    const at = top.findIndex((t) => item.updated! > t.updated!);
    if (at === -1) {
      if (top.length < limit) top.push(item);
    } else {
      top.splice(at, 0, item);
      if (top.length > limit) top.pop();
    }
  }
  return top;
}
