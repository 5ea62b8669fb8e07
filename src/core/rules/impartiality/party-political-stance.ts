// Support for or attack on a political party, which the Civil Service Code's political impartiality rules out.

import insults from '../../data/politician-insults.json' with { type: 'json' };
import stanceWords from '../../data/party-stance-words.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { findParties } from '../../text/parties.ts';
import { firstMatchIn, sentenceAround } from '../../text/sentences.ts';
import { phraseRegExp } from '../../text/terms.ts';

const STANCE = phraseRegExp([...stanceWords.terms, ...insults.terms]);
// "Labour's plan", "the Tories' record": crediting or blaming a party for government business.
const POSSESSIVE = /^['’]s?\s+(?:plan|plans|promise|pledge|manifesto|policy|policies|vision|record|achievement|success|failure|mess|mission|agenda)\b/i;

export default defineRule({
  id: 'party-political-stance',
  category: 'impartiality',
  severity: 'warning',
  guidance: ['G25', 'G8'],
  description: 'Praise, support, blame or attack aimed at a political party (an error on an official account).',
  check(ctx) {
    const text = ctx.plain;
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    // The stance word depends only on the sentence, so each sentence is searched once however many parties it names.
    const stances = new Map<number, string | undefined>();
    for (const p of findParties(text)) {
      const s = sentenceAround(text, p.start, p.end);
      if (!stances.has(s.start)) stances.set(s.start, firstMatchIn(STANCE, text, s.start, s.end, (a, b) => !ctx.isQuoted(a, b)));
      const cue = stances.get(s.start) ?? POSSESSIVE.exec(text.slice(p.end, p.end + 40))?.[0].replace(/^'s?\s+/, '');
      if (!cue) continue;
      hits.push({
        start: p.start,
        end: p.end,
        severity: official ? 'error' : 'warning',
        message: official
          ? `“${p.text}” with “${cue}” takes a party-political side, and government communication must never be party political.`
          : `“${p.text}” with “${cue}” takes a party-political side; civil servants must stay politically impartial in public, personal accounts included.`,
        suggestion: official
          ? 'Describe the government’s policy and what it means for people, without naming or crediting a party.'
          : 'Leave party politics out of your posts, or stick to neutral facts.',
      });
    }
    return hits;
  },
});
