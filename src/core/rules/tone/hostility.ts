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
    outburst: '“{words}” vents personal anger at someone in the department’s voice; an official account must stay cordial and professional.',
  },
  check(ctx) {
    const who = { reader: 'the person you are answering', person: 'a named person', public: 'people the service deals with', critic: 'critics', staff: 'colleagues', politician: 'a politician' };
    const hit = (start: number, end: number, messageId: string, whom: string) => ({ start, end, messageId, data: { words: ctx.text.slice(start, end), who: whom }, suggestion: 'Say what is wrong with the point or the facts, without a verdict on the person.' });
    return [...judgements(ctx).map((j) => hit(j.start, j.end, ctx.account, who[j.kind])), ...outbursts(ctx).map((o) => hit(o.start, o.end, 'outburst', ''))].sort((a, b) => a.start - b.start);
  },
});
