// Hostility: a negative judgement aimed at a person or group (the reader, a named person, the public, critics, colleagues, politicians), found from targets and valence rather than an insult list.

import { defineRule } from '../../rule.ts';
import { judgements, outbursts } from '../../signals/tone-targets.ts';

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
    outburst: '“{words}” is a verdict on someone’s character posted as the account’s own reaction; an official account must not vent personal anger.',
  },
  check(ctx) {
    const who = { reader: 'the person you are answering', person: 'a named person', public: 'people the service deals with', critic: 'critics', staff: 'colleagues', politician: 'a politician' };
    const hits = judgements(ctx).map((j) => ({
      start: j.start,
      end: j.end,
      messageId: ctx.account as string,
      data: { words: ctx.text.slice(j.start, j.end), who: who[j.kind] },
      suggestion: 'Say what is wrong with the point or the facts, without a verdict on the person.',
    }));
    for (const o of outbursts(ctx)) {
      hits.push({ start: o.start, end: o.end, messageId: 'outburst', data: { words: ctx.text.slice(o.start, o.end), who: '' }, suggestion: 'Delete it. If a response is needed, say calmly what the department’s position is.' });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
