// Text for people, like the linters they know: file:line:col, severity, rule, message, guidance, then a summary.

import type { Finding } from '../../core/index.ts';
import type { Colours } from '../colour.ts';
import type { Result } from '../items.ts';
import { LineIndex } from '../positions.ts';
import type { Output } from '../output.ts';
import type { Source } from '../read-input.ts';
import { fileRange, guidanceLines, plural, type Reporter, type Tally } from './common.ts';

const SEVERITY_WIDTH = 'warning'.length;

export function textReporter(out: Output, c: Colours, warn: (line: string) => void): Reporter {
  const severity = (s: Finding['severity']) => {
    const label = s.padEnd(SEVERITY_WIDTH);
    return s === 'error' ? c.bold(c.red(label)) : s === 'warning' ? c.yellow(label) : c.cyan(label);
  };
  return {
    result(r) {
      if (r.blank) return;
      if (r.error !== undefined) {
        out.write(`${c.bold(where(r))}  ${c.bold(c.red('not checked'))}  ${r.error}\n`);
        return;
      }
      for (const f of r.findings) {
        out.write(`${c.bold(where(r, f))}  ${severity(f.severity)}  ${c.dim(f.rule)}  ${f.message}\n`);
        for (const line of guidanceLines(f.guidance)) out.write(`    ${c.dim(line)}\n`);
        if (f.suggestion) out.write(`    Try: ${f.suggestion}\n`);
      }
      for (const failure of r.failures) {
        out.write(
          `${c.bold(where(r))}  ${c.bold(c.red('rule failed'))}  the "${failure.rule}" check crashed (${failure.error}), so anything it looks for is missing from this post.\n`,
        );
      }
    },
    fileError(_source: Source, message: string) {
      warn(message);
    },
    end(t) {
      out.write(summary(t, c));
    },
  };
}

/** file:line:col, with the calendar row (as a spreadsheet numbers it) or the JSON line's id beside it. */
function where(r: Result, f?: Finding): string {
  const range = f ? fileRange(r, f) : undefined;
  const place = range ? `${r.source.name}:${range.start.line}:${range.start.column}` : `${r.source.name}:${r.line}`;
  if (r.row !== undefined) return `${place} (row ${r.row})`;
  if (r.kind === 'jsonl') {
    const inPost = f && r.post ? new LineIndex(r.post.text).locate(f.start) : undefined;
    const id = r.id === undefined ? [] : [`id ${JSON.stringify(r.id)}`];
    const at = inPost ? [`at ${inPost.line}:${inPost.column} in the post`] : [];
    return id.length + at.length ? `${place} (${[...id, ...at].join(', ')})` : place;
  }
  return place;
}

function summary(t: Tally, c: Colours): string {
  const lines: string[] = [];
  if (t.checked === 0 && t.posts === 0) {
    lines.push(c.bold(c.red('Nothing was checked.')));
  } else if (t.errors + t.warnings + t.info === 0) {
    const found = t.failedRules.size ? 'no problems found by the checks that ran' : 'no problems found';
    lines.push((t.failedRules.size ? c.yellow : c.green)(`${plural(t.checked, 'post')} checked: ${found}.`));
  } else {
    const counts = [plural(t.errors, 'error'), plural(t.warnings, 'warning'), `${t.info.toLocaleString('en-GB')} info`].join(', ');
    const head = `${plural(t.checked, 'post')} checked: ${counts} in ${plural(t.withFindings, 'post')}; ${plural(t.checked - t.withFindings, 'post')} clear.`;
    lines.push(t.errors ? c.bold(c.red(head)) : c.yellow(head));
  }
  if (t.notChecked) lines.push(c.bold(c.red(`${plural(t.notChecked, 'post')} could not be checked (marked "not checked" above).`)));
  if (t.fileErrors) lines.push(c.bold(c.red(`${plural(t.fileErrors, 'file')} could not be read (see the messages above).`)));
  if (t.failedRules.size) {
    lines.push(c.bold(c.red(`Some checks crashed, so their findings are missing: ${[...t.failedRules.keys()].join(', ')}. Please report this.`)));
  }
  if (t.settingsProblems) lines.push(c.bold(c.red('The settings file has problems (see the messages above).')));
  if (t.blank) lines.push(`${plural(t.blank, 'blank row')} skipped.`);
  for (const [platform, n] of t.otherPlatforms) {
    lines.push(`${plural(n, 'post')} for ${platform}: Civil Post has no platform rules for it, so ${n === 1 ? 'it was' : 'they were'} checked without a length limit.`);
  }
  if (!t.accountGiven && t.checked) {
    lines.push(c.dim("Checked as posts from a personal account; add --account official if they are for a department's account."));
  }
  return `${lines.join('\n')}\n`;
}
