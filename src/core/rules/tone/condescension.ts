// Talking down to the person answered ("perhaps check your post before tweeting", "most people manage", "if you'd arrived earlier", "as we've explained many times", "sweetie"): G2 asks for cordial replies.

import { defineRule } from '../../rule.ts';
import { condescension, reproach } from '../../signals/tone-acts.ts';

export default defineRule({
  id: 'condescension',
  category: 'tone',
  severity: { official: 'error', personal: 'warning' },
  guidance: ['G2', 'G26'],
  description: 'Condescension: telling someone to read up first, comparing them with people who manage, blaming them in hindsight, “as we’ve explained”, diminutives.',
  messages: {
    official: '“{words}” talks down to the person; an official account must stay cordial and professional, even when the answer is simple.',
    personal: '“{words}” talks down to the person; the Civil Service Code asks for moderation on personal accounts too.',
  },
  check(ctx) {
    return [...condescension(ctx), ...reproach(ctx)].map((s) => ({
      start: s.start,
      end: s.end,
      messageId: ctx.account,
      data: { words: ctx.text.slice(s.start, s.end) },
      suggestion: 'Give the answer or the link plainly, without comment on what the person should have done.',
    }));
  },
});
