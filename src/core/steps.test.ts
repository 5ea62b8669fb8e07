// checkPostInSteps, the content script's sliced check: one rule per step, the same result as the whole check.

import { describe, expect, it } from 'vitest';
import { checkPostInSteps, checkPostWithSettings, defaultSettings, RULES } from './index.ts';

const IDS = RULES.map((r) => r.id);

const post = {
  text: 'OFFICIAL-SENSITIVE: call me on 07911 123456, what a shit day. The Minister has decided to scrap the scheme.',
  platform: 'x' as const,
  account: 'official' as const,
};

function drain(steps: Generator<string, unknown, void>): { ids: string[]; result: unknown } {
  const ids: string[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { ids, result: step.value };
    ids.push(step.value);
  }
}

describe('checkPostInSteps', () => {
  it('yields once per enabled rule, in registry order, and returns what checkPostWithSettings returns', () => {
    const settings = defaultSettings();
    const { ids, result } = drain(checkPostInSteps(post, settings));
    expect(ids).toEqual(IDS.filter((id) => !settings.disabledRules.includes(id)));
    expect(result).toEqual(checkPostWithSettings(post, settings));
    expect((result as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it('skips switched-off rules without a step', () => {
    const off = [IDS[0]!, IDS[1]!];
    const settings = { ...defaultSettings(), disabledRules: off };
    const { ids } = drain(checkPostInSteps(post, settings));
    expect(ids).toEqual(IDS.filter((id) => !off.includes(id)));
  });

  it('analyses a long post in steps of its own before the rules, with the same result', () => {
    const settings = defaultSettings();
    const long = { ...post, text: `${post.text} ${'We have answered every question about the new scheme. '.repeat(60)}` };
    const { ids, result } = drain(checkPostInSteps(long, settings));
    expect(ids).toEqual(['words', 'cues', ...IDS.filter((id) => !settings.disabledRules.includes(id))]);
    expect(result).toEqual(checkPostWithSettings(long, settings));
  });

  it('spreads the cue matching of a very long post over several steps, with the same result', () => {
    const settings = defaultSettings();
    const long = { ...post, text: `${post.text} ${'Thanks for getting in touch about your claim, we are sorry for the delay. '.repeat(330)}` };
    const { ids, result } = drain(checkPostInSteps(long, settings));
    const cueSteps = ids.filter((id) => id === 'cues').length;
    // ~5,000 tokens at 1,000 a step: five pauses inside the matching and one after it.
    expect(cueSteps).toBeGreaterThanOrEqual(5);
    expect(ids.slice(0, 1 + cueSteps)).toEqual(['words', ...Array<string>(cueSteps).fill('cues')]);
    expect(result).toEqual(checkPostWithSettings(long, settings));
  });

  it('never throws: a post that is not one gives an empty result', () => {
    const { result } = drain(checkPostInSteps(null as never, defaultSettings()));
    expect(result).toMatchObject({ findings: [] });
  });
});
