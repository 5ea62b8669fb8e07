// The learned check for engagement: raises posts its model reads as a engagement problem however worded, and clears the category's judgement rules when it is confident the post is fine.

import { defineRule } from '../../rule.ts';
import { learnedHits, learnedVerdict } from '../../signals/learned.ts';

export default defineRule({
  id: 'learned-engagement',
  category: 'engagement',
  severity: 'warning',
  fallback: true,
  guidance: ['G14', 'G15', 'G12'],
  description: 'Posts the learned check reads as engaging the way the guidance advises against: discussing a person’s case in public, arguing with abuse, or shifting people to phone or post.',
  messages: {
    learned: 'This reads as engagement the guidance advises against (a person’s case in public, arguing with an abusive account, moving people to phone or post) to the learned check; the words that weighed most: {words}. Take a person’s case to a private channel, and do not argue with abuse.',
    learnedWhole: 'This reads as engagement the guidance advises against (a person’s case in public, arguing with an abusive account, moving people to phone or post) to the learned check, taken as a whole. Take a person’s case to a private channel, and do not argue with abuse.',
  },
  clears: (ctx) => learnedVerdict(ctx, 'engagement')?.cleared ?? false,
  check: (ctx) => learnedHits(ctx, 'engagement'),
});
