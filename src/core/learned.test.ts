// How the engine settles a category with a learned rule: its all-clear drops judgement findings but never definite ones, and its own card only speaks when the category's other rules are silent.
import { describe, expect, it } from 'vitest';
import { runRules } from './engine.ts';
import { defaultSettings } from './index.ts';
import { defineRule, type Rule } from './rule.ts';

const judging = defineRule({ id: 'judging', category: 'tone', severity: 'warning', guidance: ['G2'], description: 'd', check: () => [{ start: 0, end: 4, message: 'judged words' }] });
const definite = defineRule({ id: 'definite', definite: true, category: 'tone', severity: 'warning', guidance: ['G2'], description: 'd', check: () => [{ start: 5, end: 9, message: 'a detected format' }] });
const otherCategory = defineRule({ id: 'other', category: 'legal', severity: 'warning', guidance: ['G22'], description: 'd', check: () => [{ start: 0, end: 4, message: 'another category' }] });
const learned = (clear: boolean, raise: boolean): Rule =>
  defineRule({ id: 'learned', fallback: true, category: 'tone', severity: 'warning', guidance: ['G2'], description: 'd', clears: () => clear, check: () => (raise ? [{ start: 0, end: 14, message: 'the model’s card' }] : []) });

const post = { text: 'some text here', account: 'personal' as const };
const ids = (rules: Rule[], disabledRules: string[] = []) => runRules(rules, post, { ...defaultSettings(), disabledRules }).map((f) => f.rule).sort();

describe('learned rules in the engine', () => {
  it('an all-clear drops the category’s judgement findings and keeps definite ones', () => {
    expect(ids([judging, definite, learned(true, false)])).toEqual(['definite']);
  });

  it('clears nothing while a definite rule found a problem in another category: that post is not the clean post it was sure of', () => {
    const sureOther = defineRule({ ...otherCategory, id: 'sure-other', definite: true });
    expect(ids([judging, sureOther, learned(true, false)])).toEqual(['judging', 'sure-other']);
    expect(ids([judging, otherCategory, learned(true, false)])).toEqual(['other']);
    const adviceOnly = defineRule({ ...sureOther, id: 'advice', severity: 'info' });
    expect(ids([judging, adviceOnly, learned(true, false)])).toEqual(['advice']);
  });

  it('clears nothing when it is not confident, or when it is switched off', () => {
    expect(ids([judging, definite, learned(false, false)])).toEqual(['definite', 'judging']);
    expect(ids([judging, definite, learned(true, false)], ['learned'])).toEqual(['definite', 'judging']);
  });

  it('its own card is dropped while another rule of the category has one, and shown when none has', () => {
    expect(ids([judging, learned(false, true)])).toEqual(['judging']);
    expect(ids([otherCategory, learned(false, true)])).toEqual(['learned', 'other']);
    expect(ids([judging, learned(false, true)], ['judging'])).toEqual(['learned']);
  });

  it('a throwing all-clear clears nothing', () => {
    const broken = defineRule({ ...learned(true, false), clears: () => { throw new Error('boom'); } });
    expect(ids([judging, broken])).toEqual(['judging']);
  });
});
