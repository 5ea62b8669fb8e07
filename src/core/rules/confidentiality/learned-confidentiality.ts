// The learned check for confidentiality: raises posts its model reads as a confidentiality problem however worded, and clears the category's judgement rules when it is confident the post is fine.

import { defineRule } from '../../rule.ts';
import { learnedHits, learnedVerdict } from '../../signals/learned.ts';

export default defineRule({
  id: 'learned-confidentiality',
  category: 'confidentiality',
  severity: 'warning',
  fallback: true,
  guidance: ['G24', 'G29'],
  description: 'Posts the learned check reads as disclosing unpublished or internal information, or details about a member of the public, without a marker word.',
  messages: {
    learned: 'This reads as sharing something not yet public or about a person (unpublished work, internal matters, someone’s details) to the learned check; the words that weighed most: {words}. Share only what is already published or cleared, and nothing that identifies a person.',
    learnedWhole: 'This reads as sharing something not yet public or about a person (unpublished work, internal matters, someone’s details) to the learned check, taken as a whole. Share only what is already published or cleared, and nothing that identifies a person.',
  },
  clears: (ctx) => learnedVerdict(ctx, 'confidentiality')?.cleared ?? false,
  check: (ctx) => learnedHits(ctx, 'confidentiality'),
});
