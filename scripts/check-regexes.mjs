#!/usr/bin/env node
// Static ReDoS check: every regular expression the core compiles (literals in src/core, and every RegExp built while importing and running it) must be linear, or `npm test` fails.
//
// How: the RegExp constructor is wrapped while vite's module runner imports src/core/index.ts and runs a few
// checks with user terms set (so phrase lists, codewords, allow-list and department patterns are built too);
// the core's sources are parsed for regex literals. Each distinct pattern is analysed by recheck (a maintained
// ReDoS checker: automata theory where it can, seeded fuzzing otherwise), with a fixed seed; verdicts
// are cached in node_modules/.cache keyed by recheck's version and the pattern, so only new patterns cost time.
//
// A fresh clone has no cache and a full analysis takes most of an hour on two cores, so verdicts for the current
// patterns are also kept in scripts/regex-verdicts.json (read, never written, by a normal run); refresh it with
// --write-verdicts after changing patterns, so CI analyses only what changed since.
//
// Usage: node scripts/check-regexes.mjs [--json FILE] [--no-cache] [--write-verdicts]
// Exit: 0 when every pattern of ours is linear; 1 otherwise (each offender is printed with its file and an attack).

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const useCache = !args.includes('--no-cache');
const writeVerdicts = args.includes('--write-verdicts');
const VERDICTS_FILE = join(ROOT, 'scripts/regex-verdicts.json');

// recheck's native binary ships in an optional per-platform package; without it recheck runs its (slower) JS build.
process.env.RECHECK_BACKEND ??= 'auto';
const { check: recheck } = await import('recheck');
const recheckVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')).version;
const { runnerImport, parseSync } = await import('vite');

/**
 * recheck's defaults with a fixed seed and a longer overall limit. Its step limits and sub-timeouts stay at their
 * defaults: lowering them lets real polynomial patterns pass (tried), and without the sub-timeouts one pattern can
 * take minutes on a busy two-core machine. A pattern that still runs out of time is reported "unknown" and fails.
 */
const PARAMS = { randomSeed: 20260401, timeout: 60_000 };

// 1. Patterns built at run time: wrap the constructor, import the core, and run it with every kind of user term.
const built = [];
const NativeRegExp = globalThis.RegExp;
const IGNORED_FRAMES = /node_modules\/(?:vite|rolldown|picomatch|recheck)\/|node:internal|check-regexes\.mjs/;
function origin() {
  const frames = (new Error().stack ?? '').split('\n').slice(3);
  const frame = frames.find((l) => /\/src\/|node_modules\//.test(l) && !IGNORED_FRAMES.test(l));
  if (!frame) return undefined;
  const m = /\(?((?:file:\/\/)?\/[^():]+):(\d+):\d+\)?\s*$/.exec(frame);
  return m ? `${relative(ROOT, m[1].replace(/^file:\/\//, ''))}:${m[2]}` : frame.trim();
}
function record(re) {
  const where = origin();
  if (where) built.push({ source: re.source, flags: re.flags, where, kind: 'built' });
  return re;
}
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct: (target, argv, newTarget) => record(Reflect.construct(target, argv, newTarget === globalThis.RegExp ? target : newTarget)),
  apply: (target, self, argv) => record(Reflect.apply(target, self, argv)),
});
let core;
try {
  ({ module: core } = await runnerImport('/src/core/index.ts', { root: ROOT, configFile: false, logLevel: 'silent' }));
  const text = 'Hello KESTREL, the Red-Kite brief from @DfT and the Department for Transport on road safety. "Quoted" 07700 900123.';
  const userTerms = {
    codewords: ['KESTREL', 'Red-Kite', 'a\\-b', 'Project (Blue)', '_ _ _', 'x+y'],
    allowlist: ['gov.uk', 'a - - b', 'road safety', '*'],
    department: 'Department for Transport',
    handles: ['@transportgovuk', 'DfT', 'DVSA'],
  };
  for (const account of ['official', 'personal']) {
    core.check({ text, platform: 'x', account, replyTo: 'You lot are useless idiots', settings: userTerms });
  }
} finally {
  globalThis.RegExp = NativeRegExp;
}

// 2. Literals written in the core's sources (tests excluded: they never see a user's text).
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const literals = [];
for (const file of walk(join(ROOT, 'src/core')).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|\/testing\/|\/robustness\//.test(f))) {
  const source = readFileSync(file, 'utf8');
  const { program, errors } = parseSync(file, source, { lang: 'ts' });
  if (errors.length) throw new Error(`${relative(ROOT, file)} does not parse: ${errors[0].message}`);
  const lineOf = (offset) => source.slice(0, offset).split('\n').length;
  (function visit(node) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'Literal' && node.regex) {
      literals.push({ source: node.regex.pattern, flags: node.regex.flags, where: `${relative(ROOT, file)}:${lineOf(node.start)}`, kind: 'literal' });
    }
    for (const key of Object.keys(node)) if (key !== 'parent') visit(node[key]);
  })(program);
}

// 3. One analysis per distinct pattern (the g and y flags change where matching starts, not its cost per attempt).
const unique = new Map();
for (const r of [...literals, ...built]) {
  const flags = r.flags.replace(/[gyd]/g, '');
  const key = `${flags}/${r.source}`;
  const entry = unique.get(key) ?? { source: r.source, flags, where: [], ours: false };
  if (!entry.where.includes(r.where)) entry.where.push(r.where);
  entry.ours ||= r.where.startsWith('src/');
  unique.set(key, entry);
}

