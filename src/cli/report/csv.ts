// --format csv: the calendar written back, every row, with columns added for the findings (or a table of posts).

import Papa from 'papaparse';
import type { Calendar } from '../calendar.ts';
import type { Result } from '../items.ts';
import type { Output } from '../output.ts';
import { countBySeverity, type Reporter } from './common.ts';

export const ADDED_COLUMNS = ['Civil Post errors', 'Civil Post warnings', 'Civil Post info', 'Civil Post findings', 'Civil Post could not check'] as const;

export function csvReporter(out: Output): Reporter {
  let layout: { delimiter: string; newline: string; width: number; ours: number[] | undefined } | undefined;
  let tableStarted = false;
  const line = (cells: string[], delimiter: string, newline: string) => `${Papa.unparse([cells], { delimiter, newline, quotes: false })}${newline}`;

  return {
    calendar(calendar: Calendar) {
      // A calendar checked before already has these columns: fill them in again rather than add more.
      const ours = calendar.header && ADDED_COLUMNS.every((name) => calendar.header!.includes(name)) ? ADDED_COLUMNS.map((name) => calendar.header!.indexOf(name)) : undefined;
      layout = { delimiter: calendar.delimiter, newline: calendar.newline, width: calendar.width, ours };
      if (calendar.hadBom) out.write('\uFEFF');
      if (calendar.header) out.write(line(ours ? calendar.header : [...pad(calendar.header, calendar.width), ...ADDED_COLUMNS], layout.delimiter, layout.newline));
    },
    result(r) {
      if (r.kind === 'csv' && layout) {
        const added = addedCells(r);
        const cells = pad(r.cells ?? [], layout.width);
        if (layout.ours) layout.ours.forEach((index, i) => (cells[index] = added[i]!));
        out.write(line(layout.ours ? cells : [...cells, ...added], layout.delimiter, layout.newline));
        return;
      }
      if (!tableStarted) {
        tableStarted = true;
        out.write(line(['File', 'Line', 'Id', 'Post', ...ADDED_COLUMNS], ',', '\n'));
      }
      const id = r.id === undefined || r.id === null ? '' : typeof r.id === 'string' ? r.id : JSON.stringify(r.id);
      out.write(line([r.source.name, String(r.line), id, r.post?.text ?? '', ...addedCells(r)], ',', '\n'));
    },
    fileError() {},
    end() {},
  };
}

function pad(cells: string[], width: number): string[] {
  return cells.length >= width ? [...cells] : [...cells, ...Array<string>(width - cells.length).fill('')];
}

/** Counts by severity, the findings as sentences (one per line in the cell), and why a row was not checked. */
function addedCells(r: Result): string[] {
  if (r.blank) return ['', '', '', '', ''];
  if (r.error !== undefined) return ['', '', '', '', r.error];
  const counts = countBySeverity(r.findings);
  const findings = r.findings
    .map((f) => `${f.severity.toUpperCase()} ${f.rule} (${f.guidance}): ${f.message}${f.suggestion ? ` Try: ${f.suggestion}` : ''}`)
    .join('\n');
  const failed = r.failures.map((f) => `the "${f.rule}" check crashed (${f.error}), so anything it looks for is missing`).join('; ');
  return [String(counts.error), String(counts.warning), String(counts.info), findings, failed];
}
