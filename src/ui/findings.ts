// How findings are presented: most severe first, grouped by severity, whole-post notes apart, stable keys that survive typing.

import type { Finding, Severity } from '../core/index.ts';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Text labels, so severity never rests on colour alone. */
export const SEVERITY_LABEL_KEYS: Record<Severity, string> = {
  error: 'sidebarSeverityError',
  warning: 'sidebarSeverityWarning',
  info: 'sidebarSeverityInfo',
};

export interface Item {
  /** Stable across edits elsewhere in the post: rule, words and which occurrence, not offsets. */
  key: string;
  finding: Finding;
  words: string;
  /** Covers (nearly) the whole post: shown as a note, never underlined word by word. */
  wholePost: boolean;
}

export interface Presented {
  notes: Item[];
  groups: { severity: Severity; items: Item[] }[];
  counts: Record<Severity, number>;
  total: number;
  worst: Severity | null;
}

/** A finding whose range spans at least this share of the post's visible text reads as a note about the post. */
const WHOLE_POST_SHARE = 0.8;
const WHOLE_POST_MIN_LENGTH = 20;

export function isWholePost(f: Finding, text: string): boolean {
  const first = text.search(/\S/);
  if (first < 0) return false;
  const last = text.trimEnd().length;
  const visible = last - first;
  if (visible < WHOLE_POST_MIN_LENGTH) return false;
  const covered = Math.min(f.end, last) - Math.max(f.start, first);
  return covered >= visible * WHOLE_POST_SHARE;
}

export function present(findings: readonly Finding[], text: string): Presented {
  const seen = new Map<string, number>();
  const items: Item[] = [...findings]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((finding) => {
      const words = text.slice(finding.start, finding.end);
      const base = `${finding.rule}|${words.toLowerCase()}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { key: `${base}|${n}`, finding, words, wholePost: isWholePost(finding, text) };
    });
  const bySeverity = (a: Item, b: Item) =>
    SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity) || a.finding.start - b.finding.start;
  const notes = items.filter((i) => i.wholePost).sort(bySeverity);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of items) counts[i.finding.severity]++;
  const groups = SEVERITY_ORDER.map((severity) => ({ severity, items: items.filter((i) => !i.wholePost && i.finding.severity === severity) })).filter(
    (g) => g.items.length > 0,
  );
  const worst = SEVERITY_ORDER.find((s) => counts[s] > 0) ?? null;
  return { notes, groups, counts, total: items.length, worst };
}

/** A cheap fingerprint of what the sidebar shows, so it re-renders only when findings change. */
export function signature(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.rule}:${f.start}:${f.end}:${f.severity}:${f.message}:${f.fix ? `${f.fix.start}-${f.fix.end}-${f.fix.text}` : ''}`).join('\n');
}

/** "Must fix" style guidance ids split out of "G24, G27". */
export const guidanceIds = (f: Finding): string[] => f.guidance.split(/,\s*/).filter(Boolean);

/** A suggestion as the rule wrote it, without a leading "Try:" (the card adds its own label). */
export const cleanSuggestion = (s: string | undefined): string => (s ?? '').replace(/^\s*try:\s*/i, '').trim();
