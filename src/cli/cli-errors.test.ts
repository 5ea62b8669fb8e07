// Exit status, help, version and every kind of bad input, through the built command line as a user runs it.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, CLI, ensureBuilt, fixtureDir, node, ROOT, runCli, userEnv } from './testing/run-cli.ts';

beforeAll(ensureBuilt, 240_000);

const CRASH = ['--import', join(ROOT, 'src/cli/testing/crash-rule.mjs')];
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

describe('exit status', { timeout: 60_000 }, () => {
  it('0 when nothing is at error severity, 1 when something is', () => {
    expect(runCli(['check'], { input: 'Our new guidance is out today.' }).status).toBe(0);
    expect(runCli(['check'], { input: 'you idiots' }).status).toBe(0);
    expect(runCli(['check'], { input: 'TOP SECRET' }).status).toBe(1);
  });

  it('2 when a rule crashed, naming the rule, while the other rules still report', () => {
    const text = runCli(['check'], { input: 'TOP SECRET, you idiots', nodeArgs: CRASH, env: { CIVIL_POST_TEST_CRASH_RULE: 'insult' } });
    expect(text.stdout).toMatch(/^stdin:1 {2}rule failed {2}the "insult" check crashed \(simulated failure\)/m);
    expect(text.stdout).toMatch(/classification-marking/);
    expect(text.stdout).toMatch(/Some checks crashed, so their findings are missing: insult\./);
    expect(text.status).toBe(2);
    const jsonl = runCli(['check', '--jsonl'], { input: JSON.stringify({ id: 7, text: 'you idiots' }), nodeArgs: CRASH });
    // With insult down, the hostility rule (which otherwise yields to it) still names the words.
    const line = JSON.parse(jsonl.stdout);
    expect(line).toMatchObject({ id: 7, failures: [{ rule: 'insult', error: 'simulated failure' }] });
    expect(line.findings.map((f: { rule: string }) => f.rule)).toEqual(['hostility']);
    expect(jsonl.stderr).toBe('civil-post: stdin line 1: the "insult" check crashed (simulated failure); its findings are missing.\n');
    expect(jsonl.status).toBe(2);
  });

  it('2 for bad input, and the good input is still checked', () => {
    const dir = fixtureDir('bad-input', { 'ok.txt': 'TOP SECRET', 'empty.txt': '\n\n' });
    const out = runCli(['check', 'ok.txt', 'empty.txt', 'missing.txt'], { cwd: dir });
    expect(out.stdout).toMatch(/^ok\.txt:1:1 {2}error/m);
    expect(out.stdout).toMatch(/2 files could not be read/);
    expect(out.stderr).toBe('civil-post: empty.txt is empty: there is nothing in it to check.\ncivil-post: cannot find missing.txt: check the name and the folder you are in.\n');
    expect(out.status).toBe(2);
  });
});

describe('files that are not text, and empty input', { timeout: 60_000 }, () => {
  it('refuses a binary file and a file in another encoding, saying why', () => {
    const dir = fixtureDir('not-text', {
      'image.png': readFileSync(join(ROOT, 'public/icons/icon-16.png')),
      'old.csv': Buffer.concat([Buffer.from('Date,Text\n1,Grant of '), Buffer.from([0xa3]), Buffer.from('5m\n')]),
    });
    const png = runCli(['check', 'image.png'], { cwd: dir });
    expect(png.stderr).toMatch(/^civil-post: image\.png is not a text file \(it contains binary data/);
    expect(png.stdout).toMatch(/^Nothing was checked\./);
    expect(png.status).toBe(2);
    const old = runCli(['check', 'old.csv'], { cwd: dir });
    expect(old.stderr).toMatch(/^civil-post: old\.csv is not UTF-8 text: line 2 has bytes that are not valid UTF-8\..*"CSV UTF-8"/);
    expect(old.status).toBe(2);
  });

  it('says so when standard input is empty, instead of "no problems found"', () => {
    const out = runCli(['check'], { input: '' });
    expect(out.stderr).toBe('civil-post: stdin is empty: there is nothing in it to check.\n');
    expect(out.stdout).not.toMatch(/no problems/);
    expect(out.status).toBe(2);
    expect(runCli(['check', '--jsonl'], { input: '' }).status).toBe(2);
  });
});

describe('help and version', { timeout: 60_000 }, () => {
  it('--help goes to standard output with exit 0, in plain words, with examples and how to run it offline', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const out = runCli(args);
      expect(out.status).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).toMatch(/^Civil Post checks social media posts against the civil service guidance/);
      expect(out.stdout).toMatch(/npx --no-install civil-post check draft\.txt/);
      expect(out.stdout).toMatch(/npm exec --no -- civil-post/);
      expect(out.stdout).toMatch(/npm install --global \./);
    }
  });

  it('check --help shows every option with examples and the exit status', () => {
    for (const args of [['check', '--help'], ['help', 'check'], ['check', 'x.csv', '-h']]) {
      const out = runCli(args);
      expect(out.status).toBe(0);
      for (const flag of ['--format', '--jsonl', '--account', '--platform', '--config', '--column', '--platform-column', '--account-column', '--no-header', '--no-progress']) {
        expect(out.stdout).toContain(flag);
      }
      expect(out.stdout).toMatch(/^Examples:\n {2}civil-post check draft\.txt$/m);
      expect(out.stdout).toMatch(/^ {2}2 {2}something was not checked/m);
    }
  });

  it('--version prints the version', () => {
    expect(runCli(['--version'])).toEqual({ status: 0, stdout: `civil-post ${version}\n`, stderr: '' });
    expect(runCli(['check', '--version']).stdout).toBe(`civil-post ${version}\n`);
  });

  it('no command: the help, on standard error, with exit 2', () => {
    const out = runCli([]);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^Civil Post checks/);
    expect(out.status).toBe(2);
  });
});

