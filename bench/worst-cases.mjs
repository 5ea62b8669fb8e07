// Times every crafted worst-case input (src/core/robustness/worst-cases.ts) with the whole catalogue on, through the built core.
// `node bench/worst-cases.mjs [--lengths 25000,100000] [--out FILE.jsonl]` prints the slowest families; check-speed.mjs prints its one line.
import { appendFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The crafted inputs, loaded from the core's TypeScript through vite's module runner (they are test data, not shipped). */
export async function loadWorstCases() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport('/src/core/robustness/worst-cases.ts', { root: ROOT, configFile: false, logLevel: 'silent' });
  return module.worstCases;
}

/**
 * One timed check per crafted input at `n` characters (after one short warm-up each), slowest first. The slowest
 * few are timed twice more and keep their fastest run, so one pause of a busy machine does not name the wrong input.
 */
export function timeWorstCases(check, worstCases, n, onRow = () => {}) {
  const posts = worstCases(n).map((c) => ({ name: c.name, post: { text: c.text, platform: 'x', account: 'official', replyTo: c.replyTo, settings: c.settings } }));
  const once = ({ post }) => {
    const t0 = performance.now();
    check(post);
    return performance.now() - t0;
  };
  const rows = posts.map((p) => {
    check({ ...p.post, text: p.post.text.slice(0, 200), replyTo: p.post.replyTo?.slice(0, 200) });
    return { name: p.name, n, length: p.post.text.length + (p.post.replyTo?.length ?? 0), ms: once(p), p };
  });
  rows.sort((a, b) => b.ms - a.ms);
  for (const row of rows.slice(0, 5)) row.ms = Math.min(row.ms, once(row.p), once(row.p));
  rows.sort((a, b) => b.ms - a.ms);
  return rows.map(({ p, ...row }) => (onRow(row), row));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
  const lengths = arg('--lengths', '25000,100000').split(',').map(Number);
  const out = arg('--out', undefined);
  if (out) writeFileSync(out, '');
  const { check } = await import('../dist/lib/index.js');
  const worstCases = await loadWorstCases();
  for (const n of lengths) {
    const rows = timeWorstCases(check, worstCases, n, (row) => out && appendFileSync(out, `${JSON.stringify(row)}\n`));
    console.log(`${n} characters, whole catalogue: slowest of ${rows.length} crafted inputs`);
    for (const r of rows.slice(0, 25)) console.log(`  ${r.ms.toFixed(1).padStart(9)} ms  ${r.name}`);
  }
}
