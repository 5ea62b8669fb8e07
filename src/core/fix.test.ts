// Exact replacements (Finding.fix): which rules offer one, that applying it removes the finding, and that guesses get none.
import { describe, expect, it } from 'vitest';
import { runRules } from './engine.ts';
import { check, defaultSettings, type Finding } from './index.ts';
import { defineRule } from './rule.ts';

const apply = (text: string, f: Finding) => text.slice(0, f.fix!.start) + f.fix!.text + text.slice(f.fix!.end);
const of = (text: string, rule: string) => check({ text }).filter((f) => f.rule === rule);

describe('fix', () => {
  it.each([
    ['We utilise the form.', 'utilise', 'use'],
    ['In order to apply, read this.', 'In order to', 'To'],
    ['Going forward we will publish monthly.', 'Going forward', 'From now on'],
  ])('words to avoid: %j replaces %j with %j', (text, words, replacement) => {
    const [f] = of(text, 'words-to-avoid');
    expect(f?.fix).toEqual({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: replacement });
    expect(of(apply(text, f!), 'words-to-avoid')).toEqual([]);
  });

  it('words to avoid: no fix where the list gives alternatives or the word is inflected', () => {
    const [deliver] = of('We deliver a plan.', 'words-to-avoid');
    expect(deliver?.suggestion).toBeTruthy();
    expect(deliver?.fix).toBeUndefined();
    const [utilised] = of('We utilised the form.', 'words-to-avoid');
    expect(utilised).toBeTruthy();
    expect(utilised?.fix).toBeUndefined();
  });

  it('repeated exclamation marks become one', () => {
    const text = 'Applications are open!!! Apply now?!?';
    const found = of(text, 'shouting');
    expect(found.map((f) => f.fix?.text)).toEqual(['!', '?']);
    let fixed = text;
    for (const f of [...found].reverse()) fixed = apply(fixed, f);
    expect(fixed).toBe('Applications are open! Apply now?');
    expect(of(fixed, 'shouting')).toEqual([]);
  });

  it('a one-case hashtag gets its CamelCase form when the post spells its words out', () => {
    const text = 'It is mental health awareness week. #mentalhealthawarenessweek';
    const [f] = of(text, 'camelcase-hashtag');
    expect(f?.fix?.text).toBe('MentalHealthAwarenessWeek');
    expect(of(apply(text, f!), 'camelcase-hashtag')).toEqual([]);
    const [guess] = of('Join us #mentalhealthawarenessweek', 'camelcase-hashtag');
    expect(guess).toBeTruthy();
    expect(guess?.fix).toBeUndefined();
  });

  it('the engine keeps a fix inside the post and drops one outside it', () => {
    const rule = defineRule({
      id: 'test-fix', category: 'style', severity: 'info', guidance: ['G30'], description: 'test',
      check: () => [
        { start: 0, end: 2, message: 'inside', fix: { start: 0, end: 2, text: 'Hi' } },
        { start: 3, end: 5, message: 'outside', fix: { start: 3, end: 99, text: 'x' } },
      ],
    });
    const [inside, outside] = runRules([rule], { text: 'hi yo' }, defaultSettings());
    expect(inside?.fix).toEqual({ start: 0, end: 2, text: 'Hi' });
    expect(outside?.message).toBe('outside');
    expect(outside?.fix).toBeUndefined();
  });
});
