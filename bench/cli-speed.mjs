// Benchmark: rows per second when the built command line checks a 10,000-row content calendar, run as a user runs it.
// Run with `npm run bench` (it builds dist/lib first). Prints figures; it passes or fails nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'civil-post.mjs');
const ROWS = 10_000;

// A week's calendar, many times over: short and long posts, quoted commas, line breaks, some that need fixing.
const TEMPLATES = [
  'Our new guidance on school admissions is out today: https://www.gov.uk/school-admissions #SchoolAdmissions',
  'Thanks for getting in touch about your claim. We know waiting is frustrating, and we are sorry for the delay.\nYou can check progress online at gov.uk/check-claim.',
  'Delighted to announce a world-leading, game-changing scheme for apprentices! 🚀🚀🚀 #GreatNews',
  'Applications for the 2025 grant round close on Friday 14 March at 5pm. Read the "eligibility" criteria before you apply.',
  'TOP SECRET: briefing for Monday',
  'Call 0300 123 4567 if your claim is late, or write to us at the address on your letter.',
  'Minister for Schools visited Hartley Primary today to see the new reading programme in action.',
  'You idiots clearly never read the guidance before complaining.',
];
const NETWORKS = ['X', 'Facebook', 'LinkedIn', 'Instagram'];
const rows = Array.from({ length: ROWS }, (_, i) => [String(i + 1), `2025-01-${String((i % 28) + 1).padStart(2, '0')} 09:00`, `${TEMPLATES[i % TEMPLATES.length]} (${i + 1})`, NETWORKS[i % NETWORKS.length]]);
const csv = Papa.unparse([['ID', 'Date', 'Message', 'Network'], ...rows], { newline: '\r\n' });

const dir = mkdtempSync(join(tmpdir(), 'civil-post-bench-'));
const file = join(dir, 'calendar.csv');
writeFileSync(file, `\uFEFF${csv}\r\n`);

const run = (args) => {
  const t0 = performance.now();
  const out = spawnSync(process.execPath, [CLI, 'check', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - t0;
  if (out.status !== 1 && out.status !== 0) throw new Error(`civil-post exited ${out.status}: ${out.stderr}`);
  return { ms, bytes: out.stdout.length };
};

try {
  console.log(`cli: ${ROWS.toLocaleString('en-GB')}-row calendar, ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KiB, checked by a fresh \`civil-post check\` process each time`);
  for (const [label, args] of [
    ['--format csv', ['--format', 'csv']],
    ['--format jsonl', ['--format', 'jsonl']],
  ]) {
    const { ms, bytes } = run(args);
    console.log(`cli ${label.padEnd(15)} ${(ROWS / (ms / 1000)).toFixed(0).padStart(6)} rows/s (${(ms / 1000).toFixed(2)} s for ${ROWS.toLocaleString('en-GB')} rows, start-up included; ${(bytes / 1024).toFixed(0)} KiB written)`);
  }
  // The same posts through the core alone, in this process: what is left is the command line's own cost.
  const { checkPost } = await import('../dist/lib/index.js');
  const platforms = { X: 'x', Facebook: 'facebook', LinkedIn: 'linkedin' };
  const posts = rows.map(([, , text, network]) => ({ text, ...(platforms[network] ? { platform: platforms[network] } : {}), settings: {} }));
  for (const post of posts.slice(0, 500)) checkPost(post);
  const t0 = performance.now();
  for (const post of posts) checkPost(post);
  const coreMs = performance.now() - t0;
  console.log(`core alone (checkPost, warm)  ${(ROWS / (coreMs / 1000)).toFixed(0).padStart(6)} rows/s (${(coreMs / 1000).toFixed(2)} s)`);
  // Wall-clock figures: on a shared machine they move with the load, so say what it was.
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
