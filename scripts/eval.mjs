#!/usr/bin/env node
// Accuracy per split of the labelled corpus (eval/tune, eval/locked) and the shared sample: per-category precision, recall, F1, macro-F1, false alarms.
//
// Usage: npm run eval [-- --split tune|locked|sample] [--verbose] [--writer t3,t4] [--rules a,b]
//   --verbose prints each wrong post of the TUNE split or the sample only: the locked split is scored, never shown.
//   --without rule-a,rule-b   switches rules off for an ablation.
// Labels follow the shared sample: `expect` must be raised at warning or error, a category neither expected nor
// in `allow`/`anyOf` must not be, and raising any one of `anyOf` counts as a catch.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['tone', 'identity', 'confidentiality', 'impartiality', 'legal', 'engagement'];

const { values } = parseArgs({
  options: {
    split: { type: 'string', multiple: true },
    verbose: { type: 'boolean', default: false },
    writer: { type: 'string' },
    without: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const { check } = await import(join(ROOT, 'dist/lib/index.js'));

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (error) {
        throw new Error(`${file}:${i + 1}: ${error.message}`);
      }
    });
}

function splitFiles(name) {
  if (name === 'sample') {
    const sample = resolve(ROOT, '../shared/eval/sample.jsonl');
    return existsSync(sample) ? [sample] : [];
  }
  const dir = join(ROOT, 'eval', name);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : [];
}

const without = (values.without ?? '').split(',').filter(Boolean);

/** Scores one set of labelled posts; returns the tallies and, for shown splits, the wrong posts. */
export function score(cases, { show }) {
  const tally = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let clean = 0, falseAlarms = 0, flagged = 0, caught = 0;
  const wrongPosts = [];
  for (const c of cases) {
    const settings = { ...(c.settings ?? {}) };
    if (without.length) settings.disabledRules = [...(settings.disabledRules ?? []), ...without];
    const findings = check({ text: c.text, platform: c.platform, account: c.account, replyTo: c.replyTo, settings });
    const raised = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.category));
    const expect = new Set(c.expect ?? []);
    const excused = new Set([...(c.allow ?? []), ...(c.anyOf ?? [])]);
    const wrong = [];
    for (const cat of CATEGORIES) {
      if (expect.has(cat)) {
        if (raised.has(cat)) tally[cat].tp++;
        else (tally[cat].fn++, wrong.push(`missed ${cat}`));
      } else if (raised.has(cat) && !excused.has(cat)) (tally[cat].fp++, wrong.push(`false ${cat}`));
    }
    const wanted = [...expect, ...(c.anyOf ?? [])];
    if (c.anyOf?.length && !c.anyOf.some((cat) => raised.has(cat))) wrong.push(`missed any of ${c.anyOf.join('/')}`);
    if (wanted.length) {
      flagged++;
      if (wanted.some((cat) => raised.has(cat))) caught++;
    } else {
      clean++;
      if ([...raised].some((cat) => CATEGORIES.includes(cat) && !excused.has(cat))) falseAlarms++;
    }
    if (show && wrong.length) {
      const rules = findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${c.text.slice(f.start, f.end).slice(0, 30)}`);
      wrongPosts.push(`${c.id} [${c.account}/${c.platform}${c.replyTo ? '/reply' : ''}] ${wrong.join(', ')}\n    ${c.text.replace(/\n/g, ' ⏎ ')}\n    raised: ${rules.join(' | ') || '-'}${c.why ? `\n    why: ${c.why}` : ''}`);
    }
  }
  let f1sum = 0, f1n = 0;
  const perCategory = {};
  for (const cat of CATEGORIES) {
    const { tp, fp, fn } = tally[cat];
    const p = tp + fp ? tp / (tp + fp) : NaN;
    const r = tp + fn ? tp / (tp + fn) : NaN;
    const f1 = tp ? (2 * p * r) / (p + r) : tp + fp + fn ? 0 : NaN;
    if (tp + fn > 0) (f1sum += f1, f1n++);
    perCategory[cat] = { p, r, f1, tp, fp, fn };
  }
  return { perCategory, macroF1: f1n ? f1sum / f1n : NaN, clean, falseAlarms, flagged, caught, n: cases.length, wrongPosts };
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : ' n/a');

function print(name, result) {
  console.log(`\n== ${name}: ${result.n} posts`);
  console.log('category          precision  recall    F1   (tp/fp/fn)');
  for (const cat of CATEGORIES) {
    const { p, r, f1, tp, fp, fn } = result.perCategory[cat];
    console.log(`${cat.padEnd(16)} ${fmt(p).padStart(9)} ${fmt(r).padStart(7)} ${fmt(f1).padStart(5)}   (${tp}/${fp}/${fn})`);
  }
  const fa = result.clean ? result.falseAlarms / result.clean : 0;
  console.log(`macro-F1 ${fmt(result.macroF1)}  false alarms ${(fa * 100).toFixed(1)} % (${result.falseAlarms}/${result.clean} clean)  caught ${result.caught}/${result.flagged}`);
}

const splits = values.split ?? ['tune', 'locked', 'sample'];
const results = {};
for (const name of splits) {
  const files = splitFiles(name);
  if (!files.length) {
    console.log(`\n== ${name}: no posts (${name === 'sample' ? '../shared/eval/sample.jsonl' : `eval/${name}/*.jsonl`} not found)`);
    continue;
  }
  let cases = files.flatMap(readJsonl);
  if (values.writer) {
    const writers = values.writer.split(',');
    cases = cases.filter((c) => writers.some((w) => c.source === w || String(c.id).startsWith(`${w}-`)));
  }
  const show = values.verbose && name !== 'locked';
  const result = score(cases, { show });
  results[name] = result;
  if (values.json) continue;
  print(name, result);
  if (show) for (const w of result.wrongPosts) console.log(w);
}
if (values.json) {
  console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { macroF1: r.macroF1, falseAlarms: r.falseAlarms, clean: r.clean, perCategory: r.perCategory }]))));
} else if (results.tune && results.locked) {
  console.log(`\ngap tune − locked: macro-F1 ${(results.tune.macroF1 - results.locked.macroF1).toFixed(3)}`);
}
