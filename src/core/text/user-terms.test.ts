// User terms: escaped literal matching with equivalent separators, reasons for refusing a term, and no term disabling the others.
import { describe, expect, it } from 'vitest';
import { findUserTerms, userTermProblem, userTermsRegExp } from './user-terms.ts';

const found = (terms: string[], text: string) => findUserTerms(userTermsRegExp(terms), text).map((m) => m.text);

describe('userTermsRegExp', () => {
  it('treats space, hyphen, underscore and nothing as the same separator, with or without a hashtag', () => {
    expect(found(['Red-Kite'], 'Red Kite, RedKite, red_kite, #RedKite, Red - Kite and red-kite')).toEqual([
      'Red Kite', 'RedKite', 'red_kite', '#RedKite', 'Red - Kite', 'red-kite',
    ]);
  });

  it('matches whole words only (a hyphen ends a word), in any case', () => {
    expect(found(['Kite'], 'Kites, Kiteboard and kite-flying, but Kite.')).toEqual(['kite', 'Kite']);
  });

  it('treats regex syntax as text, so a malformed entry never breaks the others', () => {
    expect(found(['a\\-b', 'KESTREL', '(ab+)+', '[x-y]*'], 'KESTREL and a\\-b and (ab+)+ and [x-y]* but not aab')).toEqual([
      'KESTREL', 'a\\-b', '(ab+)+', '[x-y]*',
    ]);
  });

  it('skips terms that cannot be used and keeps the rest', () => {
    expect(found(['- - -', '', '_', 'a', 'KESTREL'], '- - - _ a KESTREL')).toEqual(['KESTREL']);
    expect(userTermsRegExp(['- - -', '#', ' '])).toBeNull();
  });

  it('matches a straight apostrophe as a curly one, and keeps case-sensitive terms exact', () => {
    expect(found(["Ofsted's"], 'Ofsted’s report')).toEqual(['Ofsted’s']);
    const re = userTermsRegExp([{ text: 'DfT', caseSensitive: true }, { text: 'Department for Transport' }]);
    expect(findUserTerms(re, 'DfT, dft and the department for transport').map((m) => m.text)).toEqual(['DfT', 'department for transport']);
  });

  it('stays linear on the runs that used to stack quantifiers', () => {
    const re = userTermsRegExp([`a${' -'.repeat(40)} b`, `_${' _'.repeat(30)}`, 'x y z']);
    for (const run of [' '.repeat(50_000), '-'.repeat(50_000), '_'.repeat(50_000), ' - '.repeat(20_000)]) {
      const started = performance.now();
      findUserTerms(re, run);
      // A hang detector, not a speed target: quadratic work on 50,000 characters takes seconds.
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});

describe('userTermProblem', () => {
  it('says why a term cannot be used', () => {
    expect(userTermProblem('')).toMatch(/empty/);
    expect(userTermProblem('   ')).toMatch(/empty/);
    expect(userTermProblem('- - -')).toMatch(/no letters or digits/);
    expect(userTermProblem('#')).toMatch(/no letters or digits/);
    expect(userTermProblem('a')).toMatch(/too short/);
    expect(userTermProblem('x'.repeat(101))).toMatch(/longer than 100/);
    expect(userTermProblem(42)).toMatch(/not text/);
  });

  it('accepts ordinary codewords and allow-list entries', () => {
    for (const term of ['KESTREL', 'Red-Kite', '#ProjectTidewater', 'gov.uk', 'a\\-b', 'DfT']) expect(userTermProblem(term)).toBeUndefined();
  });
});
