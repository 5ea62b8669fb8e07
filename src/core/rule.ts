// What a rule is: metadata declared beside a pure check over one post's context.

import type { GuidanceId } from './guidance.ts';
import type { Context } from './context.ts';
import type { Account, Category, Fix, Severity } from './types.ts';

/** A rule's raw result; the engine adds the rule's id, category and guidance. */
export interface Hit {
  start: number;
  end: number;
  /** The id of one of the rule's `messages`; `{name}` placeholders are filled from `data`. */
  messageId?: string;
  data?: Record<string, string>;
  /** A message written out in full (rules not yet moved to message ids). */
  message?: string;
  /** Overrides the rule's default severity for this hit (context such as account type). */
  severity?: Severity;
  suggestion?: string;
  /** Only for an exact replacement (one right answer), never a guess among alternatives. */
  fix?: Fix;
}

/** A severity, or one per account type (the same words are an error from a department's account and advice from one's own). */
export type SeverityByAccount = Severity | { official: Severity; personal: Severity };

export interface RuleMeta {
  /** Kebab-case, unique; the file is named after it. */
  id: string;
  category: Category;
  /** Severity when the check does not say otherwise. */
  severity: SeverityByAccount;
  /** Message templates by id, with `{name}` placeholders; every hit names one (ESLint's `meta.messages`). */
  messages?: Readonly<Record<string, string>>;
  guidance: readonly GuidanceId[];
  /** One sentence for the options page. */
  description: string;
  /**
   * Whether hits inside quotation marks still count. Quoting someone is reporting, not saying,
   * so tone and opinion rules ignore quotes; leaks and personal data count wherever they are.
   */
  checksQuotes?: boolean;
  /**
   * Rules that say the same thing more precisely. Where one of them reports overlapping words, this
   * rule's finding is dropped, so one word never gets two cards for one fault (hostility yields to insult).
   */
  yieldsTo?: readonly string[];
  /**
   * The rule detects a format or a registered term (a National Insurance number, a codeword), not a judgement of
   * meaning, so a learned rule's all-clear never drops its findings.
   */
  definite?: boolean;
  /** The rule speaks only when no other rule of its category has (the learned rules: a precise card says it better). */
  fallback?: boolean;
}

export interface Rule extends RuleMeta {
  check(ctx: Context): Hit[];
  /**
   * A learned rule's all-clear: true when it judges the post clean in its category, and then the findings of the
   * category's other rules that judge meaning (not `definite`) are dropped. Runs only while this rule is on.
   */
  clears?(ctx: Context): boolean;
}

/** Identity function that exists for type inference and one place to look. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The rule's default severity for an account type. */
export function severityFor(rule: Pick<RuleMeta, 'severity'>, account: Account): Severity {
  return typeof rule.severity === 'string' ? rule.severity : rule.severity[account];
}

/** Fills a message template's `{name}` placeholders; an unknown name is left as written so it shows in tests. */
export function formatMessage(template: string, data: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}

/** "warning", or "error on official accounts, warning on personal" written short: "error/warning". */
export function severityLabel(rule: Pick<RuleMeta, 'severity'>): string {
  return typeof rule.severity === 'string' ? rule.severity : `${rule.severity.official}/${rule.severity.personal}`;
}
