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
  let z = model.bias;
  for (const i of present.columns) z += model.weights[i] ?? 0;
  return sigmoid(z / file.scale);
}

/** Which sentence and words pushed the category up most (asked only when it is raised). */
export function explain(model: CategoryModel, present: Present): Explanation {
  const perSentence = new Map<number, number>();
  const perToken = new Map<number, number>();
  present.columns.forEach((i, k) => {
    const w = model.weights[i] ?? 0;
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
