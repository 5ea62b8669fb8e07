// The `civil-post check --jsonl` contract that scoring depends on, run as a real process, as the scorer runs it.

import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixtureDir, ROOT, runCli, userEnv } from './testing/run-cli.ts';

beforeAll(ensureBuilt, 240_000);

const lines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l));

describe('civil-post check --jsonl', { timeout: 60_000 }, () => {
  it('through `npx --no-install civil-post`: one line per input, in order, with the finding shape', () => {
    const input = [
      { id: 'a', text: 'Lovely day at the launch.' },
      { id: 'b', text: 'I think so', account: 'official', platform: 'x', replyTo: 'hi', settings: { department: 'DfE' } },
      { id: 'c', text: '👍 TOP SECRET plans' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const out = spawnSync('npx', ['--no-install', 'civil-post', 'check', '--jsonl'], { cwd: ROOT, input: `${input}\n`, encoding: 'utf8', env: userEnv() });
    const rows = lines(out.stdout);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows.every((r) => Object.keys(r).join() === 'id,findings')).toBe(true);
    const marking = rows[2].findings.find((f: { rule: string }) => f.rule === 'classification-marking');
    expect(marking).toMatchObject({ category: 'confidentiality', severity: 'error', start: 3, end: 13, guidance: expect.stringMatching(/G27/) });
    expect(Object.keys(marking).sort()).toEqual(expect.arrayContaining(['category', 'end', 'guidance', 'message', 'rule', 'severity', 'start']));
    expect(out.stderr).toBe('');
    expect(out.status).toBe(1);
  });

  it('exits 0 when nothing reaches error severity', () => {
    const out = runCli(['check', '--jsonl'], { input: `${JSON.stringify({ id: 1, text: 'Our new guidance on school admissions is out today.' })}\n` });
    expect(out.status).toBe(0);
    expect(lines(out.stdout)).toEqual([{ id: 1, findings: [] }]);
  });

  it('keeps one output line per input line: a bad line gets {"id"?, "error"} in its place, and the exit status is 2', () => {
    const input = [
      JSON.stringify({ id: 'ok', text: 'fine' }),
      '{not json',
      JSON.stringify({ id: 'x', text: 5 }),
      '',
      '[1, 2]',
      JSON.stringify({ id: 'last', text: 'TOP SECRET' }),
    ].join('\n');
    const out = runCli(['check', '--jsonl'], { input: `${input}\n` });
    const rows = lines(out.stdout);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ id: 'ok', findings: [] });
    expect(rows[1]).toEqual({ error: expect.stringMatching(/^not valid JSON/) });
    expect(rows[2]).toEqual({ id: 'x', error: '"text" must be a string' });
    expect(rows[3]).toEqual({ error: 'the line is empty: there is no post on it' });
    expect(rows[4]).toEqual({ error: expect.stringMatching(/^expected a JSON object/) });
    expect(rows[5]).toMatchObject({ id: 'last', findings: [expect.objectContaining({ rule: 'classification-marking' })] });
    expect(out.stderr).toMatch(/^civil-post: stdin line 2: not valid JSON/m);
    expect(out.stderr).toMatch(/^civil-post: stdin line 3: "text" must be a string$/m);
    expect(out.status).toBe(2);
  });

  it('reads the files it is given, in order, and Windows line endings', () => {
    const dir = fixtureDir('jsonl-files', {
      'a.jsonl': `${JSON.stringify({ id: 1, text: 'fine' })}\r\n${JSON.stringify({ id: 2, text: 'TOP SECRET' })}\r\n`,
      'b.jsonl': `${JSON.stringify({ id: 3, text: 'also fine' })}\n`,
    });
    const out = runCli(['check', '--jsonl', 'a.jsonl', 'b.jsonl'], { cwd: dir, input: JSON.stringify({ id: 'stdin', text: 'never read' }) });
    expect(lines(out.stdout).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(out.status).toBe(1);
  });

  it('applies --account, --platform and --config to every line; the line\'s own fields win', () => {
    const dir = fixtureDir('jsonl-defaults', { 'settings.json': JSON.stringify({ format: 'civil-post-settings', version: 1, settings: { codewords: ['KESTREL'] } }) });
    const input = [
      { id: 'speaks', text: 'We are scrapping the permit scheme.' },
      { id: 'own-account', text: 'We are scrapping the permit scheme.', account: 'personal' },
      { id: 'codeword', text: 'Kestrel starts Monday' },
      { id: 'own-settings', text: 'Kestrel starts Monday', settings: { codewords: [] } },
      { id: 'long', text: 'a'.repeat(300) },
      { id: 'long-linkedin', text: 'a'.repeat(300), platform: 'linkedin' },
    ];
    const run = (args: string[]) => lines(runCli(['check', '--jsonl', ...args], { cwd: dir, input: input.map((r) => JSON.stringify(r)).join('\n') }).stdout);
    const rules = (rows: { id: string; findings: { rule: string }[] }[]) => Object.fromEntries(rows.map((r) => [r.id, r.findings.map((f) => f.rule)]));
    const plain = rules(run([]));
    const withFlags = rules(run(['--account', 'official', '--platform', 'x', '--config', 'settings.json']));
    expect(plain.speaks).toContain('personal-speaks-for-department');
    expect(withFlags.speaks).not.toContain('personal-speaks-for-department');
    expect(withFlags['own-account']).toContain('personal-speaks-for-department');
    expect(plain.codeword).not.toContain('codeword');
    expect(withFlags.codeword).toContain('codeword');
    expect(withFlags['own-settings']).not.toContain('codeword');
    expect(plain.long).not.toContain('platform-length');
    expect(withFlags.long).toContain('platform-length');
    expect(withFlags['long-linkedin']).not.toContain('platform-length');
  });
});
