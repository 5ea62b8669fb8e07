// The learned check for tone: raises posts its model reads as a tone problem however worded, and clears the category's judgement rules when it is confident the post is fine.

import { defineRule } from '../../rule.ts';
import { learnedHits, learnedVerdict } from '../../signals/learned.ts';

export default defineRule({
  id: 'learned-tone',
  category: 'tone',
  severity: 'warning',
  fallback: true,
  guidance: ['G2', 'G26'],
  description: 'Posts whose tone the learned check, trained on labelled posts, reads as hostile, mocking, sarcastic or contemptuous, however it is worded.',
  messages: {
    learned: 'This reads as unprofessional in tone (hostile, mocking, sarcastic or contemptuous) to the learned check; the words that weighed most: {words}. Read it as the person it is about would, and say it plainly and courteously.',
    learnedWhole: 'This reads as unprofessional in tone (hostile, mocking, sarcastic or contemptuous) to the learned check, taken as a whole. Read it as the person it is about would, and say it plainly and courteously.',
  },
  clears: (ctx) => learnedVerdict(ctx, 'tone')?.cleared ?? false,
  check: (ctx) => learnedHits(ctx, 'tone'),
});
