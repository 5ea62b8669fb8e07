// The `civil-post check --jsonl` contract that scoring tools depend on, run as a real process.

import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const run = (args: string[], input: string) =>
  spawnSync('node', ['bin/civil-post.mjs', ...args], { cwd: root, input, encoding: 'utf8' });

beforeAll(() => {
  execFileSync('npm', ['run', 'build:lib', '--silent'], { cwd: root, stdio: 'ignore' });
}, 60_000);

describe('civil-post check --jsonl', () => {
  it('writes one line per input, in order, with the finding shape', () => {
    const input = [
      { id: 'a', text: 'Lovely day at the launch.' },
      { id: 'b', text: 'I think so', account: 'official', platform: 'x', replyTo: 'hi', settings: { department: 'DfE' } },
      { id: 'c', text: '👍 TOP SECRET' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const out = run(['check', '--jsonl'], `${input}\n`);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    const marking = rows[2].findings.find((f: { rule: string }) => f.rule === 'classification-marking');
    expect(marking).toMatchObject({ category: 'confidentiality', severity: 'error', start: 3, end: 13, guidance: expect.stringMatching(/G27/) });
    expect(Object.keys(marking).sort()).toEqual(expect.arrayContaining(['category', 'end', 'guidance', 'message', 'rule', 'severity', 'start']));
    expect(out.status).toBe(1);
  });

  it('exits 0 when nothing reaches error severity', () => {
    const out = run(['check', '--jsonl'], `${JSON.stringify({ id: 1, text: 'Our new guidance on school admissions is out today.' })}\n`);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).id).toBe(1);
  });

  it('exits 2 on bad input and names the line, still answering the good lines', () => {
    const out = run(['check', '--jsonl'], `${JSON.stringify({ id: 'ok', text: 'fine' })}\n{not json\n${JSON.stringify({ id: 'x', text: 5 })}\n`);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/line 2/);
    expect(out.stderr).toMatch(/line 3: "text" must be a string/);
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('checks plain text for people, with line and column', () => {
    const out = run(['check', '--account', 'official'], 'Hello\nTOP SECRET plans\n');
    expect(out.stdout).toMatch(/^2:1 +error +confidentiality\/classification-marking \[G27/m);
    expect(out.status).toBe(1);
  });
});