const cacheFile = join(ROOT, 'node_modules/.cache/civil-post/regex-check.json');
let cache = {};
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
};
if (useCache) cache = { ...readJson(VERDICTS_FILE).verdicts, ...readJson(cacheFile) };
const paramsKey = JSON.stringify({ recheckVersion, PARAMS });
function saveCache() {
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(cache));
}
const cacheKey = (e) => createHash('sha256').update(`${paramsKey}\u0000${e.flags}\u0000${e.source}`).digest('hex');

// A pattern with no quantifier at all does a bounded amount of work per start position: linear by construction.
const hasQuantifier = (source) => /(?<!\\)(?:\\\\)*[*+?{]/.test(source.replace(/\[(?:\\.|[^\]\\])*\]/g, ''));

const started = performance.now();
let analysed = 0;
for (const entry of unique.values()) {
  if (!hasQuantifier(entry.source)) {
    entry.status = 'safe';
    entry.complexity = 'no quantifier';
    continue;
  }
  const key = cacheKey(entry);
  let verdict = cache[key];
  if (!verdict) {
    const result = await recheck(entry.source, entry.flags, PARAMS);
    verdict = {
      status: result.status,
      complexity: result.complexity?.summary ?? result.error?.kind ?? '',
      attack: result.attack?.pattern,
      checker: result.checker,
    };
    analysed++;
    // Only definite verdicts are kept: a timeout or an error is tried again next time.
    if (verdict.status === 'safe' || verdict.status === 'vulnerable') {
      cache[key] = verdict;
      if (useCache) saveCache();
    }
  }
  Object.assign(entry, verdict);
}

// 4. recheck's fuzzer measures steps in its own backtracking VM; V8's irregexp (Chrome, Node, and Firefox's engine
// too) has optimisations that VM lacks, so a "vulnerable" verdict is replayed here: the attack string at half and at
// a quarter of its size, timed with the real engine. Super-linear growth there confirms it.
const ATTACK_EXPRESSION = /^(?:'(?:\\.|[^'\\])*'(?:\.repeat\(\d+\))?(?: \+ )?)+$/;
function replay(entry) {
  if (!entry.attack || !ATTACK_EXPRESSION.test(entry.attack)) return undefined;
  const build = (factor) =>
    // The expression is recheck's own output, checked above to be only quoted strings, .repeat(n) and +.
    new Function(`return ${entry.attack.replace(/\.repeat\((\d+)\)/g, (_, n) => `.repeat(${Math.max(1, Math.round(Number(n) * factor))})`)}`)();
  const time = (input) => {
    const re = new NativeRegExp(entry.source, `${entry.flags}g`);
    const started = performance.now();
    for (const _ of input.matchAll(re));
    return performance.now() - started;
  };
  const small = time(build(0.25));
  const large = time(build(0.5));
  return { small, large, confirmed: large > 50 && large / Math.max(small, 0.01) > 2.8 };
}

// 5. Report. Ours must all be safe; libraries' findings are listed so they are known and guarded by input size.
const all = [...unique.values()];
const ours = all.filter((e) => e.ours);
const libraries = all.filter((e) => !e.ours);
const bad = (e) => e.status !== 'safe' && e.status !== 'not reproduced';
const show = (e) =>
  `  ${e.status} (${e.complexity})  ${e.where.slice(0, 3).join(', ')}${e.where.length > 3 ? ` and ${e.where.length - 3} more` : ''}\n` +
  `    /${e.source.length > 240 ? `${e.source.slice(0, 240)}…` : e.source}/${e.flags}  [${e.source.length} chars]\n` +
  (e.attack ? `    attack: ${e.attack.length > 160 ? `${e.attack.slice(0, 160)}…` : e.attack}${e.replay ? `; ${e.replay}` : ''}\n` : '');

for (const e of all.filter((x) => x.status === 'vulnerable')) {
  const r = replay(e);
  if (!r) continue;
  e.replay = `V8: ${r.small.toFixed(1)} ms at a quarter of the attack, ${r.large.toFixed(1)} ms at half`;
  // Only a verdict V8 cannot reproduce is set aside; one without an attack to replay still counts.
  if (!r.confirmed) e.status = 'not reproduced';
}
const notReproduced = all.filter((e) => e.status === 'not reproduced');
const oursBad = ours.filter(bad);
const libBad = libraries.filter(bad);
if (libBad.length) {
  console.log(`Library patterns the core runs that recheck does not call linear (${libBad.length}; not ours to change, so the worst-case suite times the rules that call them):`);
  for (const e of libBad) console.log(show(e));
}
if (oursBad.length) {
  console.log(`Super-linear or unproven patterns in src/core (${oursBad.length}):`);
  for (const e of oursBad) console.log(show(e));
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(all, null, 1));
if (writeVerdicts) {
  const kept = Object.fromEntries(all.filter((e) => e.complexity !== 'no quantifier' && cache[cacheKey(e)]).map((e) => [cacheKey(e), cache[cacheKey(e)]]));
  const sorted = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(VERDICTS_FILE, `${JSON.stringify({ '//': 'recheck verdicts for the current patterns, keyed by sha256 of recheck version, parameters, flags and source; written by npm run check:regex -- --write-verdicts', verdicts: sorted }, null, 1)}\n`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `regex check: ${all.length} distinct patterns (${literals.length} literals and ${built.length} built at run time in src/core and its libraries); ` +
    `${ours.length} ours, ${oursBad.length} flagged; ${libraries.length} in libraries, ${libBad.length} flagged; ` +
    `${notReproduced.length} more called polynomial by recheck's fuzzer but linear when replayed in V8 (listed with --json); ${analysed} analysed now, the rest cached (${seconds} s)`,
);
process.exit(oursBad.length ? 1 : 0);
