// Test helpers: build the command line once (test files run in parallel), write fixtures, run it as a user would.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const CLI = join(ROOT, 'bin', 'civil-post.mjs');
const BUILT = join(ROOT, 'dist', 'lib', 'cli.js');
const LOCK = join(ROOT, 'test-results', 'cli-build.lock');

/** Rebuilds dist/lib when any source is newer than it; one test file builds while the others wait. */
export function ensureBuilt(): void {
  mkdirSync(dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 240_000;
  while (!isFresh()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for another test file to build dist/lib');
    try {
      mkdirSync(LOCK);
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      sleep(250);
      continue;
    }
    try {
      if (!isFresh()) execFileSync('npm', ['run', 'build:lib', '--silent'], { cwd: ROOT, stdio: 'pipe' });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

function isFresh(): boolean {
  if (!existsSync(BUILT)) return false;
  const built = statSync(BUILT).mtimeMs;
  const inputs = [join(ROOT, 'package.json'), join(ROOT, 'vite.config.ts'), ...sources(join(ROOT, 'src'))];
  return inputs.every((file) => statSync(file).mtimeMs <= built);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx|json)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A fresh folder under test-results/ (ignored by git) holding the given files. */
export function fixtureDir(name: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = join(ROOT, 'test-results', 'cli', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a user's shell would give, without colour settings inherited from the test runner. */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  // Node reports a 2-colour terminal whenever CI is set, so a CI run would otherwise test a CI terminal, not a user's.
  delete env.CI;
  delete env.NODE_DISABLE_COLORS;
  return { ...env, ...extra };
}

export function runCli(args: string[], options: { input?: string | Uint8Array; env?: Record<string, string>; cwd?: string; nodeArgs?: string[] } = {}): CliRun {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: userEnv(options.env),
    maxBuffer: 1 << 28,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs a shell command line under a pseudo-terminal (util-linux `script`), as if typed into a terminal. */
export function runInTerminal(command: string, options: { env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: userEnv({ TERM: 'xterm-256color', ...options.env }), input: '' });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const node = JSON.stringify(process.execPath);
export const cli = JSON.stringify(CLI);
