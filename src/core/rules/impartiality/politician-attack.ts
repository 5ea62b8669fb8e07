// Mocking or attacking ministers and politicians, or cheering on a candidate, which breaks political impartiality and moderation.

import insults from '../../data/politician-insults.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { firstMatchIn, sentenceAround } from '../../text/sentences.ts';
import { phraseRegExp } from '../../text/terms.ts';

const TITLE =
  /\b(?:PM|Prime\s+Minister|Chancellor|(?:Home|Foreign|Health|Education|Justice|Transport|Culture|Defence|Business|Environment|Housing|Energy|Levelling\s+Up|Work\s+and\s+Pensions)\s+Secretary|Secretary\s+of\s+State|[Mm]inisters?|MPs?|[Cc]ouncillors?|Cllr|First\s+Minister|Leader\s+of\s+the\s+Opposition|[Oo]pposition\s+leader|[Pp]oliticians?|[Cc]abinet)\b/gu;
const INSULT = phraseRegExp(insults.terms);
const NOT_SERIOUS = /\b(?:hard|impossible|difficult|can't|cannot|struggle)\s+(?:to\s+)?take\s+(?:[A-Za-z'-]+\s+){0,4}?seriously\b/gi;
// Cheering a candidate is campaigning too ("best constituency MP in the country").
const CHEER = /\b(?:best|brilliant|fantastic|legend(?:ary)?|hero|buzzing\s+for|deserves\s+(?:your|our|my)\s+vote|champion)\b/gi;
const CANDIDATE = /^(?:MPs?|[Cc]ouncillors?|Cllr)$/u;

export default defineRule({
  id: 'politician-attack',
  category: 'impartiality',
  severity: 'warning',
  guidance: ['G25', 'G26', 'G8'],
  description: 'Mocking or attacking ministers and politicians, or cheering a candidate (an error on an official account).',
  check(ctx) {
    const text = ctx.plain;
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    const open = (a: number, b: number) => !ctx.isQuoted(a, b);
    // Cues depend only on the sentence, so each sentence is searched once however many titles it holds.
    const cues = new Map<number, { insult: string | undefined; cheer?: string | undefined }>();
    for (const t of text.matchAll(TITLE)) {
      const s = sentenceAround(text, t.index, t.index + t[0].length);
      let found = cues.get(s.start);
      if (!found) {
        found = { insult: firstMatchIn(INSULT, text, s.start, s.end, open) ?? firstMatchIn(NOT_SERIOUS, text, s.start, s.end, open) };
        cues.set(s.start, found);
      }
      const insult = found.insult;
      if (CANDIDATE.test(t[0]) && !('cheer' in found)) found.cheer = firstMatchIn(CHEER, text, s.start, s.end, open);
      const cheer = CANDIDATE.test(t[0]) ? found.cheer : undefined;
      const cue = insult ?? cheer;
      if (!cue) continue;
      hits.push({
        start: t.index,
        end: t.index + t[0].length,
        severity: official ? 'error' : 'warning',
        message: insult
          ? `“${t[0]}” with “${cue}” mocks a politician; civil servants must stay impartial and avoid personal attacks.`
          : `“${t[0]}” with “${cue}” cheers on a politician, which is taking a political side.`,
        suggestion: 'Leave politicians’ merits out of it; if you must comment on a policy, stick to neutral facts.',
      });
    }
    return hits;
  },
});
