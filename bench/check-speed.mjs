// Benchmark: how long the whole rule catalogue takes on a 1,300-character post, and how much memory it holds.
// Run with `npm run bench` (it builds dist/lib first). Prints figures; it passes or fails nothing.
import { performance } from 'node:perf_hooks';

const { check, RULES } = await import('../dist/lib/index.js');

const paragraph =
  'Thanks for getting in touch about your claim. We know waiting is frustrating and we are sorry for the delay. ' +
  'You can check progress online at gov.uk/check-claim, or call 0300 123 4567 (Monday to Friday, 8am to 6pm). ' +
  'The new service went live this week after testing with 2,000 users across the country. ';
const text = paragraph.repeat(6).slice(0, 1300);
const posts = [
  { text, platform: 'x', account: 'official', replyTo: 'Why is my claim STILL not sorted?? Useless lot.' },
  { text, platform: 'linkedin', account: 'personal', settings: { department: 'Department for Work and Pensions', codewords: ['KESTREL'] } },
];

const time = (post, n) => {
  const samples = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    check(post);
    samples[i] = performance.now() - t0;
  }
  return [...samples].sort((a, b) => a - b);
};

const heapBefore = process.memoryUsage().heapUsed;
for (const post of posts) time(post, 300); // warm up the JIT and lazily built matchers
console.log(`rules: ${RULES.length}; post length: ${text.length} characters`);
for (const post of posts) {
  const s = time(post, 3000);
  const pct = (p) => (s[Math.floor(p * (s.length - 1))] * 1000).toFixed(1);
  console.log(`${post.platform}/${post.account}: median ${pct(0.5)} µs, p95 ${pct(0.95)} µs, max ${pct(1)} µs per check (${s.length} runs)`);
}
global.gc?.();
const mem = process.memoryUsage();
console.log(`heap used after runs: ${(mem.heapUsed / 1048576).toFixed(1)} MiB (grew ${((mem.heapUsed - heapBefore) / 1048576).toFixed(1)} MiB); rss ${(mem.rss / 1048576).toFixed(1)} MiB`);

// Per rule (`--rules`): each rule alone, slowest first, to see where the time goes.
if (process.argv.includes('--rules')) {
  const ids = RULES.map((r) => r.id);
  const rows = ids.map((id) => {
    const post = { ...posts[0], settings: { disabledRules: ids.filter((other) => other !== id) } };
    time(post, 100);
    const s = time(post, 1000);
    return [id, s[Math.floor(s.length / 2)] * 1000];
  });
  const empty = time({ ...posts[0], settings: { disabledRules: ids } }, 1000)[500] * 1000;
  console.log(`engine alone (all rules off): ${empty.toFixed(1)} µs`);
  for (const [id, us] of rows.sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(34)} ${(us - empty).toFixed(1).padStart(7)} µs`);
}
