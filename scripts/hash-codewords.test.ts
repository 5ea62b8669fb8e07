// The administrator's hashing script writes what the checker matches, refuses what it cannot match, and never prints the words.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashCodeword } from '../src/core/text/hashed-codewords.ts';

const script = fileURLToPath(new URL('./hash-codewords.mjs', import.meta.url));
const run = (input: string, ...args: string[]) => spawnSync(process.execPath, [script, '-', ...args], { input, encoding: 'utf8' });

describe('scripts/hash-codewords.mjs', () => {
  it('hashes each line with the given salt, sorted, and prints no codeword', () => {
    const out = run('Operation Tidewater\n\nKESTREL\nkestrel\n', '--salt', 'dft-civil-post-2026');
    expect(out.status).toBe(0);
    const { codewordHashes } = JSON.parse(out.stdout) as { codewordHashes: { salt: string; hashes: string[] } };
    expect(codewordHashes.salt).toBe('dft-civil-post-2026');
    expect(codewordHashes.hashes).toEqual([hashCodeword('Operation Tidewater', 'dft-civil-post-2026'), hashCodeword('KESTREL', 'dft-civil-post-2026')].sort());
    expect(out.stdout + out.stderr).not.toMatch(/tidewater|kestrel/i);
  });

  it('makes a random salt when none is given', () => {
    const a = JSON.parse(run('KESTREL\n').stdout).codewordHashes.salt as string;
    const b = JSON.parse(run('KESTREL\n').stdout).codewordHashes.salt as string;
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  it('refuses phrases the matcher cannot find, naming the line', () => {
    const long = run('KESTREL\nthe quick brown fox jumps\n');
    expect(long.status).toBe(2);
    expect(long.stderr).toMatch(/line 2: .* has 5 words; hashed codewords may have at most 4/);
    expect(run('ab\n').stderr).toMatch(/line 1: .*too short/);
  });
});
