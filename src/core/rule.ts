// What a rule is: metadata declared beside a pure check over one post's context.

import type { GuidanceId } from './guidance.ts';
import type { Context } from './context.ts';
import type { Category, Fix, Severity } from './types.ts';

/** A rule's raw result; the engine adds the rule's id, category and guidance. */
export interface Hit {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this hit (context such as account type). */
  severity?: Severity;
  suggestion?: string;
  /** Only for an exact replacement (one right answer), never a guess among alternatives. */
  fix?: Fix;
}

export interface RuleMeta {
  /** Kebab-case, unique; the file is named after it. */
  id: string;
  category: Category;
  /** Severity when the check does not say otherwise. */
  severity: Severity;
  guidance: readonly GuidanceId[];
  /** One sentence for the options page. */
  description: string;
  /**
   * Whether hits inside quotation marks still count. Quoting someone is reporting, not saying,
   * so tone and opinion rules ignore quotes; leaks and personal data count wherever they are.
   */
  checksQuotes?: boolean;
}

export interface Rule extends RuleMeta {
  check(ctx: Context): Hit[];
}

/** Identity function that exists for type inference and one place to look. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
