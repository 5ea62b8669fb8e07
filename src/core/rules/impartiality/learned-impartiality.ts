// The learned check for impartiality: raises posts its model reads as a impartiality problem however worded, and clears the category's judgement rules when it is confident the post is fine.

import { defineRule } from '../../rule.ts';
import { learnedHits, learnedVerdict } from '../../signals/learned.ts';

export default defineRule({
  id: 'learned-impartiality',
  category: 'impartiality',
  severity: 'warning',
  fallback: true,
  guidance: ['G25', 'G8'],
  description: 'Posts the learned check reads as taking a political side, praising or attacking a party, politician or government, or campaigning.',
  messages: {
    learned: 'This reads as party political (praising, attacking or campaigning about a party, politician or government) to the learned check; the words that weighed most: {words}. Keep to facts and leave the evaluation of parties and politicians out.',
    learnedWhole: 'This reads as party political (praising, attacking or campaigning about a party, politician or government) to the learned check, taken as a whole. Keep to facts and leave the evaluation of parties and politicians out.',
  },
  clears: (ctx) => learnedVerdict(ctx, 'impartiality')?.cleared ?? false,
  check: (ctx) => learnedHits(ctx, 'impartiality'),
});
