// Scores a post per category with the shipped logistic-regression weights, and finds the sentence and words that weighed most.

import type { Category } from '../types.ts';
import type { FeatureHit } from './features.ts';

export interface CategoryModel {
  bias: number;
  /** Probability above which the category is raised. */
  threshold: number;
  weights: Record<string, number>;
}

export interface ModelFile {
  about: string;
  version: number;
  categories: Partial<Record<Category, CategoryModel>>;
}

export interface Verdict {
  probability: number;
  /** The sentence whose features added most, or -1 when only whole-post features pushed it over. */
  sentence: number;
  /** Token indices of the words that weighed most, strongest first. */
  tokens: number[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The model's verdict for one category; each feature counts once, wherever it occurs. */
export function classify(model: CategoryModel, hits: readonly FeatureHit[]): Verdict {
  let z = model.bias;
  const seen = new Set<string>();
  const perSentence = new Map<number, number>();
  const perToken = new Map<number, number>();
  for (const h of hits) {
    const w = model.weights[h.feature];
    if (w === undefined || seen.has(h.feature)) continue;
    seen.add(h.feature);
    z += w;
    if (h.sentence >= 0) perSentence.set(h.sentence, (perSentence.get(h.sentence) ?? 0) + w);
    if (h.token >= 0 && w > 0) perToken.set(h.token, (perToken.get(h.token) ?? 0) + w);
  }
  let sentence = -1;
  let best = 0;
  for (const [s, v] of perSentence) if (v > best) (best = v), (sentence = s);
  const tokens = [...perToken.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  return { probability: sigmoid(z), sentence, tokens };
}
