import { allowedRanks } from './allowed-ranks.ts';
import { bodyCap } from './body-cap.ts';
import { bodyMinStaffing } from './body-min-staffing.ts';
import { leadershipRange } from './leadership-range.ts';
import { platformRef } from './platform-ref.ts';
import { postsPerBody } from './posts-per-body.ts';
import { requiredBodies } from './required-bodies.ts';
import type { ContentSetRule, TownshipRule } from './rule.ts';
import { stageOrder } from './stage-order.ts';
import { staffingKind } from './staffing-kind.ts';
import { staffingNoIncrease } from './staffing-no-increase.ts';
import { staffingSum } from './staffing-sum.ts';
import { supersedesRef } from './supersedes-ref.ts';
import { uniqueBody } from './unique-body.ts';
import { uniqueCode } from './unique-code.ts';

/** Rules that hold for every plan, whatever its province. */
export const UNIVERSAL_RULES: TownshipRule[] = [staffingSum, uniqueBody, platformRef, staffingKind, stageOrder, leadershipRange];

/** Rules whose parameters come from a rule profile; without a profile they find nothing. */
export const PROFILE_RULES: TownshipRule[] = [bodyCap, requiredBodies, allowedRanks, bodyMinStaffing, postsPerBody, staffingNoIncrease];

export const TOWNSHIP_RULES: TownshipRule[] = [...UNIVERSAL_RULES, ...PROFILE_RULES];
export const CONTENT_SET_RULES: ContentSetRule[] = [uniqueCode, supersedesRef];
