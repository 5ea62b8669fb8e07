// The tokeniser: kinds, possessive stems, compounds, links, emoji and sentence ends, on awkward input too.
import { describe, expect, it } from 'vitest';
import { tokenise } from './tokens.ts';

const kinds = (text: string) => tokenise(text).tokens.map((t) => `${t.kind}:${t.text}`);

describe('tokenise', () => {
  it('splits words, numbers, links, mentions, hashtags, emoji and punctuation', () => {
    expect(kinds('Call @DfE re #CivilService 🙄 at gov.uk/apply, 2.5% up!!!')).toEqual([
      'word:Call', 'mention:@DfE', 'word:re', 'hashtag:#CivilService', 'emoji:🙄', 'word:at', 'url:gov.uk/apply', 'punct:,', 'number:2.5', 'punct:%', 'word:up', 'punct:!!!',
    ]);
  });
  it('keeps apostrophes inside words and strips a possessive in the stem', () => {
    const t = tokenise("Labour’s plan isn't the tenants' fault").tokens;
    expect(t.map((x) => [x.norm, x.stem])).toEqual([["labour's", 'labour'], ['plan', 'plan'], ["isn't", "isn't"], ['the', 'the'], ["tenants'", 'tenants'], ['fault', 'fault']]);
  });
  it('reads a negative contraction typed without its apostrophe as the contraction', () => {
    const t = tokenise('some people shouldnt be allowed, cant and wont and dont, but a pint is a pint').tokens;
    expect(t.filter((x) => x.kind === 'word').map((x) => x.norm)).toEqual(['some', 'people', "shouldn't", 'be', 'allowed', "can't", 'and', "won't", 'and', "don't", 'but', 'a', 'pint', 'is', 'a', 'pint']);
  });
  it('marks the parts of a hyphenated compound as glued', () => {
    const t = tokenise('pen-pusher').tokens;
    expect(t.map((x) => [x.text, x.glued])).toEqual([['pen', false], ['-', true], ['pusher', true]]);
  });
  it('ends sentences at . ! ? and line breaks, but not after Mr. or an initial', () => {
    const text = 'Mr. J. Smith called. Did he?\nYes';
    const { sentences } = tokenise(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Mr. J. Smith called.', 'Did he?', 'Yes']);
  });
  it('keeps an emoji sequence with joiners and skin tones as one token', () => {
    expect(kinds('ok 👩🏽‍💻 done')).toEqual(['word:ok', 'emoji:👩🏽‍💻', 'word:done']);
  });
  it('gives ranges inside the text for lone surrogates and odd Unicode', () => {
    const text = 'a\uD800b \u200B\u202Ec\u0301 \uDFFF';
    for (const t of tokenise(text).tokens) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(t.end).toBeGreaterThan(t.start);
    }
  });
  it('stays linear on a long run without spaces', () => {
    const text = 'a.'.repeat(50_000);
    expect(tokenise(text).tokens.length).toBeGreaterThan(1000);
  });
});

describe('scare quotes', () => {
  it('closes a single quotation mark after a plural instead of reading a possessive', () => {
    const t = tokenise('some of our ‘customers’ honestly').tokens;
    expect(t.map((x) => x.text)).toEqual(['some', 'of', 'our', '‘', 'customers', '’', 'honestly']);
  });
});
