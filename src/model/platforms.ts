import type { Body } from '../schema/body.ts';
import type { Platform } from '../schema/platform.ts';
import type { Township } from '../schema/township.ts';

export interface PlatformMembership {
  platform: Platform;
  /** The body that runs the platform day to day (validation guarantees it exists). */
  lead: Body | undefined;
  /** Member bodies, the lead first. */
  members: Body[];
}

/**
 * Which bodies work in which platform. A body joins through its `platform` field; the lead belongs to its
 * platform even when the file forgot to say so. Bodies of no platform are returned apart (派驻机构 excluded:
 * they are set apart everywhere).
 */
export function platformMembership(t: Pick<Township, 'bodies' | 'platforms'>): { platforms: PlatformMembership[]; unassigned: Body[] } {
  const byId = new Map(t.bodies.map((b) => [b.id, b]));
  const placed = new Set<string>();
  const platforms = t.platforms.map((platform) => {
    const lead = byId.get(platform.lead);
    const members = t.bodies.filter((b) => b.platform === platform.id && b !== lead);
    if (lead) members.unshift(lead);
    for (const m of members) placed.add(m.id);
    return { platform, lead, members };
  });
  const unassigned = t.bodies.filter((b) => !placed.has(b.id) && b.category !== '派驻机构');
  return { platforms, unassigned };
}
