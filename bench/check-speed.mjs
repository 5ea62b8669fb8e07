// Benchmark of the core in one Node process: every rule on (official and personal) against alex and write-good, typing, cold after GC, worst cases.
// Run with `npm run bench` (it builds dist/lib first and passes --expose-gc). Prints figures and the targets; it passes or fails nothing.
// `npm run bench -- --rules` adds each rule's share; `-- --quick` runs fewer rounds (for a smoke test).
import { createRequire } from 'node:module';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadWorstCases, timeWorstCases } from './worst-cases.mjs';
import { POSTS } from './posts.mjs';

const require = createRequire(import.meta.url);
const { check, RULES } = await import('../dist/lib/index.js');
const { text: alexText } = await import('alex');
const writeGood = require('write-good');

const quick = process.argv.includes('--quick');
const gc = globalThis.gc;
if (!gc) console.log('(run with --expose-gc for the cold-after-GC figures: npm run bench does)');

const SIZES = [280, 1300, 20000];
const ROUNDS = { 280: quick ? 60 : 400, 1300: quick ? 40 : 200, 20000: quick ? 8 : 40 };
const WARM_UP = { 280: 50, 1300: 30, 20000: 6 };
const settings = { department: 'Department for Work and Pensions', handles: ['@DWP', 'DWP'], codewords: ['KESTREL', 'Red-Kite'], allowlist: ['Jobcentre Plus'] };
const replyTo = 'Why is my claim STILL not sorted?? Useless lot.';

/** The contenders, each a function of the text; ours runs the whole catalogue through the public API. */
const TOOLS = {
  'core (official)': (text) => check({ text, platform: 'x', account: 'official', replyTo, settings }),
  'core (personal)': (text) => check({ text, platform: 'linkedin', account: 'personal', settings }),
  alex: (text) => alexText(text),
  'write-good': (text) => writeGood(text),
};
const names = Object.keys(TOOLS);

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))];
const ms = (x) => (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const sortNum = (a) => [...a].sort((x, y) => x - y);

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`rules: ${RULES.length}; posts: ${SIZES.map((n) => `${POSTS[n].length}`).join(' / ')} characters`);

// 1. Side by side: every round runs each tool once on the same post, in an order rotated every round.
const samples = Object.fromEntries(SIZES.map((n) => [n, Object.fromEntries(names.map((t) => [t, []]))]));
for (const n of SIZES) {
  const text = POSTS[n];
  for (let round = -WARM_UP[n]; round < ROUNDS[n]; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + Math.max(round, 0)) % names.length];
      const t0 = performance.now();
      TOOLS[name](text);
      const dt = performance.now() - t0;
      if (round >= 0) samples[n][name].push(dt);
    }
  }
}
const stats = {};
console.log('\nside by side (ms per check; median / p95)');
console.log(`  ${'size'.padEnd(7)} ${names.map((t) => t.padStart(20)).join('')}   ${'core/alex'.padStart(10)} ${'core/w-g'.padStart(9)}`);
for (const n of SIZES) {
  stats[n] = {};
  for (const t of names) {
    const s = sortNum(samples[n][t]);
    stats[n][t] = { median: pct(s, 0.5), p95: pct(s, 0.95) };
  }
  const core = Math.max(stats[n]['core (official)'].median, stats[n]['core (personal)'].median);
  const cells = names.map((t) => `${ms(stats[n][t].median)} / ${ms(stats[n][t].p95)}`.padStart(20)).join('');
  console.log(`  ${String(n).padEnd(7)} ${cells}   ${(core / stats[n].alex.median).toFixed(3).padStart(10)} ${(core / stats[n]['write-good'].median).toFixed(2).padStart(9)}`);
}
const growth = (t) => stats[20000][t].median / stats[1300][t].median;
console.log(`  growth 20,000 / 1,300 characters (${(POSTS[20000].length / POSTS[1300].length).toFixed(1)}× the length): ${names.map((t) => `${t} ${growth(t).toFixed(1)}×`).join(', ')}`);

// 2. Typing: every prefix of the 1,300-character post, as the content script sees it while someone types.
const typing = [];
const post = POSTS[1300];
for (let i = 1; i <= post.length; i++) {
  const t0 = performance.now();
  TOOLS['core (official)'](post.slice(0, i));
  typing.push(performance.now() - t0);
}
const ts = sortNum(typing);
console.log(`\ntyping the 1,300-character post (${ts.length} prefixes, official): median ${ms(pct(ts, 0.5))} ms, p95 ${ms(pct(ts, 0.95))} ms, max ${ms(ts[ts.length - 1])} ms`);

