// Hostility: a negative judgement aimed at a person or group (the reader, a named person, the public, critics, colleagues, politicians), found from targets and valence rather than an insult list.

import { defineRule } from '../../rule.ts';
import { judgements } from '../../signals/tone-targets.ts';

export default defineRule({
  id: 'hostility',
  category: 'tone',
  severity: { official: 'error', personal: 'warning' },
  guidance: ['G2', 'G26'],
  // An insult word or a swear word is named more exactly by its own rule.
  yieldsTo: ['insult', 'profanity'],
  description: 'Hostile judgements of people: calling the reader, a named person, the public, critics or colleagues lazy, biased, pathetic and the like.',
  messages: {
    official: '“{words}” judges {who} harshly; an official account must stay cordial and professional, and criticise points, not people.',
    personal: '“{words}” judges {who} harshly; the Civil Service Code asks for moderation and no personal attacks, on personal accounts too.',
  },
  check(ctx) {
    const who = { reader: 'the person you are answering', person: 'a named person', public: 'people the service deals with', critic: 'critics', staff: 'colleagues', politician: 'a politician' };
    return judgements(ctx).map((j) => ({
      start: j.start,
      end: j.end,
      messageId: ctx.account,
      data: { words: ctx.text.slice(j.start, j.end), who: who[j.kind] },
      suggestion: 'Say what is wrong with the point or the facts, without a verdict on the person.',
    }));
  },
});
