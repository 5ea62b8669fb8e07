// The registry: every rule, grouped by category (each folder's index lists its own rules).

import type { Rule } from '../rule.ts';
import confidentiality from './confidentiality/index.ts';
import engagement from './engagement/index.ts';
import identity from './identity/index.ts';
import impartiality from './impartiality/index.ts';
import legal from './legal/index.ts';
import style from './style/index.ts';
import tone from './tone/index.ts';

export const RULES: readonly Rule[] = [
  ...tone,
  ...identity,
  ...confidentiality,
  ...impartiality,
  ...legal,
  ...engagement,
  ...style,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
