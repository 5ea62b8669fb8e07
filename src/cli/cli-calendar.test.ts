// Content calendars end to end: every row written back with the findings added, 10,000 rows, the progress bar.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADDED_COLUMNS } from './report/csv.ts';
import { cli, ensureBuilt, fixtureDir, node, runCli, runInTerminal } from './testing/run-cli.ts';

beforeAll(ensureBuilt, 240_000);

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data.filter((r, i, all) => i < all.length - 1 || r.join('') !== '');

// A Hootsuite-like export saved by Excel: BOM, CRLF, a quoted post with a comma, doubled quotes and a
// line break, a ragged row, a blank row, a row with an undoubled quote and an Instagram post.
const EXPORT =
  '\uFEFFDate,Message,Network,Link\r\n' +
  '2025-01-06,"TOP SECRET: the ""new"" plan\r\nis out, you idiots",X (Twitter),https://example.org\r\n' +
  '2025-01-07,Lovely day at the launch,LinkedIn Page\r\n' +
  '2025-01-08,Applications open, apply today,Facebook,\r\n' +
  '\r\n' +
  '2025-01-09,"Broken "quote" here",Facebook,\r\n' +
  '2025-01-10,Behind the scenes #TeamDfE,Instagram,\r\n';

describe('check calendar.csv --format csv', { timeout: 60_000 }, () => {
  it('writes every input row back, in order and unchanged, with counts, findings and problems added', () => {
    const dir = fixtureDir('calendar-roundtrip', { 'calendar.csv': EXPORT });
    const out = runCli(['check', 'calendar.csv', '--format', 'csv'], { cwd: dir });
    expect(out.stdout.startsWith('\uFEFF')).toBe(true);
    expect(out.stdout).toContain('\r\n');
    const input = parse(EXPORT);
    const output = parse(out.stdout);
    expect(output).toHaveLength(input.length);
    expect(output[0]).toEqual([...input[0]!, '', ...ADDED_COLUMNS]);
    const width = input[0]!.length + 1;
    output.slice(1).forEach((row, i) => expect(row.slice(0, input[i + 1]!.length)).toEqual(input[i + 1]));
    const added = output.slice(1).map((row) => row.slice(width));
    expect(added[0]!.slice(0, 3)).toEqual(['1', '1', expect.any(String)]);
    expect(added[0]![3]).toMatch(/^ERROR classification-marking \(G27, G24\): “TOP SECRET” is a security classification marking.*\nWARNING insult/s);
    expect(added[1]!.slice(0, 2)).toEqual(['0', '0']);
    expect(added[2]![4]).toMatch(/^this row has 5 cells but there are 4 column names/);
    expect(added[3]).toEqual(['', '', '', '', '']);
    expect(added[4]![4]).toMatch(/^a quotation mark inside a quoted cell is not doubled/);
    expect(added[5]![4]).toBe('');
    expect(out.stderr).toMatch(/^civil-post: calendar\.csv row 4: this row has 5 cells/m);
    expect(out.stderr).toMatch(/^civil-post: calendar\.csv row 6: a quotation mark/m);
    expect(out.status).toBe(2);
  });

  it('checks its own output again, filling the added columns in place', () => {
    const dir = fixtureDir('calendar-twice', { 'calendar.csv': 'Text\nTOP SECRET\nfine\n' });
    const once = runCli(['check', 'calendar.csv', '--format', 'csv'], { cwd: dir }).stdout;
    const again = runCli(['check', '--input', 'csv', '--format', 'csv', '-'], { cwd: dir, input: once }).stdout;
    expect(again).toBe(once);
  });

  it('tells people the row and the place in the file, and finds the columns of a Sprout Social export by name', () => {
    const dir = fixtureDir('calendar-text', { 'sprout.csv': 'date,time_24hr,message_text,link\n06/01/2025,09:00,"Morning all,\nTOP SECRET update",\n' });
    const out = runCli(['check', 'sprout.csv', '--account', 'official'], { cwd: dir });
    expect(out.stdout).toMatch(/^sprout\.csv:3:1 \(row 2\) {2}error {4}classification-marking/m);
    expect(out.stdout).not.toMatch(/personal account/);
    expect(out.status).toBe(1);
  });

  it('reads a calendar from standard input with --column, and a headerless one by column number', () => {
    expect(runCli(['check', '--column', 'Copy', '--format', 'jsonl', '-'], { input: 'Date,Copy\n1,TOP SECRET\n' }).stdout).toMatch(/"row":2.*classification-marking/);
    const dir = fixtureDir('calendar-noheader', { 'bulk.csv': '06/01/2025 09:00,TOP SECRET plans,https://example.org\n' });
    const out = runCli(['check', 'bulk.csv', '--no-header', '--column', '2', '--format', 'jsonl'], { cwd: dir });
    expect(JSON.parse(out.stdout)).toMatchObject({ row: 1, findings: [expect.objectContaining({ rule: 'classification-marking', location: { line: 1, column: 18, endLine: 1, endColumn: 28 } })] });
  });

  it('per-row platform and account columns beat the flags, and a bad account cell is marked, not guessed', () => {
    const dir = fixtureDir('calendar-columns', {
      'cal.csv': `Kind,Where,Text\nofficial,X,We are scrapping the permit scheme.\n,,We are scrapping the permit scheme.\nboss,X,hello\n,LinkedIn,${'a'.repeat(300)}\n`,
    });
    const out = runCli(['check', 'cal.csv', '--account-column', 'Kind', '--platform-column', 'Where', '--account', 'personal', '--platform', 'x', '--format', 'jsonl'], { cwd: dir });
    const rows = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const rules = (i: number) => rows[i].findings?.map((f: { rule: string }) => f.rule);
    expect(rules(0)).not.toContain('personal-speaks-for-department');
    expect(rules(1)).toContain('personal-speaks-for-department');
    expect(rows[2]).toMatchObject({ row: 4, error: 'the "Kind" cell says "boss"; it should say official or personal (or be left empty)' });
    expect(rules(3)).not.toContain('platform-length');
    expect(out.status).toBe(2);
  });
});

