// The core's public API: check a post against the guidance, with no DOM, no network and no throw.

import { createContext } from './context.ts';
import { runRulesDetailed, runRulesInSteps, type CheckResult } from './engine.ts';
import { RULES, RULE_IDS } from './rules/index.ts';
import { featuresOfPost } from './signals/learned.ts';
import { validateSettings, type Settings, type Validated } from './settings.ts';
import type { Finding, Post } from './types.ts';

export type { Finding, Fix, Post, Category, Severity, Platform, Account } from './types.ts';
export { CATEGORIES, SEVERITIES, PLATFORMS, ACCOUNTS } from './types.ts';
export type { Settings } from './settings.ts';
export type { SettingKey, SettingProblem, Field, DatePeriod, HashedList } from './settings.ts';
export { SETTINGS_FIELDS, SETTINGS_VERSION, SETTING_KEYS, defaultSettings, managedSchema, checkSettingValue, migrateSettings, inElectionPeriod } from './settings.ts';
export { hashCodeword, normaliseCodeword, MAX_HASHED_WORDS } from './text/hashed-codewords.ts';
export { GUIDANCE } from './guidance.ts';
export { RULES, RULE_IDS } from './rules/index.ts';
export { severityLabel, severityFor } from './rule.ts';
export { onRuleError, MAX_CHECKED_LENGTH } from './engine.ts';
export { userTermProblem } from './text/user-terms.ts';
export type { CheckResult, RuleFailure } from './engine.ts';
export { encodeWeights } from './model/classify.ts';

/** Validates settings against the schema and the rule registry; bad values fall back and are reported. */
export function resolveSettings(raw: unknown): Validated {
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

/** The learned check's feature names for a post (what `scripts/train-model.mjs` trains on). */
export function featuresOf(post: Post): string[] {
  const settings = resolveSettings(post.settings).settings;
  const account = post.account === 'official' || post.account === 'personal' ? post.account : settings.account;
  const text = typeof post.text === 'string' ? post.text : '';
  const replyTo = typeof post.replyTo === 'string' ? post.replyTo : '';
  const ctx = createContext(text, text.length, account, post.platform, replyTo, { ...settings, account });
  return [...new Set(featuresOfPost(ctx).map((h) => h.feature))];
}

/**
 * `checkPostWithSettings` one rule at a time: each `next()` runs one rule and yields its id; the return
 * value is the same result. Lets a host keep every task short on a long post. Never throws.
 */
export function* checkPostInSteps(post: Post, settings: Settings): Generator<string, CheckResult, void> {
  try {
    return yield* runRulesInSteps(RULES, post, settings);
  } catch (error) {
    return { findings: [], failures: [{ rule: '*', error: error instanceof Error ? error.message : String(error) }] };
  }
}
