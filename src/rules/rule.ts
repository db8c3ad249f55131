import type { ProfileRules } from '../schema/profile.ts';
import type { Township } from '../schema/township.ts';

/** What a rule reports: where in the file (a YAML path) and what is wrong, in Chinese. */
export interface Issue {
  severity: 'error' | 'warning';
  path: (string | number)[];
  message: string;
}

/** A policy rule about one township: a pure function of the plan and the rules of its profile. */
export interface TownshipRule {
  id: string;
  /** One line, Chinese, shown on profile pages and in `validate --rules`. */
  title: string;
  check(township: Township, rules: ProfileRules | undefined): Issue[];
}

/** A rule about the whole content set (unique codes, links between plans). */
export interface ContentSetRule {
  id: string;
  title: string;
  check(townships: readonly { slug: string; data: Township }[]): (Issue & { slug: string })[];
}

export const error = (path: Issue['path'], message: string): Issue => ({ severity: 'error', path, message });
export const warning = (path: Issue['path'], message: string): Issue => ({ severity: 'warning', path, message });
