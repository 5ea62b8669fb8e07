// Runs the enabled rules over one post and turns their hits into sorted, de-duplicated findings.

import { createContext, type Context } from './context.ts';
import { formatMessage, severityFor, type Rule } from './rule.ts';
import type { Settings } from './settings.ts';
import { ACCOUNTS, PLATFORMS, type Account, type Finding, type Platform, type Post } from './types.ts';
import { DisjointRanges, insideSorted } from './text/ranges.ts';
import { findUserTerms, userTermsRegExp } from './text/user-terms.ts';

/** Rules read at most this much text, so an enormous paste stays fast; the length rule still sees it all. */
export const MAX_CHECKED_LENGTH = 100_000;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** A rule that threw: the others still ran, and hosts show this so a silent rule is never mistaken for a clean post. */
export interface RuleFailure {
  rule: string;
  error: string;
}

export interface CheckResult {
  findings: Finding[];
  failures: RuleFailure[];
}

export function runRules(rules: readonly Rule[], post: Post, settings: Settings): Finding[] {
  return runRulesDetailed(rules, post, settings).findings;
}

export function runRulesDetailed(rules: readonly Rule[], post: Post, settings: Settings): CheckResult {
  const steps = runRulesInSteps(rules, post, settings);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same check, yielding each rule's id after it has run, so a host (the content script) can spread a
 * long post over several short tasks and drop a check whose text is already out of date.
 */
/** Above this many characters, a stepped check analyses the text in steps of its own before the rules. */
export const PREPARE_IN_STEPS_FROM = 2_000;
/** Tokens of cue matching per step: about 2 ms of a warm check on a slow machine (a 25,000-character post has ~5,500 tokens). */
const CUE_TOKENS_PER_STEP = 1_000;

export function* runRulesInSteps(rules: readonly Rule[], post: Post, settings: Settings): Generator<string, CheckResult, void> {
  const fullText = typeof post.text === 'string' ? post.text : '';
  const text = fullText.length > MAX_CHECKED_LENGTH ? fullText.slice(0, MAX_CHECKED_LENGTH) : fullText;
  const account: Account = (ACCOUNTS as readonly unknown[]).includes(post.account) ? (post.account as Account) : settings.account;
  const platform = (PLATFORMS as readonly unknown[]).includes(post.platform) ? (post.platform as Platform) : undefined;
  const replyTo = typeof post.replyTo === 'string' ? post.replyTo.slice(0, MAX_CHECKED_LENGTH) : '';
  const ctx = createContext(text, fullText.length, account, platform, replyTo, { ...settings, account });

  const disabled = new Set(settings.disabledRules);
  // On a long post the shared analysis (words, then every cue vocabulary) is the costliest single piece: it gets
  // steps of its own, so it is not one long task together with whichever rule asks for it first.
  if (text.length > PREPARE_IN_STEPS_FROM) yield* ctx.prepare(CUE_TOKENS_PER_STEP);
  const allowed = allowlistRanges(text, settings.allowlist);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    let hits;
    try {
      hits = rule.check(ctx);
    } catch (error) {
      // One broken rule must never take the others down or break the page; it just stays silent.
      reportRuleError(rule.id, error);
      failures.push({ rule: rule.id, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const kept = new DisjointRanges();
    for (const hit of hits) {
      if (!(hit.start >= 0 && hit.end > hit.start && hit.end <= fullText.length)) continue;
      // A rule reports each stretch of text once: rules find the same words by several routes, strongest first.
      if (kept.overlaps(hit.start, hit.end)) continue;
      // Reported words are not the poster's; a quotation the poster endorses, or scare quotes, still count.
      if (!rule.checksQuotes && ctx.isReported(hit.start, hit.end)) continue;
      if (insideSorted(allowed, hit.start, hit.end)) continue;
      const template = hit.messageId ? rule.messages?.[hit.messageId] : undefined;
      if (hit.messageId && template === undefined) throw new Error(`rule ${rule.id} has no message "${hit.messageId}"`);
      const finding: Finding = {
        rule: rule.id,
        category: rule.category,
        severity: settings.severity[rule.id] ?? hit.severity ?? severityFor(rule, account),
        message: template !== undefined ? formatMessage(template, hit.data) : (hit.message ?? ''),
        start: hit.start,
        end: hit.end,
        guidance: rule.guidance.join(', '),
      };
      if (hit.messageId) finding.messageId = hit.messageId;
      if (hit.suggestion) finding.suggestion = hit.suggestion;
      const fix = hit.fix;
      if (fix && fix.start >= 0 && fix.start <= fix.end && fix.end <= fullText.length && typeof fix.text === 'string') finding.fix = { ...fix };
      kept.add(hit.start, hit.end);
      findings.push(finding);
    }
    yield rule.id;
  }
  const sorted = dropFallbacks(dropCleared(dropYielded(dedupe(findings), rules), rules, disabled, ctx), rules).sort(
    (a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end,
  );
  return { findings: sorted, failures };
}

// The allow-list changes only when settings do, so its regex is compiled once, not on every keystroke. Terms are
// escaped literals (text/user-terms.ts): no entry, however odd, can stack quantifiers or switch the others off.
let allowlistKey = '';
let allowlistRe: RegExp | null = null;

function allowlistRanges(text: string, allowlist: readonly string[]): Array<[number, number]> {
  const key = allowlist.join('\u0000');
  if (key !== allowlistKey) {
    allowlistKey = key;
    allowlistRe = userTermsRegExp(allowlist);
  }
  return findUserTerms(allowlistRe, text).map((m) => [m.start, m.end]);
}

/** Drops a finding whose rule yields to another rule that reported overlapping words. */
function dropYielded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const yields = new Map(rules.filter((r) => r.yieldsTo?.length).map((r) => [r.id, r.yieldsTo!]));
  if (yields.size === 0) return findings;
  // Only the rules yielded to are indexed; each rule's own findings are disjoint (see above), so one range set
  // per rule answers "overlaps?" by binary search.
  const stronger = new Set([...yields.values()].flat());
  const byRule = new Map<string, DisjointRanges>();
  for (const f of findings) {
    if (!stronger.has(f.rule)) continue;
    let ranges = byRule.get(f.rule);
    if (!ranges) byRule.set(f.rule, (ranges = new DisjointRanges()));
    if (!ranges.overlaps(f.start, f.end)) ranges.add(f.start, f.end);
  }
  return findings.filter((f) => !yields.get(f.rule)?.some((id) => byRule.get(id)?.overlaps(f.start, f.end)));
}

// Which rules are definite or fallbacks depends only on the rule list, not the post: worked out once per list.
const roles = new WeakMap<readonly Rule[], { definite: ReadonlySet<string>; fallbacks: ReadonlySet<string> }>();
function rolesOf(rules: readonly Rule[]) {
  let r = roles.get(rules);
  if (!r) {
    r = { definite: new Set(rules.filter((x) => x.definite).map((x) => x.id)), fallbacks: new Set(rules.filter((x) => x.fallback).map((x) => x.id)) };
    roles.set(rules, r);
  }
  return r;
}

/** Drops the judgement findings of a category whose learned rule judges the post clean there (see `Rule.clears`), unless a definite rule found a problem in another category. */
function dropCleared(findings: Finding[], rules: readonly Rule[], disabled: ReadonlySet<string>, ctx: Context): Finding[] {
  const cleared = new Set<string>();
  for (const rule of rules) {
    if (!rule.clears || disabled.has(rule.id)) continue;
    try {
      if (rule.clears(ctx)) cleared.add(rule.category);
    } catch (error) {
      // A failing all-clear clears nothing: the findings stand.
      reportRuleError(rule.id, error);
    }
  }
  if (cleared.size === 0) return findings;
  // A post with a sure problem in another category is not the simple, clean post the model was sure of: models trained
  // one category at a time read a post full of other problems as clean in theirs ("Vote Labour!" beside an NI number).
  const { definite } = rolesOf(rules);
  const raised = new Set(findings.filter((f) => definite.has(f.rule) && f.severity !== 'info' && f.category !== 'style').map((f) => f.category));
  for (const category of cleared) if ([...raised].some((other) => other !== category)) cleared.delete(category);
  return findings.filter((f) => !cleared.has(f.category) || definite.has(f.rule));
}

/** Drops a fallback rule's findings where another rule of its category still has one. */
function dropFallbacks(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const { fallbacks } = rolesOf(rules);
  if (fallbacks.size === 0) return findings;
  const covered = new Set(findings.filter((f) => !fallbacks.has(f.rule) && f.severity !== 'info').map((f) => f.category));
  return findings.filter((f) => !fallbacks.has(f.rule) || !covered.has(f.category));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

let errorSink: (ruleId: string, error: unknown) => void = () => {};
/** Lets a host (the CLI, the content script) decide where rule errors are logged. */
export function onRuleError(sink: (ruleId: string, error: unknown) => void): void {
  errorSink = sink;
}
function reportRuleError(ruleId: string, error: unknown): void {
  try {
    errorSink(ruleId, error);
  } catch {
    // A failing logger must not break checking either.
  }
}
