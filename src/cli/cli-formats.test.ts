// Every output format of the built command line, run as a user would: text (with and without colour), JSON, JSON lines, CSV, SARIF.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, fixtureDir, node, ROOT, runCli, runInTerminal } from './testing/run-cli.ts';

beforeAll(ensureBuilt, 240_000);

const ESC = '\u001b[';
const files = {
  'draft.txt': '\uFEFFThanks all.\r\nTOP SECRET plans, you idiots\r\n',
  'clean.txt': 'Our new guidance on school admissions is out today.\n',
  'cal.csv': 'Date,Message,Network\n2025-01-06,"Hello ""team"",\nsee TOP SECRET plans",X\n2025-01-07,Fine,LinkedIn\n',
  'posts.jsonl': `${JSON.stringify({ id: 'j1', text: 'hello\nyou idiots' })}\n`,
};

describe('--format text', { timeout: 60_000 }, () => {
  it('prints file:line:col, severity, rule, message, guidance and a summary by severity; BOM and CRLF do not move columns', () => {
    const dir = fixtureDir('text', files);
    const out = runCli(['check', 'draft.txt', 'clean.txt', 'cal.csv', 'posts.jsonl'], { cwd: dir });
    expect(out.stdout).not.toContain(ESC);
    expect(out.stdout).toMatch(/^draft\.txt:2:1 {2}error {4}classification-marking {2}“TOP SECRET” is a security classification marking/m);
    expect(out.stdout).toMatch(/^ {4}G27 Government Security Classifications: classified material never goes on social media\.$/m);
    expect(out.stdout).toMatch(/^ {4}Try: Remove the marked material/m);
    expect(out.stdout).toMatch(/^draft\.txt:2:23 {2}warning {2}insult {2}/m);
    expect(out.stdout).toMatch(/^cal\.csv:3:5 \(row 2\) {2}error {4}classification-marking/m);
    expect(out.stdout).toMatch(/^posts\.jsonl:1 \(id "j1", at 2:5 in the post\) {2}warning {2}insult/m);
    expect(out.stdout).toMatch(/^5 posts checked: 2 errors, 2 warnings, \d+ info in 3 posts; 2 posts clear\.$/m);
    expect(out.stdout).toMatch(/add --account official/);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(1);
  });

  it('counts columns from the text, not the byte-order mark, on the first line', () => {
    const out = runCli(['check', '-'], { input: '\uFEFFTOP SECRET plans' });
    expect(out.stdout).toMatch(/^stdin:1:1 {2}error {4}classification-marking/m);
  });

  it('--config gives text files and calendars the department, codewords and account type', () => {
    const dir = fixtureDir('text-config', {
      'settings.json': JSON.stringify({ format: 'civil-post-settings', version: 1, settings: { account: 'official', codewords: ['KESTREL'] } }),
      'note.txt': 'Kestrel goes live on Monday.\n',
      'cal.csv': 'Text\nProject #Kestrel update\n',
    });
    const without = runCli(['check', 'note.txt', 'cal.csv'], { cwd: dir });
    expect(without.stdout).not.toMatch(/codeword/);
    const out = runCli(['check', '--config', 'settings.json', 'note.txt', 'cal.csv'], { cwd: dir });
    expect(out.stdout).toMatch(/^note\.txt:1:1 {2}error {4}codeword/m);
    expect(out.stdout).toMatch(/^cal\.csv:2:\d+ \(row 2\) {2}error {4}codeword/m);
    expect(out.stdout).not.toMatch(/personal account/);
    expect(out.status).toBe(1);
  });

  it('says plainly when there is nothing to fix', () => {
    const dir = fixtureDir('text-clean', files);
    const out = runCli(['check', '--account', 'official', 'clean.txt'], { cwd: dir });
    expect(out.stdout).toBe('1 post checked: no problems found.\n');
    expect(out.status).toBe(0);
  });

  it('colours severities on a terminal, and not when NO_COLOR is set or FORCE_COLOR=0', () => {
    const dir = fixtureDir('text-colour', files);
    const command = `${node} ${cli} check draft.txt`;
    const coloured = runInTerminal(command, { cwd: dir });
    expect(coloured.stdout).toContain(`${ESC}31m`);
    expect(coloured.stdout).toMatch(/draft\.txt:2:1/);
    expect(runInTerminal(command, { cwd: dir, env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runInTerminal(command, { cwd: dir, env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
  });

  it('colours when FORCE_COLOR asks, even into a pipe, and FORCE_COLOR beats NO_COLOR', () => {
    const dir = fixtureDir('text-force', files);
    expect(runCli(['check', 'draft.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}31m`);
    expect(runCli(['check', 'draft.txt'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).toContain(ESC);
  });
});

describe('--format json and jsonl', { timeout: 60_000 }, () => {
  it('json: one document, every result with where it came from, findings with file positions, and a summary', () => {
    const dir = fixtureDir('json', files);
    const out = runCli(['check', '--format', 'json', 'draft.txt', 'cal.csv', 'posts.jsonl'], { cwd: dir });
    const doc = JSON.parse(out.stdout);
    expect(doc).toMatchObject({ tool: 'civil-post', version: expect.any(String), summary: { posts: 4, checked: 4, errors: 2, warnings: 2, exitCode: 1 } });
    expect(doc.results.map((r: { file: string; id: unknown }) => [r.file, r.id])).toEqual([
      ['draft.txt', 'draft.txt'],
      ['cal.csv', 2],
      ['cal.csv', 3],
      ['posts.jsonl', 'j1'],
    ]);
    expect(doc.results[0].findings[0]).toMatchObject({ rule: 'classification-marking', start: 12, end: 22, location: { line: 2, column: 1, endLine: 2, endColumn: 11 } });
    expect(doc.results[1]).toMatchObject({ row: 2, line: 2, findings: [expect.objectContaining({ location: { line: 3, column: 5, endLine: 3, endColumn: 15 } })] });
    expect(doc.results[3].findings[0]).not.toHaveProperty('location');
    expect(out.status).toBe(1);
  });

  it('jsonl: one line per post in input order, for calendars and text files too', () => {
    const dir = fixtureDir('jsonl-out', files);
    const out = runCli(['check', '--format', 'jsonl', 'cal.csv', 'clean.txt'], { cwd: dir });
    const rows = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.file, r.row, r.id, r.findings.length > 0])).toEqual([
      ['cal.csv', 2, 2, true],
      ['cal.csv', 3, 3, false],
      ['clean.txt', undefined, 'clean.txt', false],
    ]);
  });
});

describe('--format csv', { timeout: 60_000 }, () => {
  it('writes a table of posts when the input is not a calendar', () => {
    const dir = fixtureDir('csv-table', files);
    const out = runCli(['check', '--format', 'csv', 'draft.txt', 'posts.jsonl'], { cwd: dir });
    const table = Papa.parse<string[]>(out.stdout.trimEnd()).data;
    expect(table[0]).toEqual(['File', 'Line', 'Id', 'Post', 'Civil Post errors', 'Civil Post warnings', 'Civil Post info', 'Civil Post findings', 'Civil Post could not check']);
    expect(table.slice(1).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['draft.txt', 'draft.txt', '1', '1'],
      ['posts.jsonl', 'j1', '0', '1'],
    ]);
  });
});

describe('--format sarif', { timeout: 60_000 }, () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema's "language" pattern is not valid with the u flag, so patterns are compiled without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('has a validator that rejects what is not SARIF', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('is valid SARIF 2.1.0, with each finding at its place in its file and every rule described', () => {
    const dir = fixtureDir('sarif', { ...files, 'my posts.txt': 'you idiots\n' });
    const out = runCli(['check', '--format', 'sarif', 'draft.txt', 'cal.csv', 'posts.jsonl', 'my posts.txt'], { cwd: dir });
    const log = JSON.parse(out.stdout);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThan(30);
    expect(run.columnKind).toBe('utf16CodeUnits');
    const marking = run.results.find((r: { ruleId: string }) => r.ruleId === 'classification-marking');
    expect(marking).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'draft.txt', uriBaseId: 'SRCROOT' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 11 } } }],
    });
    expect(run.tool.driver.rules[marking.ruleIndex].id).toBe('classification-marking');
    const uris = run.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(['draft.txt', 'cal.csv', 'posts.jsonl', 'my%20posts.txt']));
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1 });
    expect(out.status).toBe(1);
  });

  it('stays valid with standard input, bad rows and unreadable files, reported as notifications', () => {
    const dir = fixtureDir('sarif-bad', { 'bad.csv': 'Date,Text\n1,"a "b" c"\n2,TOP SECRET\n', 'empty.txt': '' });
    const out = runCli(['check', '--format', 'sarif', 'bad.csv', 'empty.txt', '-'], { cwd: dir, input: 'you idiots' });
    const log = JSON.parse(out.stdout);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text);
    expect(notes).toEqual([expect.stringMatching(/^bad\.csv row 2 was not checked: a quotation mark/), expect.stringMatching(/^empty\.txt is empty/)]);
    expect(log.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
    expect(log.runs[0].results.some((r: { locations: { physicalLocation: { artifactLocation: { description?: { text: string } } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.description?.text === 'standard input')).toBe(true);
    expect(out.status).toBe(2);
  });
});
