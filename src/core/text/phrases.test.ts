// The phrase index: whole words, hyphen and space variants, inflections, capitals where asked, and no match across punctuation.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../context.ts';
import { compactSpec, expandSpec, PhraseIndex, type PhraseSpec } from './phrases.ts';

const CUES_DIR = fileURLToPath(new URL('../data/cues/', import.meta.url));

function found(specs: PhraseSpec[], text: string): string[] {
  const words = analyse(text);
  return new PhraseIndex([{ specs, value: 'x' }]).match(words.tokens, words.joins).map((m) => text.slice(m.start, m.end));
}

describe('PhraseIndex', () => {
  it('matches whole words only', () => {
    expect(found(['secret'], 'secrets secretary secret')).toEqual(['secret']);
  });
  it('matches a hyphenated entry written with a space, a hyphen or as one word', () => {
    expect(found(['pen-pusher'], 'pen pusher, pen-pusher, penpusher')).toEqual(['pen pusher', 'pen-pusher', 'penpusher']);
  });
  it('inflects verbs and nouns', () => {
    expect(found([{ phrase: 'falsify', inflect: 'verb' }, { phrase: 'crook', inflect: 'noun' }], 'falsified and falsifies; crooks')).toEqual(['falsified', 'falsifies', 'crooks']);
    expect(found([{ phrase: 'cook the books', inflect: 'verb' }], 'they were cooking the books')).toEqual(['cooking the books']);
  });
  it('honours capitals for cased entries, including a possessive', () => {
    expect(found([{ phrase: 'Labour', cased: true }], "the labour market and Labour's plan")).toEqual(["Labour's"]);
  });
  it('does not run a phrase across a comma or a sentence end', () => {
    expect(found(['you lot'], 'you, lot. you. lot')).toEqual([]);
  });
  it('lets * stand for any one word', () => {
    expect(found(['take * seriously'], 'hard to take him seriously')).toEqual(['take him seriously']);
  });
  it('prefers the longest phrase', () => {
    expect(found(['top secret', 'secret'], 'top secret')).toEqual(['top secret']);
  });
});

describe('compact entries (the extension builds ship cue vocabularies as "phrase|flags" strings)', () => {
  it('round-trips every entry of every cue file, so the content script matches what the tests check', () => {
    for (const file of readdirSync(CUES_DIR)) {
      const data = JSON.parse(readFileSync(`${CUES_DIR}${file}`, 'utf8')) as { cues: Record<string, PhraseSpec[]> };
      for (const specs of Object.values(data.cues)) {
        for (const spec of specs) {
          const long = typeof spec === 'string' ? { phrase: spec } : spec;
          const back = expandSpec(compactSpec(spec));
          expect(back).toEqual({ phrase: long.phrase, ...(long.inflect ? { inflect: long.inflect } : {}), ...(long.cased ? { cased: true } : {}) });
        }
      }
    }
  });
  it('reads flags: verb, noun, adjective, cased', () => {
    expect(expandSpec('falsify|v')).toEqual({ phrase: 'falsify', inflect: 'verb' });
    expect(expandSpec('PM|c')).toEqual({ phrase: 'PM', cased: true });
    expect(expandSpec('top secret')).toEqual({ phrase: 'top secret' });
  });
});
