// Long multi-word hashtags in one case (#mentalhealthawareness), which screen readers cannot split into words.

import single from '../../data/long-single-word-hashtags.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

const HASHTAG = /(?<![\p{L}\p{N}_&/])#([\p{L}\p{N}_]+)/gu;
const SINGLE = new Set(single.terms);
// Without a dictionary, length is the signal: few single English words pass 12 letters.
const MIN_LETTERS = 13;

export default defineRule({
  id: 'camelcase-hashtag',
  category: 'style',
  severity: 'info',
  guidance: ['G30', 'G7'],
  description: 'Long multi-word hashtags written all in lower (or upper) case instead of CamelCase (#MentalHealthAwareness).',
  checksQuotes: true,
  check(ctx) {
    const hits: Hit[] = [];
    let words: string[] | undefined;
    for (const m of allMatches(HASHTAG, ctx.text)) {
      const tag = m[1]!;
      const letters = tag.replace(/[^\p{L}]/gu, '');
      if (letters.length < MIN_LETTERS || SINGLE.has(tag.toLowerCase())) continue;
      const oneCase = !/\p{Lu}/u.test(letters) || !/\p{Ll}/u.test(letters);
      if (!oneCase) continue;
      const hit: Hit = {
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” is written in one case, so screen readers read it as one long word.`,
        suggestion: 'Capitalise the first letter of each word, for example #MentalHealthAwareness.',
      };
      // Where the post spells the tag's words out elsewhere, the CamelCase form is known exactly.
      const camel = camelFromPost(tag, (words ??= ctx.text.match(WORD) ?? []));
      if (camel) hit.fix = { start: m.index + 1, end: m.index + m[0].length, text: camel };
      hits.push(hit);
    }
    return hits;
  },
});

const WORD = /(?<![#@\p{L}\p{N}_])[\p{L}\p{N}]+/gu;

/** The tag in CamelCase when consecutive words of the post join up to it exactly (mental health week → MentalHealthWeek). */
function camelFromPost(tag: string, words: readonly string[]): string | null {
  const target = tag.toLowerCase();
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < target.length; j++) {
      joined += words[j]!.toLowerCase();
      if (!target.startsWith(joined)) break;
      if (joined === target && j > i) return words.slice(i, j + 1).map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('');
    }
  }
  return null;
}
