// Insults and put-downs aimed at people ("idiots", "clueless", "get a grip"): G2 asks for cordial, professional replies.

import { defineRule, type Hit } from '../../rule.ts';
import { findInsults, findPutDowns } from '../../text/abuse.ts';

// "you're not lazy", "you aren't an idiot": the word denied of the person, as reassurance ("don't be an idiot" is not).
const DENIED = /\b(?:not|never|n['’]t)\s+(?:an?\s+)?$/iu;
// "like the idiot I am", "I'm such an idiot": the writer names themself, which insults no one.
const SELF_BEFORE = /\b(?:i['’]m|i\s+am)\s+(?:(?:a|an|such|the|absolute|complete|utter|total|right|proper)\s+){0,3}$/iu;
const SELF_AFTER = /^\s+(?:that\s+)?i(?:\s+am|['’]m)(?=\s*(?:[.,!?;:#)]|$))/iu;
// A post that closes by telling the person it is fond of them ("Love you mate x", "love ya xx") is teasing a friend.
// "Mr Twit", "Dr Evil": a capitalised word after a title is a character's or a person's name, not a label for someone.
const TITLE_BEFORE = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Professor)\.?\s$/u;
const FOND_CLOSE = /(?:^|[.!?…\n]\s{0,8})love\s+(?:you|ya)(?:\s+[\p{L}]{1,12})?[\s!.x❤️💕]{0,8}$/iu;

// `definite`: the learned tone model reads a political post as impartiality alone ("anyone voting for them needs their
// head examined" scores 0.0000 for tone), so an all-clear must not drop the insult. Making it clearable was measured:
// leave-one-writer-out over 21 writers, macro-F1 the same to 0.001, false alarms 3.1 % against 3.3 %.
export default defineRule({
  id: 'insult',
  definite: true,
  category: 'tone',
  severity: 'warning',
  guidance: ['G2', 'G26'],
  description: 'Insults, name-calling and put-downs (“idiots”, “pathetic”, “get a grip”, “if you’d bothered to read”).',
  check(ctx) {
    const official = ctx.account === 'official';
    const severity = official ? ('error' as const) : ('warning' as const);
    const hits: Hit[] = [];
    const banter = !official && FOND_CLOSE.test(ctx.text.slice(-60));
    for (const m of findInsults(ctx.text)) {
      if (DENIED.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) continue;
      if (/^\p{Lu}/u.test(m.text) && TITLE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) continue;
      if (SELF_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start)) || SELF_AFTER.test(ctx.text.slice(m.end, m.end + 16))) continue;
      hits.push({
        start: m.start,
        end: m.end,
        severity: banter ? 'info' : severity,
        message: official
          ? `“${m.text}” is an insult; abuse from an official account reflects on the whole department.`
          : `“${m.text}” is an insult; the Civil Service Code asks for moderation and no personal attacks, on personal accounts too.`,
        suggestion: 'Criticise the point, not the person, or leave it unsaid.',
      });
    }
    for (const m of findPutDowns(ctx.text)) {
      hits.push({
        start: m.start,
        end: m.end,
        severity,
        message: `“${m.text}” is a put-down; it talks down to the reader instead of staying cordial and professional.`,
        suggestion: 'Make the point plainly and politely, or don’t reply.',
      });
    }
    return hits;
  },
});
