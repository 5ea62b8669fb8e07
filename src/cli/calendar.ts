// Reads a content calendar (CSV) with papaparse: one item per row, malformed rows kept with their error.

import Papa from 'papaparse';
import type { Account, Platform, Post } from '../core/index.ts';
import { findColumn, type ColumnRole } from './columns.ts';
import { withDefaults, type Defaults, type Item } from './items.ts';
import { cellOffsets, LineIndex, normaliseNewlines, type Position } from './positions.ts';
import type { InputText, Source } from './read-input.ts';

export interface CalendarOptions {
  column?: string | undefined;
  platformColumn?: string | undefined;
  accountColumn?: string | undefined;
  idColumn?: string | undefined;
  header: boolean;
  delimiter?: string | undefined;
}

export interface Calendar {
  source: Source;
  /** The first row's cells, or undefined with --no-header. */
  header: string[] | undefined;
  /** The widest row (or the header), so every row can be written back with the added columns lined up. */
  width: number;
  delimiter: string;
  newline: string;
  hadBom: boolean;
  textColumnName: string;
  items: Item[];
}

interface RawRow {
  cells: string[];
  start: number;
  end: number;
  errors: string[];
}

export function readCalendar(input: InputText, options: CalendarOptions, defaults: Defaults): { calendar: Calendar } | { error: string } {
  const { text, source } = input;
  const delimiter = options.delimiter ?? guessDelimiter(text, source.name);
  const lines = new LineIndex(text);
  const { rows, newline } = parseRows(text, delimiter, lines);
  const header = options.header ? rows.shift() : undefined;
  if (header?.errors.length) return { error: `${source.name}: the first row (the column names) could not be read: ${header.errors[0]}` };
  if (rows.length === 0) return { error: `${source.name} has column names but no rows of posts under them.` };

  const names = header?.cells;
  const column = (role: ColumnRole, given: string | undefined) => findColumn(role, given, names, source.name);
  const text_ = findColumn('text', options.column, names, source.name);
  if ('error' in text_) return text_;
  const platform = column('platform', options.platformColumn);
  if ('error' in platform) return platform;
  const account = column('account', options.accountColumn);
  if ('error' in account) return account;
  const id = column('id', options.idColumn);
  if ('error' in id) return id;

  const firstRow = header ? 2 : 1;
  const items = rows.map((raw, i): Item => {
    const row = firstRow + i;
    const base: Item = { source, kind: 'csv', line: lines.locate(raw.start).line, row, id: row, cells: raw.cells };
    const idCell = id.index === undefined ? undefined : raw.cells[id.index]?.trim();
    if (idCell) base.id = idCell;
    if (raw.cells.every((c) => c.trim() === '')) return { ...base, blank: true };
    const error = raw.errors[0] ?? shapeError(raw.cells, names, text_.index, text_.name);
    if (error) return { ...base, error };
    const post: Post = { text: normaliseNewlines(raw.cells[text_.index] ?? '') };
    const accountCell = account.index === undefined ? '' : (raw.cells[account.index] ?? '').trim();
    if (accountCell) {
      const value = accountOf(accountCell);
      if (!value) return { ...base, error: `the ${account.name} cell says "${accountCell}"; it should say official or personal (or be left empty)` };
      post.account = value;
    }
    const platformCell = platform.index === undefined ? '' : (raw.cells[platform.index] ?? '').trim();
    const item: Item = { ...base, post: withDefaults(post, defaults) };
    if (platformCell) {
      const value = platformOf(platformCell);
      if (value) item.post!.platform = value;
      else item.otherPlatform = platformCell;
    }
    item.locate = locator(text, raw, text_.index, delimiter, lines);
    return item;
  });
  return {
    calendar: {
      source,
      header: names,
      width: rows.reduce((w, r) => Math.max(w, r.cells.length), names?.length ?? 0),
      delimiter,
      newline,
      hadBom: input.hadBom,
      textColumnName: text_.name,
      items,
    },
  };
}

function parseRows(text: string, delimiter: string, lines: LineIndex): { rows: RawRow[]; newline: string } {
  const rows: RawRow[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (step) => {
      const end = step.meta.cursor;
      // papaparse ends a file that finishes with a newline with one more, empty, row: it is not a row.
      if (end > start || step.data.some((c) => c !== '')) {
        const errors = [...new Set(step.errors.map((e) => rowError(e.code, lines.locate(start), lines.locate(Math.max(start, text.length - 1)))))];
        rows.push({ cells: step.data, start, end, errors });
      }
      start = end;
    },
  });
  return { rows, newline: newlineOf(text) };
}

function rowError(code: string, from: Position, last: Position): string {
  switch (code) {
    case 'MissingQuotes':
      return (
        `a quotation mark opened in this row is never closed, so everything from line ${from.line} to the end of the file (line ${last.line}) ` +
        'was read into this one row. Close the quotation mark (inside a quoted cell, write "" for each quotation mark) and check again'
      );
    case 'InvalidQuotes':
      return 'a quotation mark inside a quoted cell is not doubled, so where the cell ends is uncertain. Inside a quoted cell, write "" for each quotation mark';
    default:
      return `this row could not be read as CSV (${code})`;
  }
}

/** A row that does not fit the header would be checked wrongly: a comma without quotes cuts a post in two. */
function shapeError(cells: string[], header: string[] | undefined, textIndex: number, textName: string): string | undefined {
  // Even empty extra cells count: "a, b" unquoted plus a trailing comma still shifts every cell after it.
  if (header && cells.length > header.length) {
    return (
      `this row has ${cells.length} cells but there are ${header.length} column names, so the post may have been cut where it has a comma. ` +
      'Put the post in quotation marks, or check the row in a spreadsheet'
    );
  }
  if (textIndex >= cells.length) return `this row stops after ${cells.length} cell${cells.length === 1 ? '' : 's'}, before the ${textName} column`;
  return undefined;
}

function locator(text: string, raw: RawRow, field: number, delimiter: string, lines: LineIndex): (offset: number) => Position | undefined {
  let map: number[] | undefined | null = null;
  return (offset) => {
    if (map === null) map = cellOffsets(text.slice(raw.start, raw.end), field, delimiter, raw.cells[field] ?? '');
    const at = map?.[Math.min(offset, map.length - 1)];
    return at === undefined ? undefined : lines.locate(raw.start + at);
  };
}

function accountOf(cell: string): Account | undefined {
  const v = cell.toLowerCase();
  if (v.startsWith('official')) return 'official';
  if (v.startsWith('personal')) return 'personal';
  return undefined;
}

/** Scheduling tools name networks their own way ("X (Twitter)", "LinkedIn Page", "FACEBOOK"). */
export function platformOf(cell: string): Platform | undefined {
  const v = cell.toLowerCase().replace(/[^a-z]/g, '');
  if (v === 'x' || v.startsWith('twitter') || v.startsWith('xtwitter') || v.startsWith('xformerly') || v === 'tweet') return 'x';
  if (v.startsWith('facebook') || v === 'fb') return 'facebook';
  if (v.startsWith('linkedin')) return 'linkedin';
  return undefined;
}

function guessDelimiter(text: string, name: string): string {
  if (/\.tsv$/i.test(name)) return '\t';
  const end = text.indexOf('\n');
  const first = end === -1 ? text : text.slice(0, end);
  const count = (d: string) => first.split(d).length - 1;
  const [best] = [',', ';', '\t'].map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

function newlineOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
