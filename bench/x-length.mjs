// Time per check of the platform-length rule on X (weighted length) at 280 and 20,000 characters; prints medians and p95.
// Run with `npm run build:lib && node bench/x-length.mjs`; `-- --compare DIR` also times another build of the lib
// (say a copy of dist/lib from before a change), interleaved with this one in the same process.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { POSTS } from './posts.mjs';

const args = process.argv.slice(2);
const compare = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;
const ruleOf = async (dir) => (await import(pathToFileURL(resolve(dir, 'index.js')).href)).RULES.find((r) => r.id === 'platform-length');
const builds = [['dist/lib', await ruleOf('dist/lib')]];
if (compare) builds.push([compare, await ruleOf(compare)]);

// The benchmark's plain prose, and the same length of X's harder text: links of several shapes, emoji sequences, CJK.
const MIXED_PARTS = [
  'Read more at https://www.gov.uk/guidance/flood-alerts?area=york#how 👍🏽 ',
  'or www.nhs.uk/conditions and gov.uk/apply. ',
  '🇬🇧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 👨‍👩‍👧 1️⃣ 日本語のお知らせ, Café au lait. ',
];
const mixed = (length) => {
  let out = '';
  for (let i = 0; out.length < length; i++) out += MIXED_PARTS[i % MIXED_PARTS.length];
  return out.slice(0, length);
};
const CASES = [
  ['prose, 280', POSTS[280]],
  ['prose, 20,000', POSTS[20000]],
  ['links/emoji/CJK, 280', mixed(280)],
  ['links/emoji/CJK, 20,000', mixed(20000)],
];

const ROUNDS = 2000;
const WARM_UP = 200;
const context = (text) => ({ text, fullLength: text.length, platform: 'x' });
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const us = (n) => n.toFixed(1).padStart(7);

console.log(`platform-length on X, ${ROUNDS} checks per build and case after ${WARM_UP} warm-up, builds interleaved (µs per check)`);
for (const [name, text] of CASES) {
  const times = builds.map(() => []);
  for (let i = 0; i < WARM_UP; i++) for (const [, rule] of builds) rule.check(context(text));
  for (let i = 0; i < ROUNDS; i++) {
    builds.forEach(([, rule], b) => {
      const start = performance.now();
      rule.check(context(text));
      times[b].push((performance.now() - start) * 1000);
    });
  }
  builds.forEach(([dir, rule], b) => {
    const sorted = times[b].sort((x, y) => x - y);
    const findings = rule.check(context(text)).length;
    console.log(`  ${name.padEnd(24)} ${dir.padEnd(18)} median ${us(quantile(sorted, 0.5))}  p95 ${us(quantile(sorted, 0.95))}  (${text.length} chars, ${findings} finding)`);
  });
}
