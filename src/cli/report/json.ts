// --format json (one document with every result and a summary) and --format jsonl (one line per post).

import type { Result } from '../items.ts';
import type { Output } from '../output.ts';
import type { Source } from '../read-input.ts';
import { resultJson, type Reporter, type Tally } from './common.ts';

export function jsonReporter(out: Output, version: string): Reporter {
  const results: Record<string, unknown>[] = [];
  const unreadable: { file: string; error: string }[] = [];
  return {
    result(r) {
      results.push(resultJson(r));
    },
    fileError(source: Source, message: string) {
      unreadable.push({ file: source.name, error: message });
    },
    end(t: Tally) {
      const summary = {
        posts: t.posts,
        checked: t.checked,
        withFindings: t.withFindings,
        errors: t.errors,
        warnings: t.warnings,
        info: t.info,
        notChecked: t.notChecked,
        blankRows: t.blank,
        unreadableFiles: t.fileErrors,
        failedRules: [...t.failedRules.keys()],
        exitCode: t.exitCode(),
      };
      out.write(`${JSON.stringify({ tool: 'civil-post', version, summary, results, unreadable }, null, 2)}\n`);
    },
  };
}

/**
 * JSON lines keep one line per post, in order. For JSON-lines input that is the contract scoring
 * depends on: {"id", "findings"} (plus "failures" if a rule crashed), or {"id"?, "error"} for a bad line.
 */
export function jsonlReporter(out: Output): Reporter {
  return {
    result(r) {
      out.write(`${JSON.stringify(r.kind === 'jsonl' ? contractLine(r) : resultJson(r))}\n`);
    },
    fileError() {},
    end() {},
  };
}

function contractLine(r: Result): Record<string, unknown> {
  if (r.error !== undefined) return r.id === undefined ? { error: r.error } : { id: r.id, error: r.error };
  return r.failures.length ? { id: r.id, findings: r.findings, failures: r.failures } : { id: r.id, findings: r.findings };
}