describe('mistakes on the command line', { timeout: 60_000 }, () => {
  it.each([
    [['chek'], /^civil-post: "chek" is not a civil-post command\. The commands are check, rules, help/],
    [['check', '--acount', 'official'], /^civil-post: --acount is not an option of civil-post check/],
    [['check', '--account'], /^civil-post: --account needs a value: official or personal/],
    [['check', '--account', '--jsonl'], /^civil-post: --account needs a value/],
    [['check', '--format', 'xml'], /^civil-post: --format must be text, json, jsonl, csv or sarif \(got "xml"\)/],
    [['check', 'posts.json'], /^civil-post: posts\.json looks like a JSON file\./],
    [['check', '--column', 'Text', 'draft.txt'], /^civil-post: --column is for content calendars \(CSV files\)/],
    [['check', '--format', 'csv', 'a.csv', 'b.csv'], /^civil-post: --format csv writes one calendar back/],
    [['check', '--config', 'nope.json'], /^civil-post: the settings file \(--config\): cannot find nope\.json/],
    [['rules', 'extra'], /^civil-post: civil-post rules takes no file names/],
  ])('%j is refused with a message naming the problem, exit 2, nothing read', (args, message) => {
    const out = runCli(args, { input: 'TOP SECRET' });
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
    expect(out.status).toBe(2);
  });

  it('a settings file that is not one is refused; one with bad values is reported and exits 2', () => {
    const dir = fixtureDir('bad-config', {
      'wrong.json': JSON.stringify({ format: 'something-else', settings: {} }),
      'broken.json': '{"codewords": [',
      'odd.json': JSON.stringify({ format: 'civil-post-settings', version: 1, settings: { codeword: ['KESTREL'], account: 'boss' } }),
    });
    expect(runCli(['check', '--config', 'wrong.json'], { cwd: dir, input: 'hi' }).stderr).toMatch(/says "format": "something-else"/);
    expect(runCli(['check', '--config', 'broken.json'], { cwd: dir, input: 'hi' }).stderr).toMatch(/broken\.json is not valid JSON/);
    const odd = runCli(['check', '--config', 'odd.json'], { cwd: dir, input: 'hello' });
    expect(odd.stderr).toMatch(/^civil-post: odd\.json: "codeword" is not a Civil Post setting, so it was ignored/m);
    expect(odd.stderr).toMatch(/^civil-post: odd\.json: account: expected one of official, personal\. Kept the default\.$/m);
    expect(odd.stdout).toMatch(/The settings file has problems/);
    expect(odd.status).toBe(2);
  });
});

describe('a closed pipe', { timeout: 120_000 }, () => {
  it('`civil-post rules | head -1` ends quietly', () => {
    const out = spawnSync('bash', ['-o', 'pipefail', '-c', `${node} ${cli} rules | head -1`], { encoding: 'utf8', env: userEnv() });
    expect(out.stdout.split('\n')).toHaveLength(2);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });

  it('a reader that stops after the first lines of a long calendar gets no error, no stack trace', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},Post number ${i}`);
    const dir = fixtureDir('closed-pipe', { 'big.csv': `Id,Text\n${rows.join('\n')}\n` });
    const child = spawn(process.execPath, [CLI, 'check', 'big.csv', '--format', 'csv'], { cwd: dir, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
