// The learned check for legal: raises posts its model reads as a legal problem however worded, and clears the category's judgement rules when it is confident the post is fine.

import { defineRule } from '../../rule.ts';
import { learnedHits, learnedVerdict } from '../../signals/learned.ts';

export default defineRule({
  id: 'learned-legal',
  category: 'legal',
  severity: 'warning',
  fallback: true,
  guidance: ['G22'],
  description: 'Posts the learned check reads as a legal risk: an unproven accusation against someone named, another’s copyrighted material, or disrepute.',
  messages: {
    learned: 'This reads as a legal risk (an accusation against a named person or firm, someone else’s material, or bringing the service into disrepute) to the learned check; the words that weighed most: {words}. Keep to what is proven and published, and share only material you have the right to use.',
    learnedWhole: 'This reads as a legal risk (an accusation against a named person or firm, someone else’s material, or bringing the service into disrepute) to the learned check, taken as a whole. Keep to what is proven and published, and share only material you have the right to use.',
  },
  clears: (ctx) => learnedVerdict(ctx, 'legal')?.cleared ?? false,
  check: (ctx) => learnedHits(ctx, 'legal'),
});
