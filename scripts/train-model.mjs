#!/usr/bin/env node
// Trains the learned check (one logistic regression per category) on eval/tune and writes src/core/model/weights.json.
//
//   npm run build:lib && node scripts/train-model.mjs        train on every tuning post, write the weights
//   node scripts/train-model.mjs --choose-thresholds         leave-one-writer-out over HELD_OUT_WRITERS: prints the
//                                                            thresholds that maximise macro-F1 − 2 × false alarms, writes nothing
//
// The features are the ones the extension computes (read through dist/lib, the same code). Training is seeded, so
// the same corpus gives the same file. The locked split (eval/locked) is never read here; score the result with
// `npm run eval`, and the learned rules' share with `--without learned-tone,…` (an ablation).

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['tone', 'identity', 'confidentiality', 'impartiality', 'legal', 'engagement'];
const EPOCHS = 20;
const L2 = 0.0005;
/** Each category's strongest features after a first fit; the union is refitted, so the shipped model is small. */
const KEEP_PER_CATEGORY = 1000;
/** Weights ship as integers over this scale (quantising at 1/8 moved macro-F1 by under 0.002 on every held-out set). */
const SCALE = 8;
/**
 * Per category: raised at `raise` or above; its judgement rules cleared below `clear`. Chosen by leave-one-writer-out
 * over the 25 writers the rules were never tuned on (4,030 posts, out-of-fold probabilities; `--choose-thresholds`),
 * maximising macro-F1 − 2 × false-alarm rate: 0.857 and 2.9 % there, against the rules alone at 0.772 and 6.3 %
 * (before inflections were folded, 0.848 and 2.8 %; 1,200 features per category, 0.862 and 2.9 %, within noise and
 * 1.6 kB over the checker's size budget).
 */
const THRESHOLDS = {
  tone: { raise: 0.97, clear: 0.2 },
  identity: { raise: 0.98, clear: 0.2 },
  confidentiality: { raise: 0.999, clear: 0.02 },
  impartiality: { raise: 0.999, clear: 0.2 },
  legal: { raise: 0.95, clear: 0.005 },
  engagement: { raise: 0.99, clear: 0.1 },
};

/** Writers whose posts the rules were never tuned on before they joined eval/tune (scored only in aggregate until then; t51–t54 were read for rule fixes once they had joined). */
const HELD_OUT_WRITERS = ['l1', 'l2', 't22', 't23', 't24', 't27', 't28', 't29', 't30', 't31', 't32', 't33', 't34', 't36', 't38', 't40', 't42', 't43', 't44', 't46', 't47', 't51', 't52', 't53', 't54'];

const { values: options } = parseArgs({ options: { 'choose-thresholds': { type: 'boolean', default: false } } });
const { featuresOf, check, RULES, encodeWeights } = await import(join(ROOT, 'dist/lib/index.js'));

const tuneDir = join(ROOT, 'eval', 'tune');
const posts = readdirSync(tuneDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(tuneDir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ ...JSON.parse(l), writer: f.replace(/\.jsonl$/, '') })),
  );

const index = new Map();
const names = [];
for (const p of posts) {
  const features = featuresOf({ text: p.text, account: p.account, platform: p.platform, replyTo: p.replyTo, settings: p.settings });
  p.x = features.map((f) => index.get(f) ?? (index.set(f, names.length), names.push(f), names.length - 1));
}

/** 1 when the post must raise the category, 0 when it must not, null when either is acceptable. */
function label(p, cat) {
  if ((p.expect ?? []).includes(cat)) return 1;
  if ((p.allow ?? []).includes(cat) || (p.anyOf ?? []).includes(cat)) return null;
  return 0;
}

/**
 * The refit averages runs over these visiting orders: one order's luck moves a rare feature's weight a lot
 * (leave-one-writer-out over 17 writers: one seed 0.853 and 3.1 % false alarms, three 0.859 and 2.6 %).
 */
const SEEDS = [7, 11, 13];

/** The average of `fitOnce` over SEEDS. */
function fitAveraged(trainSet, cat, mask) {
  const runs = SEEDS.map((seed) => fitOnce(trainSet, cat, mask, seed));
  const w = new Float64Array(names.length);
  for (const run of runs) for (let i = 0; i < w.length; i++) w[i] += run.w[i] / runs.length;
  return { bias: runs.reduce((sum, run) => sum + run.bias, 0) / runs.length, w };
}

/** Logistic regression with L2, trained by AdaGrad over binary features, visiting posts in a seeded order. */
function fitOnce(trainSet, cat, mask, firstSeed = 7) {
  const examples = [];
  for (const p of trainSet) {
    const y = label(p, cat);
    if (y !== null) examples.push({ x: mask ? p.x.filter((f) => mask.has(f)) : p.x, y });
  }
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  let bias = 0, gb = 1e-8, seed = firstSeed;
  const positives = examples.filter((e) => e.y === 1).length;
  // The rarer class is weighted up (at most 4×), so a category with few examples is still learned.
  const posWeight = positives ? Math.min(4, (examples.length - positives) / positives) : 1;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      const j = Math.floor((seed / 2 ** 32) * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { x, y } = examples[i];
      let z = bias;
      for (const f of x) z += w[f];
      const err = (1 / (1 + Math.exp(-z)) - y) * (y === 1 ? posWeight : 1);
      for (const f of x) {
        const grad = err + L2 * w[f];
        g2[f] += grad * grad;
        w[f] -= (0.5 * grad) / Math.sqrt(g2[f]);
      }
      gb += err * err;
      bias -= (0.5 * err) / Math.sqrt(gb);
    }
  }
  return { bias, w };
}

