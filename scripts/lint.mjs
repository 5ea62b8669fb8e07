#!/usr/bin/env node
// Project rules the compiler alone doesn't enforce: a pure core (no DOM, no imports from outside it, no matchAll) and a purpose line atop every file.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['src', 'e2e', 'scripts', 'bin', 'bench'];
const SKIP_DIRS = new Set(['node_modules', '.output', 'dist']);
const CODE = /\.(ts|tsx|mts|mjs|js)$/;
const problems = [];

function walk(dir) {
  let entries = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? (SKIP_DIRS.has(e.name) ? [] : walk(join(dir, e.name))) : [join(dir, e.name)]));
}

const files = [...DIRS.flatMap((d) => walk(join(ROOT, d))), join(ROOT, 'vite.config.ts')].filter((f) => /\.(ts|tsx|mts|mjs|cjs|js|css|html)$/.test(f));

// 1. Every file says what it is for in its first line.
for (const file of files) {
  const rel = relative(ROOT, file);
  const lines = readFileSync(file, 'utf8').split('\n');
  const head = lines[0]?.startsWith('#!') || lines[0]?.startsWith('<!doctype') || lines[0]?.startsWith('<!DOCTYPE') ? lines[1] : lines[0];
  const ok = rel.endsWith('.html') ? /^\s*<!--\s*\S/.test(head ?? '') : rel.endsWith('.css') ? /^\/\*\s*\S/.test(head ?? '') : /^(\/\/|\/\*\*?)\s*\S/.test(head ?? '');
  if (!ok) problems.push(`${rel}:1 starts without a one-line comment saying what the file is for`);
}

// 2. The core stays pure: no DOM lookups, and no imports that leave src/core (it also runs in Node, in the CLI).
const coreDir = join(ROOT, 'src', 'core');
for (const file of files.filter((f) => f.startsWith(coreDir + '/') && CODE.test(f))) {
  const rel = relative(ROOT, file);
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (/\bquerySelector(All)?\b/.test(line)) problems.push(`${rel}:${i + 1} uses querySelector: src/core must not touch the DOM`);
    // matchAll runs a copy of the expression, compiled afresh after every major GC (src/core/text/matches.ts).
    if (!rel.endsWith('.test.ts') && !rel.endsWith('text/matches.ts') && /\.matchAll\(/.test(line)) problems.push(`${rel}:${i + 1} uses matchAll: use allMatches from src/core/text/matches.ts`);
    for (const [, spec] of line.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)) {
      if (spec?.startsWith('.') && !resolve(dirname(file), spec).startsWith(coreDir)) problems.push(`${rel}:${i + 1} imports ${spec}, outside src/core`);
    }
  });
}

// 3. ...and type-checks without the DOM library, so any DOM global (document, window, Range, CSS...) is an error.
const tsc = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(ROOT, 'scripts', 'tsconfig.core.json')], { encoding: 'utf8' });
if (tsc.status !== 0) {
  const out = `${tsc.stdout}${tsc.stderr}`.trim() || `tsc exited with ${tsc.status}`;
  for (const line of out.split('\n').filter((l) => l.includes('error'))) problems.push(`src/core without the DOM: ${line}`);
  if (!out.includes('error')) problems.push(`src/core without the DOM: ${out}`);
}

for (const p of problems) console.error(p);
console.log(`lint: ${files.length} files checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
