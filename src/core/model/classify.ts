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
  /** One integer weight (over `scale`) per entry of the file's `features`. */
  weights: number[];
}

export interface ModelFile {
  about: string;
  version: number;
  scale: number;
  features: string[];
  categories: Partial<Record<Category, CategoryModel>>;
}

export interface Verdict {
  probability: number;
  /** The sentence whose features added most, or -1 when only whole-post features pushed it up. */
  sentence: number;
  /** Token indices of the words that weighed most, strongest first. */
  tokens: number[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Feature name → column, built once per model file (about 4,000 names). */
const columns = new WeakMap<ModelFile, Map<string, number>>();
function columnsOf(file: ModelFile): Map<string, number> {
  let map = columns.get(file);
  if (!map) columns.set(file, (map = new Map(file.features.map((f, i) => [f, i]))));
  return map;
}

/** The model's verdict for one category; each feature counts once, wherever it first occurs. */
export function classify(file: ModelFile, model: CategoryModel, hits: readonly FeatureHit[]): Verdict {
  const column = columnsOf(file);
  let z = model.bias;
  const seen = new Set<number>();
  const perSentence = new Map<number, number>();
  const perToken = new Map<number, number>();
  for (const h of hits) {
    const i = column.get(h.feature);
    if (i === undefined || seen.has(i)) continue;
    seen.add(i);
    const w = model.weights[i] ?? 0;
    z += w;
    if (h.sentence >= 0) perSentence.set(h.sentence, (perSentence.get(h.sentence) ?? 0) + w);
    if (h.token >= 0 && w > 0) perToken.set(h.token, (perToken.get(h.token) ?? 0) + w);
  }
  let sentence = -1;
  let best = 0;
  for (const [s, v] of perSentence) if (v > best) (best = v), (sentence = s);
  const tokens = [...perToken.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  return { probability: sigmoid(z / file.scale), sentence, tokens };
}