/** Fits every category, keeps each one's strongest features and refits all of them on that union. */
function trainAll(trainSet) {
  const kept = new Set();
  for (const cat of CATEGORIES) {
    const { w } = fitOnce(trainSet, cat);
    for (const f of [...w.keys()].sort((a, b) => Math.abs(w[b]) - Math.abs(w[a])).slice(0, KEEP_PER_CATEGORY)) kept.add(f);
  }
  return { kept, fits: Object.fromEntries(CATEGORIES.map((cat) => [cat, fitAveraged(trainSet, cat, kept)])) };
}

if (options['choose-thresholds']) {
  chooseThresholds();
  process.exit(0);
}

const { kept, fits } = trainAll(posts);
const keptIds = [...kept].sort((a, b) => (names[a] < names[b] ? -1 : 1));
const categories = {};
for (const cat of CATEGORIES) {
  const { bias, w } = fits[cat];
  categories[cat] = { bias: Math.round(bias * SCALE), ...THRESHOLDS[cat], weights: encodeWeights(keptIds.map((f) => Math.round(w[f] * SCALE))) };
}
const model = {
  about: `Logistic regression per category over word, word-pair, cue, valence and context features; trained by scripts/train-model.mjs on ${posts.length} posts of eval/tune.`,
  version: 3,
  scale: SCALE,
  features: keptIds.map((f) => names[f]),
  categories,
};
const json = `${JSON.stringify(model)}\n`;
writeFileSync(join(ROOT, 'src/core/model/weights.json'), json);
console.log(`wrote src/core/model/weights.json: ${keptIds.length} features × ${CATEGORIES.length} categories, ${(json.length / 1024).toFixed(0)} KiB, from ${posts.length} posts`);

/** Out-of-fold probabilities for the held-out writers, the rules' own findings, then a coordinate search per category. */
function chooseThresholds() {
  const learned = CATEGORIES.map((c) => `learned-${c}`);
  const definite = new Set(RULES.filter((r) => r.definite).map((r) => r.id));
  const rows = [];
  for (const writer of HELD_OUT_WRITERS) {
    const { fits: f } = trainAll(posts.filter((p) => p.writer !== writer));
    for (const p of posts.filter((q) => q.writer === writer)) {
      const settings = { ...(p.settings ?? {}), disabledRules: [...(p.settings?.disabledRules ?? []), ...learned] };
      const found = check({ text: p.text, account: p.account, platform: p.platform, replyTo: p.replyTo, settings }).filter(
        (x) => x.severity !== 'info' && CATEGORIES.includes(x.category),
      );
      const words = (p.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      const probability = {};
      for (const cat of CATEGORIES) {
        let z = f[cat].bias;
        for (const i of p.x) z += f[cat].w[i];
        probability[cat] = words < 6 ? 0.5 : 1 / (1 + Math.exp(-z));
      }
      rows.push({
        p,
        probability,
        judged: new Set(found.filter((x) => !definite.has(x.rule)).map((x) => x.category)),
        definite: new Set(found.filter((x) => definite.has(x.rule)).map((x) => x.category)),
      });
    }
  }
  const score = (th) => {
    const tally = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
    let clean = 0, alarms = 0;
    for (const { p, probability, judged, definite: exact } of rows) {
      const model = CATEGORIES.filter((c) => probability[c] >= th[c].raise);
      // As the engine does: a category is not cleared while a definite rule found a problem in another.
      const others = (c) => [...exact].some((d) => d !== c);
      const raised = new Set([...exact, ...[...judged].filter((c) => !(probability[c] < th[c].clear) || others(c)), ...model]);
      const excused = new Set([...(p.allow ?? []), ...(p.anyOf ?? [])]);
      const expect = new Set(p.expect ?? []);
      for (const c of CATEGORIES) {
        if (expect.has(c)) raised.has(c) ? tally[c].tp++ : tally[c].fn++;
        else if (raised.has(c) && !excused.has(c)) tally[c].fp++;
      }
      if (!expect.size && !(p.anyOf ?? []).length) (clean++, [...raised].some((c) => !excused.has(c)) && alarms++);
    }
    const f1 = CATEGORIES.map((c) => (tally[c].tp ? (2 * tally[c].tp) / (2 * tally[c].tp + tally[c].fp + tally[c].fn) : 0));
    return { macro: f1.reduce((a, b) => a + b) / f1.length, alarms: alarms / clean, f1 };
  };
  const show = (name, r) => console.log(`${name.padEnd(12)} macro-F1 ${r.macro.toFixed(3)}, false alarms ${(r.alarms * 100).toFixed(1)} %, ${CATEGORIES.map((c, i) => `${c} ${r.f1[i].toFixed(2)}`).join(', ')}`);
  const value = (r) => r.macro - 2 * r.alarms;
  const RAISE = [0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999];
  const CLEAR = [0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2];
  let th = Object.fromEntries(CATEGORIES.map((c) => [c, { raise: 0.99, clear: 0.01 }]));
  for (let round = 0; round < 3; round++)
    for (const c of CATEGORIES)
      for (const raise of RAISE)
        for (const clear of CLEAR) {
          const candidate = { ...th, [c]: { raise, clear } };
          if (value(score(candidate)) > value(score(th)) + 1e-9) th = candidate;
        }
  console.log(`leave-one-writer-out over ${HELD_OUT_WRITERS.join(', ')} (${rows.length} posts)`);
  show('rules alone', score(Object.fromEntries(CATEGORIES.map((c) => [c, { raise: 2, clear: 0 }]))));
  show('shipped', score(THRESHOLDS));
  show('chosen', score(th));
  console.log(JSON.stringify(th));
}
