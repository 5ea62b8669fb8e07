// What an administrator's policy means (pure): the values it sets win and are locked, `locked` locks more
// (at their defaults), and "*" locks every setting; invalid policy values are dropped one by one and reported.

import { RULE_IDS } from '../core/rules/index.ts';
import { SETTING_KEYS, validateSettings, type SettingKey, type SettingProblem, type Settings } from '../core/settings.ts';

export interface Policy {
  /** Valid values the policy sets. */
  values: Partial<Settings>;
  /** Settings the user may not change: those the policy sets, those it lists in `locked`, or all for "*". */
  locked: ReadonlySet<SettingKey>;
  issues: SettingProblem[];
}

export const NO_POLICY: Policy = { values: {}, locked: new Set(), issues: [] };

export function readPolicy(managed: Record<string, unknown>): Policy {
  const present = SETTING_KEYS.filter((key) => managed[key] !== undefined);
  if (present.length === 0 && managed.locked === undefined) return NO_POLICY;
  const { settings, issues } = validateSettings(Object.fromEntries(present.map((k) => [k, managed[k]])), RULE_IDS);
  // A value the policy got wrong falls back to the default and stays locked: the administrator meant to fix it.
  const values = Object.fromEntries(present.map((k) => [k, settings[k]])) as Partial<Settings>;
  const locked = new Set<SettingKey>(present);
  const listed = Array.isArray(managed.locked) ? managed.locked : [];
  if (managed.locked !== undefined && !Array.isArray(managed.locked)) issues.push({ field: null, reason: 'locked: expected a list of setting names, or ["*"].' });
  for (const name of listed) {
    if (name === '*') SETTING_KEYS.forEach((k) => locked.add(k));
    else if ((SETTING_KEYS as unknown[]).includes(name)) locked.add(name as SettingKey);
    else issues.push({ field: null, reason: `locked: there is no setting called ${JSON.stringify(name)}.` });
  }
  return { values, locked, issues };
}
