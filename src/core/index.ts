// The core's public API: check a post against the guidance, with no DOM, no network and no throw.

import { runRulesDetailed, type CheckResult } from './engine.ts';
import { RULES, RULE_IDS } from './rules/index.ts';
import { validateSettings, type Settings } from './settings.ts';
import type { Finding, Post } from './types.ts';

export type { Finding, Fix, Post, Category, Severity, Platform, Account } from './types.ts';
export { CATEGORIES, SEVERITIES, PLATFORMS, ACCOUNTS } from './types.ts';
export type { Settings } from './settings.ts';
export { SETTINGS_FIELDS, defaultSettings, managedSchema } from './settings.ts';
export { GUIDANCE } from './guidance.ts';
export { RULES, RULE_IDS } from './rules/index.ts';
export { onRuleError, MAX_CHECKED_LENGTH } from './engine.ts';
export type { CheckResult, RuleFailure } from './engine.ts';

/** Validates settings against the schema and the rule registry; bad values fall back and are reported. */
export function resolveSettings(raw: unknown): { settings: Settings; problems: string[] } {
  return validateSettings(raw, RULE_IDS);
}

/**
 * Checks one post. `post.settings` may hold any subset of the settings; invalid values fall back to
 * defaults. Never throws: anything that is not a post yields no findings.
 */
export function check(post: Post): Finding[] {
  return checkPost(post).findings;
}

/** Checks one post with settings that are already validated (the content script's hot path). */
export function checkWithSettings(post: Post, settings: Settings): Finding[] {
  return checkPostWithSettings(post, settings).findings;
}

/** Like `check`, and also says which rules failed, so a host can show that a rule did not run. */
export function checkPost(post: Post): CheckResult {
  try {
    if (typeof post !== 'object' || post === null) return { findings: [], failures: [] };
    return checkPostWithSettings(post, resolveSettings(post.settings).settings);
  } catch (error) {
    return { findings: [], failures: [{ rule: '*', error: error instanceof Error ? error.message : String(error) }] };
  }
}

export function checkPostWithSettings(post: Post, settings: Settings): CheckResult {
  try {
    return runRulesDetailed(RULES, post, settings);
  } catch (error) {
    return { findings: [], failures: [{ rule: '*', error: error instanceof Error ? error.message : String(error) }] };
  }
}
