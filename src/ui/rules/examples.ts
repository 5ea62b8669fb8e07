// Each rule's examples for its page: its own test table, loaded at build time (see collect.ts).

import { COLLECTED, type RuleExamples } from './collect.ts';

// Eager, so the tables are in the page's bundle; the tests' testRule is swapped for collect.ts by the build.
import.meta.glob('../../core/rules/*/*.test.ts', { eager: true });

export function examplesFor(ruleId: string): RuleExamples {
  return COLLECTED.get(ruleId) ?? { flagged: [], fine: [] };
}
