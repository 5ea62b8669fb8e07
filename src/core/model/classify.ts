// Scores a post per category with the shipped logistic-regression weights, and finds the sentence and words that weighed most.

import type { Category } from '../types.ts';
import type { FeatureHit } from './features.ts';

export interface CategoryModel {
  /** The intercept, an integer over the file's `scale`. */
  bias: number;
  /** Probability at or above which the category is raised. */
  raise: number;
  /** Probability below which the category's judgement rules are cleared. */
  clear: number;
  /** One integer weight (over `scale`) per entry of the file's `features`, one character each (`encodeWeights`). */
  weights: string;
}

export interface ModelFile {
  about: string;
  version: number;
  scale: number;
  features: string[];
  categories: Partial<Record<Category, CategoryModel>>;
}

export interface Explanation {
  /** The sentence whose features added most, or -1 when only whole-post features pushed it up. */
  sentence: number;
  /** Token indices of the words that weighed most, strongest first. */
  tokens: number[];
}

/** The model columns a post has, each once, with the hit that first produced it. */
export interface Present {
  columns: number[];
  hits: FeatureHit[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

// Weights ship as one printable character each, "#" to "~" without the backslash (91 symbols, centred on 0), which
// gzips to 30 % less than a JSON array of the same integers: the checker's size budget is what pays for the model.
const ALPHABET = Array.from({ length: 92 }, (_, i) => String.fromCharCode(35 + i)).filter((c) => c !== '\\').join('');
const ZERO = 45;
export const MAX_WEIGHT = ZERO;
/** Character code → weight, the alphabet read backwards once. */
const VALUE_OF = new Int8Array(128);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i - ZERO;

/** Integer weights, each within ±MAX_WEIGHT, as the string a model file holds (used by scripts/train-model.mjs). */
export function encodeWeights(weights: readonly number[]): string {
  return weights
    .map((w) => {
      if (!Number.isInteger(w) || Math.abs(w) > MAX_WEIGHT) throw new RangeError(`weight ${w} is not an integer within ±${MAX_WEIGHT}`);
      return ALPHABET[w + ZERO];
    })
    .join('');
}

/** The integers a model file's weight string holds. */
export function decodeWeights(encoded: string): Int8Array {
  const out = new Int8Array(encoded.length);
  for (let i = 0; i < encoded.length; i++) out[i] = VALUE_OF[encoded.charCodeAt(i) & 127]!;
  return out;
}

/** Decoded once per category model. */
const decoded = new WeakMap<CategoryModel, Int8Array>();
function weightsOf(model: CategoryModel): Int8Array {
  let w = decoded.get(model);
  if (!w) decoded.set(model, (w = decodeWeights(model.weights)));
  return w;
}

/** Feature name → column, built once per model file (about 4,000 names). */
const columnIndex = new WeakMap<ModelFile, Map<string, number>>();
function columnsOf(file: ModelFile): Map<string, number> {
  let map = columnIndex.get(file);
  if (!map) columnIndex.set(file, (map = new Map(file.features.map((f, i) => [f, i]))));
  return map;
}

/** Looks the post's features up once for every category: each feature counts once, wherever it first occurs. */
export function presentColumns(file: ModelFile, hits: readonly FeatureHit[]): Present {
  const column = columnsOf(file);
  const seen = new Set<number>();
  const out: Present = { columns: [], hits: [] };
  for (const h of hits) {
    const i = column.get(h.feature);
    if (i === undefined || seen.has(i)) continue;
    seen.add(i);
    out.columns.push(i);
    out.hits.push(h);
  }
  return out;
}

/** The category's probability for a post. */
export function probability(file: ModelFile, model: CategoryModel, present: Present): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const i of present.columns) z += weights[i] ?? 0;
  return sigmoid(z / file.scale);
}

/** Which sentence and words pushed the category up most (asked only when it is raised). */
export function explain(model: CategoryModel, present: Present): Explanation {
  const perSentence = new Map<number, number>();
  const perToken = new Map<number, number>();
  const weights = weightsOf(model);
  present.columns.forEach((i, k) => {
    const w = weights[i] ?? 0;
    const h = present.hits[k]!;
    if (h.sentence >= 0) perSentence.set(h.sentence, (perSentence.get(h.sentence) ?? 0) + w);
    if (h.token >= 0 && w > 0) perToken.set(h.token, (perToken.get(h.token) ?? 0) + w);
  });
  let sentence = -1;
  let best = 0;
  for (const [s, v] of perSentence) if (v > best) (best = v), (sentence = s);
  const tokens = [...perToken.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  return { sentence, tokens };
}