describe('a 10,000-row calendar', { timeout: 240_000 }, () => {
  const posts = ['Row %d: our new guidance is out today.', 'Row %d: TOP SECRET', 'Row %d, with a comma and "quotes"', 'Row %d\nsecond line'];
  const rows = Array.from({ length: 10_000 }, (_, i) => [String(i + 1), posts[i % posts.length]!.replace('%d', String(i + 1)), i % 2 ? 'Facebook' : 'X']);
  const csv = Papa.unparse([['ID', 'Message', 'Network'], ...rows], { newline: '\r\n' });

  it('comes back with all 10,000 rows, in order, each with its own result; never a progress bar when not on a terminal', () => {
    const dir = fixtureDir('calendar-10k', { 'big.csv': csv });
    const out = runCli(['check', 'big.csv', '--format', 'csv'], { cwd: dir });
    const output = parse(out.stdout);
    expect(output).toHaveLength(10_001);
    expect(output.slice(1).every((row, i) => row.slice(0, 3).join('\u0000') === rows[i]!.join('\u0000'))).toBe(true);
    expect(output.slice(1).every((row, i) => row[3] === (i % 4 === 1 ? '1' : '0'))).toBe(true);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(1);
  });

  it('shows a progress bar on the terminal (standard error) while the results go to a file', () => {
    // 3,000 rows take well over the 300 ms after which the bar appears.
    const dir = fixtureDir('calendar-progress', { 'big.csv': Papa.unparse([['ID', 'Message', 'Network'], ...rows.slice(0, 3000)]) });
    const shown = runInTerminal(`${node} ${cli} check big.csv --format csv > checked.csv`, { cwd: dir });
    expect(shown.stdout).toMatch(/Checking big\.csv .*\d+% \| [\d,]+\/3000 posts/);
    expect(parse(readFileSync(join(dir, 'checked.csv'), 'utf8'))).toHaveLength(3001);
    const quiet = runInTerminal(`${node} ${cli} check big.csv --format csv --no-progress > checked.csv`, { cwd: dir });
    expect(quiet.stdout).not.toMatch(/Checking/);
  });
});
