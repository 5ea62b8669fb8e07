// Hostility and point-scoring aimed at critics, journalists, parties or organisations ("fact-free hit piece", "frankly, biased", "where others failed").

import { defineRule } from '../../rule.ts';
import { hostility } from '../../signals/tone-acts.ts';

export default defineRule({
  id: 'hostility',
  category: 'tone',
  severity: { official: 'error', personal: 'warning' },
  guidance: ['G2', 'G26', 'G25'],
  description: 'Hostility, blame and point-scoring aimed at critics, journalists, parties or organisations.',
  messages: {
    hostile: '“{words}” scores a point off a critic; government communication answers criticism with facts, not polemic or personal attack.',
  },
  check(ctx) {
    return hostility(ctx).map((s) => ({
      start: s.start,
      end: s.end,
      messageId: 'hostile',
      data: { words: ctx.text.slice(s.start, s.end) },
      suggestion: 'State the facts once, with a link, and leave the critic’s motives alone.',
    }));
  },
});