// 3. Cold after two forced GCs: V8 may drop compiled regular expressions at a major GC; the first check pays.
let coldRatio;
if (gc) {
  const cold = [];
  const text = POSTS[1300];
  for (let i = 0; i < (quick ? 5 : 15); i++) {
    gc();
    gc();
    const t0 = performance.now();
    TOOLS['core (official)'](text);
    cold.push(performance.now() - t0);
  }
  const warm = stats[1300]['core (official)'].median;
  const cs = sortNum(cold);
  coldRatio = pct(cs, 0.5) / warm;
  console.log(`first check after two forced GCs (1,300 characters, official, ${cs.length} tries): median ${ms(pct(cs, 0.5))} ms, max ${ms(cs[cs.length - 1])} ms = ${(pct(cs, 0.5) / warm).toFixed(1)}× warm (${ms(warm)} ms)`);
  // Which rules pay most after a GC: each rule alone, first run after two GCs, less the engine alone.
  const ids = RULES.map((r) => r.id);
  const alone = (id) => ({ text, platform: 'x', account: 'official', replyTo, settings: { ...settings, disabledRules: ids.filter((o) => o !== id) } });
  const coldOf = (p) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      gc();
      gc();
      const t0 = performance.now();
      check(p);
      runs.push(performance.now() - t0);
    }
    return sortNum(runs)[1];
  };
  const engine = coldOf({ text, settings: { disabledRules: ids } });
  const rows = ids.map((id) => [id, coldOf(alone(id)) - engine]).sort((a, b) => b[1] - a[1]);
  console.log(`  cold cost by rule (top 6, engine alone ${ms(engine)} ms): ${rows.slice(0, 6).map(([id, x]) => `${id} ${ms(x)} ms`).join(', ')}`);
}

// 4. The slowest crafted worst-case input, whole catalogue on.
const worstCases = await loadWorstCases();
const worst = [25_000, 100_000].map((n) => timeWorstCases(check, worstCases, n)[0]);
console.log(`\nslowest crafted worst-case input, every rule on: ${worst.map((w) => `${w.n.toLocaleString('en-GB')} characters ${ms(w.ms)} ms (${w.name})`).join('; ')}`);

// 5. Targets (issue 12), as ratios so they hold on any machine.
const worstCore = (n) => Math.max(stats[n]['core (official)'].median, stats[n]['core (personal)'].median);
const coreGrowth = Math.max(growth('core (official)'), growth('core (personal)'));
console.log('\ntargets');
for (const n of SIZES) console.log(`  ≤ 0.05 of alex at ${n}: ${(worstCore(n) / stats[n].alex.median).toFixed(3)} ${worstCore(n) / stats[n].alex.median <= 0.05 ? 'met' : 'MISSED'}`);
for (const n of [1300, 20000]) console.log(`  ≤ write-good at ${n}: ${(worstCore(n) / stats[n]['write-good'].median).toFixed(2)}× ${worstCore(n) <= stats[n]['write-good'].median ? 'met' : 'MISSED'}`);
console.log(`  growth ≤ 15× for 15.4× the length: ${coreGrowth.toFixed(1)}× ${coreGrowth <= 15 ? 'met' : 'MISSED'}`);
if (coldRatio !== undefined) console.log(`  cold after two GCs ≤ 2× warm: ${coldRatio.toFixed(1)}× ${coldRatio <= 2 ? 'met' : 'MISSED'}`);

// Per rule (`--rules`): each rule alone, slowest first, to see where the time goes.
if (process.argv.includes('--rules')) {
  const ids = RULES.map((r) => r.id);
  const text = POSTS[1300];
  const timeAlone = (s) => {
    const runs = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      check({ text, platform: 'x', account: 'official', replyTo, settings: s });
      runs.push(performance.now() - t0);
    }
    return sortNum(runs.slice(50))[125];
  };
  const empty = timeAlone({ disabledRules: ids });
  const rows = ids.map((id) => [id, timeAlone({ ...settings, disabledRules: ids.filter((o) => o !== id) }) - empty]);
  console.log(`\nengine alone (all rules off), 1,300 characters: ${(empty * 1000).toFixed(1)} µs`);
  for (const [id, t] of rows.sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(34)} ${(t * 1000).toFixed(1).padStart(8)} µs`);
}
