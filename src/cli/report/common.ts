// What every output format shares: the reporter interface, the running tally and the exit status it gives.

import { GUIDANCE, type Finding } from '../../core/index.ts';
import type { Calendar } from '../calendar.ts';
import type { Result } from '../items.ts';
import type { Position } from '../positions.ts';
import type { Source } from '../read-input.ts';

export interface Reporter {
  /** A calendar is about to be reported row by row (the CSV format writes its header here). */
  calendar?(calendar: Calendar): void;
  result(result: Result): void;
  /** A whole input could not be read; the message says why. */
  fileError(source: Source, message: string): void;
  end(tally: Tally): void;
}

export class Tally {
  posts = 0;
  checked = 0;
  withFindings = 0;
  errors = 0;
  warnings = 0;
  info = 0;
  notChecked = 0;
  blank = 0;
  fileErrors = 0;
  settingsProblems = 0;
  /** Rule id → the first error it threw. */
  readonly failedRules = new Map<string, string>();
  /** Platform name as the calendar gave it → how many posts named it. */
  readonly otherPlatforms = new Map<string, number>();
  /** Whether any post's account type came from the user (a flag, the settings file, a row or a line). */
  accountGiven = false;

  add(result: Result): void {
    this.posts++;
    if (result.blank) {
      this.blank++;
      return;
    }
    if (result.error !== undefined) {
      this.notChecked++;
      return;
    }
    this.checked++;
    if (result.findings.length) this.withFindings++;
    for (const f of result.findings) this[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'info']++;
    for (const failure of result.failures) if (!this.failedRules.has(failure.rule)) this.failedRules.set(failure.rule, failure.error);
    if (result.otherPlatform) this.otherPlatforms.set(result.otherPlatform, (this.otherPlatforms.get(result.otherPlatform) ?? 0) + 1);
    if (result.post?.account || result.post?.settings?.account) this.accountGiven = true;
  }

  /** 2 when anything could not be checked (bad input, a rule that crashed), else 1 for an error-level finding, else 0. */
  exitCode(): 0 | 1 | 2 {
    if (this.notChecked || this.fileErrors || this.failedRules.size || this.settingsProblems) return 2;
    return this.errors ? 1 : 0;
  }
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "G27, G24" → each guidance line in words. */
export function guidanceLines(ids: string): string[] {
  return ids
    .split(/,\s*/)
    .filter(Boolean)
    .map((id) => {
      const text = (GUIDANCE as Record<string, string>)[id];
      return text ? `${id} ${text}` : id;
    });
}

export interface FileRange {
  start: Position;
  end: Position;
}

/** Where a finding sits in its file, when the input keeps that place (a text file, a calendar cell). */
export function fileRange(result: Result, finding: Finding): FileRange | undefined {
  const start = result.locate?.(finding.start);
  const end = result.locate?.(finding.end);
  return start && end ? { start, end } : undefined;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The JSON shape of one result outside the JSON-lines contract: where it came from, and findings with file positions. */
export function resultJson(result: Result): Record<string, unknown> {
  const out: Record<string, unknown> = { file: result.source.name, id: result.id ?? null };
  if (result.kind === 'jsonl' || result.kind === 'csv') out.line = result.line;
  if (result.row !== undefined) out.row = result.row;
  if (result.error !== undefined) {
    out.error = result.error;
    return out;
  }
  if (result.blank) out.blank = true;
  out.findings = result.findings.map((f) => {
    const range = fileRange(result, f);
    return range ? { ...f, location: { line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column } } : f;
  });
  if (result.failures.length) out.failures = result.failures;
  if (result.otherPlatform) out.platformNotChecked = result.otherPlatform;
  return out;
}
