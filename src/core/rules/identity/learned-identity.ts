// The learned check for identity: raises posts its model reads as a identity problem however worded, and clears the category's judgement rules when it is confident the post is fine.

import { defineRule } from '../../rule.ts';
import { learnedHits, learnedVerdict } from '../../signals/learned.ts';

export default defineRule({
  id: 'learned-identity',
  category: 'identity',
  severity: 'warning',
  fallback: true,
  guidance: ['G21', 'G19', 'G9'],
  description: 'Posts the learned check reads as blurring who speaks: personal opinion on an official account, or speaking for the department, or hiding one’s role, from a personal one.',
  messages: {
    learned: 'This reads as blurring who is speaking (a personal view from the department, or the department from a personal account) to the learned check; the words that weighed most: {words}. Say whose view it is, or leave the department out of it.',
    learnedWhole: 'This reads as blurring who is speaking (a personal view from the department, or the department from a personal account) to the learned check, taken as a whole. Say whose view it is, or leave the department out of it.',
  },
  clears: (ctx) => learnedVerdict(ctx, 'identity')?.cleared ?? false,
  check: (ctx) => learnedHits(ctx, 'identity'),
});
