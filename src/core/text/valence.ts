// How positive or negative words are (AFINN-165 plus a British supplement), with negation, intensifiers and emphasis taken into account.

import afinn from '../data/lexicon/afinn-165.json' with { type: 'json' };
import extra from '../data/lexicon/valence-extra.json' with { type: 'json' };
import type { Token } from './tokens.ts';

const LEXICON: Readonly<Record<string, number>> = {
  ...Object.fromEntries(Object.entries(afinn.scores as Record<string, string[]>).flatMap(([score, words]) => words.map((w) => [w, Number(score)]))),
  ...(extra.words as Record<string, number>),
};

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'hardly', 'barely', 'without', 'neither', 'nor', "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", 'lack', 'lacks']);
const INTENSIFIERS = new Set(['very', 'so', 'really', 'truly', 'utterly', 'totally', 'completely', 'absolutely', 'extremely', 'incredibly', 'genuinely', 'seriously', 'deeply', 'hugely', 'massively', 'such', 'most', 'entirely', 'thoroughly', 'bloody', 'damn', 'properly', 'downright', 'simply']);
const SOFTENERS = new Set(['slightly', 'somewhat', 'bit', 'little', 'fairly', 'quite', 'rather', 'mildly']);

/** The valence of one word as written (before context), 0 when it carries none. */
export function wordValence(t: Token): number {
  if (t.kind !== 'word') return 0;
  return LEXICON[t.norm] ?? LEXICON[t.stem] ?? singularValence(t.stem) ?? 0;
}

/** The valence the lexicon gives a lower-case word (0 if none), plurals through their singular. */
export function lexiconValence(word: string): number {
  return LEXICON[word] ?? singularValence(word) ?? 0;
}

// AFINN lists most words once, singular: "idiots" and "bigots" should weigh what "idiot" and "bigot" do.
function singularValence(w: string): number | undefined {
  if (w.length <= 3 || !w.endsWith('s') || w.endsWith('ss')) return undefined;
  if (w.endsWith('ies')) return LEXICON[`${w.slice(0, -3)}y`];
  return LEXICON[w.slice(0, -1)] ?? (w.endsWith('es') ? LEXICON[w.slice(0, -2)] : undefined);
}

export interface Evaluation {
  /** Sum of the contextual valences. */
  score: number;
  /** Most negative contextual valence of a single word (0 if none). */
  min: number;
  /** Most positive contextual valence of a single word (0 if none). */
  max: number;
  /** Token indices of words with negative and positive contextual valence. */
  negative: number[];
  positive: number[];
}

/**
 * Evaluates tokens [from, to): each word's valence, flipped and halved after a negator within the three
 * words before it ("not good" is mildly bad, "not bad" mildly good), raised by an intensifier just before it
 * or by block capitals, lowered by a softener. Words for which `ignore` says true are not scored (but still negate).
 */
export function evaluate(tokens: readonly Token[], from: number, to: number, ignore?: (k: number) => boolean): Evaluation {
  const out: Evaluation = { score: 0, min: 0, max: 0, negative: [], positive: [] };
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const t = tokens[k]!;
    let v = ignore?.(k) ? 0 : wordValence(t);
    if (!v) continue;
    let negated = false;
    let scale = 1;
    for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
      const p = tokens[j]!;
      if (p.kind === 'punct' && p.text !== '-') break;
      if (NEGATORS.has(p.norm) || p.norm.endsWith("n't")) negated = true;
      else if (j === k - 1 && INTENSIFIERS.has(p.norm)) scale *= 1.5;
      else if (j === k - 1 && SOFTENERS.has(p.norm)) scale *= 0.6;
    }
    if (t.text.length > 2 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text)) scale *= 1.5;
    if (negated) v = -v * 0.5;
    v *= scale;
    out.score += v;
    if (v < 0) {
      out.negative.push(k);
      if (v < out.min) out.min = v;
    } else {
      out.positive.push(k);
      if (v > out.max) out.max = v;
    }
  }
  return out;
}
