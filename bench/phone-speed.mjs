// Times the phone-number rule alone on a 280-character post with two numbers and a 20,000-character paste full of them.
// `node bench/phone-speed.mjs [--rounds N]` loads the rule from src through vite's module runner; it prints figures and passes or fails nothing.
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = async (path) => (await runnerImport(path, { root: ROOT, configFile: false, logLevel: 'silent' })).module;
const { default: rule } = await load('/src/core/rules/confidentiality/phone-number.ts');
const { createContext } = await load('/src/core/context.ts');
const { defaultSettings } = await load('/src/core/settings.ts');

const argRounds = process.argv.indexOf('--rounds');
const ROUNDS = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 2000;

/** A deterministic stream of numbers in the shapes people write, from the ranges a paste of contacts holds. */
function* numbers() {
  const shapes = [
    (d) => `07${d.slice(0, 3)} ${d.slice(3, 9)}`,
    (d) => `+44 7${d.slice(0, 3)} ${d.slice(3, 9)}`,
    (d) => `020 7${d.slice(0, 3)} ${d.slice(3, 7)}`,
    (d) => `+44 (0)161 ${d.slice(0, 3)} ${d.slice(3, 7)}`,
    (d) => `0044 113 ${d.slice(0, 3)} ${d.slice(3, 7)}`,
    (d) => `(0131) ${d.slice(0, 3)} ${d.slice(3, 7)}`,
    (d) => `07${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)}`,
    (d) => `0300 ${d.slice(0, 3)} ${d.slice(3, 7)}`,
    (d) => `+353 87 ${d.slice(0, 3)} ${d.slice(3, 7)}`,
  ];
  let seed = 12345;
  for (let i = 0; ; i++) {
    let digits = '';
    for (let k = 0; k < 9; k++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      digits += String(seed % 10);
    }
    yield shapes[i % shapes.length](digits);
  }
}

function paste(length) {
  const people = ['Amal Hussain', 'Dave Price', 'Jane Doe', 'Mr Patel', 'Siobhan Kelly', 'Tom Evans'];
  const gen = numbers();
  let out = '';
  for (let i = 0; out.length < length; i++) {
    const who = people[i % people.length];
    out += `${who}: mobile ${gen.next().value}, office ${gen.next().value}; met at the Leeds event on 3 March, follow up next week.\n`;
  }
  return out.slice(0, length);
}

const POST_280 =
  'Hi Amal, thanks for your message about the claim. We have passed your details to the team and Dave will ring you on ' +
  '07911 123456 this afternoon; if you miss him, his landline is 0161 234 5678. Please do not share anything else here. ' +
  'Thanks for your patience, and sorry again for the wait.';
const POSTS = { 280: POST_280.slice(0, 280), 20000: paste(20000) };

const settings = { ...defaultSettings(), account: 'personal' };
const run = (text) => rule.check(createContext(text, text.length, 'personal', 'x', '', settings));
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))];

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}; Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const [size, text] of Object.entries(POSTS)) {
  const rounds = size === '280' ? ROUNDS : Math.max(20, Math.round(ROUNDS / 10));
  for (let i = 0; i < Math.max(50, rounds / 10); i++) run(text);
  const times = [];
  let hits = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    hits = run(text).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`phone-number rule, ${text.length} characters (${hits} numbers flagged): median ${(pct(times, 0.5) * 1000).toFixed(1)} µs, p95 ${(pct(times, 0.95) * 1000).toFixed(1)} µs over ${rounds} checks`);
}
