// Stands in for the unit tests' testRule() when the rule tables are bundled into the rule pages (vite.config.ts
// aliases it): it keeps each rule's table, so a page's examples are exactly the cases its tests prove.

import type { Rule } from '../../core/rule.ts';
import type { Case, InvalidCase } from '../../core/testing/rule-tester.ts';

export interface RuleExamples {
  flagged: InvalidCase[];
  fine: Case[];
}

export const COLLECTED = new Map<string, RuleExamples>();

export function testRule(rule: Rule, table: { valid: Array<string | Case>; invalid: InvalidCase[] }): void {
  COLLECTED.set(rule.id, { flagged: table.invalid, fine: table.valid.map((c) => (typeof c === 'string' ? { text: c } : c)) });
}
