// Finds UK party names in their political sense, skipping look-alikes such as "labour market" and "a conservative estimate".

import parties from '../data/political-parties.json' with { type: 'json' };
import neutral from '../data/party-neutral-followers.json' with { type: 'json' };
import { phraseRegExp, type Match } from './terms.ts';

/** Case-sensitive: the capital letter is what separates the Labour Party from labour. */
export const PARTY = phraseRegExp(parties.terms, 'g');
const NEUTRAL_NEXT = new Set(neutral.terms);
const NEXT_WORD = /^[\s-]+([\p{L}]+)/u;

export function findParties(text: string): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(PARTY)) {
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1]?.toLowerCase();
    if (next && NEUTRAL_NEXT.has(next)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
