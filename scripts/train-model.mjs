#!/usr/bin/env node
// Trains the learned classifier (one logistic regression per category) on the tuning corpus and writes src/core/data/model.json.
//
//   node scripts/train-model.mjs            train on every tuning post, write the model
//   node scripts/train-model.mjs --cv       leave-one-writer-out: train on all writers but one, score the one left out,
//                                           for the rules alone, the model alone and both; writes nothing
// Needs `npm run build:lib` first (it reads the features through dist/lib, the same code the extension runs).
// The locked split (eval/locked) is never read here.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['tone', 'identity', 'confidentiality', 'impartiality', 'legal', 'engagement'];
const LEARNED = CATEGORIES.map((c) => `learned-${c}`);

const { values } = parseArgs({
  options: {
    cv: { type: 'boolean', default: false },
    epochs: { type: 'string', default: '30' },
    l2: { type: 'string', default: '0.0005' },
    keep: { type: 'string', default: '700' },
    threshold: { type: 'string' },
    sample: { type: 'boolean', default: false },
    feats: { type: 'string', default: 'u,o,p,b,ctx,r' },
  },
});
const EPOCHS = Number(values.epochs);
const L2 = Number(values.l2);
const KEEP = Number(values.keep);

const { featuresOf, check } = await import(join(ROOT, 'dist/lib/index.js'));

const tuneDir = join(ROOT, 'eval', 'tune');
const posts = readdirSync(tuneDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(join(tuneDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
const writerOf = (p) => p.source ?? String(p.id).split('-')[0];
const FEATS = new Set(values.feats.split(','));
for (const p of posts) {
  p.features = featuresOf({ text: p.text, account: p.account, platform: p.platform, replyTo: p.replyTo, settings: p.settings }).filter((f) => FEATS.has(f.slice(0, f.indexOf(':'))));
}

/** 1 when the post must raise the category, 0 when it must not, null when either is acceptable. */
function label(p, cat) {
  if ((p.expect ?? []).includes(cat)) return 1;
  if ((p.allow ?? []).includes(cat) || (p.anyOf ?? []).includes(cat)) return null;
  return 0;
}

// A small seeded generator, so training is reproducible.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Logistic regression with L2, trained by AdaGrad over binary features. */
function train(examples) {
  const w = new Map();
  const g2 = new Map();
  let bias = 0, gb = 1e-8;
  const rand = rng(7);
  const order = examples.map((_, i) => i);
  const positives = examples.filter((e) => e.y === 1).length;
  // Weight the rarer class up so a category with few examples is still learned.
  const posWeight = positives ? Math.min(4, (examples.length - positives) / positives) : 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { x, y } = examples[i];
      let z = bias;
      for (const f of x) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - y) * (y === 1 ? posWeight : 1);
      for (const f of x) {
        const wf = w.get(f) ?? 0;
        const grad = err + L2 * wf;
        const acc = (g2.get(f) ?? 1e-8) + grad * grad;
        g2.set(f, acc);
        w.set(f, wf - (0.5 * grad) / Math.sqrt(acc));
      }
      gb += err * err;
      bias -= (0.5 * err) / Math.sqrt(gb);
    }
  }
  return { bias, w };
}

function prune({ bias, w }) {
  const kept = [...w.entries()].filter(([, v]) => Math.abs(v) > 0.02).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, KEEP);
  return { bias: Number(bias.toFixed(3)), weights: Object.fromEntries(kept.map(([f, v]) => [f, Number(v.toFixed(3))])) };
}

function prob(model, features) {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function fitCategory(train_, cat) {
  const examples = [];
  for (const p of train_) {
    const y = label(p, cat);
    if (y !== null) examples.push({ x: p.features, y });
  }
  return prune(train(examples));
}

/** Categories the rules alone raise at warning or error. */
function ruleCategories(p) {
  const settings = { ...(p.settings ?? {}), disabledRules: [...(p.settings?.disabledRules ?? []), ...LEARNED] };
  const findings = check({ text: p.text, account: p.account, platform: p.platform, replyTo: p.replyTo, settings });
  return new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.category));
}

function f1Of(rows) {
  const tally = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let clean = 0, fa = 0;
  for (const { p, raised } of rows) {
    const excused = new Set([...(p.allow ?? []), ...(p.anyOf ?? [])]);
    const expect = new Set(p.expect ?? []);
    for (const c of CATEGORIES) {
      if (expect.has(c)) raised.has(c) ? tally[c].tp++ : tally[c].fn++;
      else if (raised.has(c) && !excused.has(c)) tally[c].fp++;
    }
    if (!expect.size && !(p.anyOf ?? []).length) {
      clean++;
      if ([...raised].some((c) => !excused.has(c))) fa++;
    }
  }
  const per = {};
  let sum = 0;
  for (const c of CATEGORIES) {
    const { tp, fp, fn } = tally[c];
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    per[c] = f1;
    sum += f1;
  }
  return { per, macro: sum / CATEGORIES.length, fa: clean ? fa / clean : 0 };
}

const fixed = (x) => x.toFixed(2);

if (values.cv) {
  const writers = [...new Set(posts.map(writerOf))].sort();
  const thresholds = values.threshold ? [Number(values.threshold)] : [0.5, 0.6, 0.7, 0.8, 0.9];
  const rows = { rules: [], ...Object.fromEntries(thresholds.flatMap((t) => [[`model@${t}`, []], [`both@${t}`, []]])) };
  for (const held of writers) {
    const trainSet = posts.filter((p) => writerOf(p) !== held);
    const test = posts.filter((p) => writerOf(p) === held);
    const models = Object.fromEntries(CATEGORIES.map((c) => [c, fitCategory(trainSet, c)]));
    for (const p of test) {
      const rules = ruleCategories(p);
      rows.rules.push({ p, raised: rules });
      for (const t of thresholds) {
        const model = new Set(CATEGORIES.filter((c) => prob(models[c], p.features) >= t));
        rows[`model@${t}`].push({ p, raised: model });
        rows[`both@${t}`].push({ p, raised: new Set([...rules, ...model]) });
      }
    }
  }
  console.log(`leave-one-writer-out over ${writers.join(', ')} (${posts.length} posts)`);
  console.log(`${'system'.padEnd(12)} macro  FA%   ${CATEGORIES.map((c) => c.slice(0, 6).padStart(6)).join(' ')}`);
  for (const [name, r] of Object.entries(rows)) {
    const s = f1Of(r);
    console.log(`${name.padEnd(12)} ${fixed(s.macro)}  ${(s.fa * 100).toFixed(1).padStart(4)}  ${CATEGORIES.map((c) => fixed(s.per[c]).padStart(6)).join(' ')}`);
  }
} else {
  const threshold = Number(values.threshold ?? 0.7);
  const categories = {};
  for (const c of CATEGORIES) categories[c] = { ...fitCategory(posts, c), threshold };
  const model = {
    about: `Logistic regression per category over word, word-pair and context features; trained by scripts/train-model.mjs on ${posts.length} tuning posts.`,
    version: 1,
    categories,
  };
  writeFileSync(join(ROOT, 'src/core/data/model.json'), `${JSON.stringify(model)}\n`);
  const size = JSON.stringify(model).length;
  console.log(`wrote src/core/data/model.json: ${CATEGORIES.map((c) => `${c} ${Object.keys(categories[c].weights).length}`).join(', ')} weights, ${(size / 1024).toFixed(0)} KiB`);
}
