// Arguing with an abusive or threatening post, however politely or point by point (G15: don't engage); a calm answer to the person's real question stays quiet.

import { defineRule } from '../../rule.ts';
import { arguingSentence, replyAbuse } from '../../signals/reply-abuse.ts';

// A reply that only points to the house rules or says the comment was moderated is the right response.
const MODERATION =
  /\b(?:house\s+rules|community\s+(?:rules|guidelines|standards)|moderation\s+policy|we\s+(?:have|['’]ve)\s+(?:hidden|removed|deleted|reported|blocked)|(?:has|have)\s+been\s+(?:hidden|removed|deleted|reported|blocked)|not\s+going\s+to\s+engage|(?:are|is)\s+reported\s+to\s+the\s+police|we\s+(?:do\s+not|don['’]t|won['’]t|will\s+not)\s+(?:tolerate|accept|respond\s+to|engage\s+with)\s+(?:abus|threat|offensive))/i;

export default defineRule({
  id: 'reply-to-abuse',
  category: 'engagement',
  severity: { official: 'warning', personal: 'warning' },
  guidance: ['G15', 'G2'],
  description: 'Arguing with, rebutting or taunting a post that is abusive or threatening, even when the reply itself is polite.',
  messages: {
    argues: 'The post you are answering is abusive ({abuse}); arguing back engages with it, however polite or factual the reply.',
  },
  check(ctx) {
    if (!ctx.text.trim()) return [];
    const abuse = replyAbuse(ctx);
    if (!abuse.length || MODERATION.test(ctx.text)) return [];
    const at = arguingSentence(ctx);
    if (!at) return [];
    const quoted = [...new Set(abuse.map((m) => `“${m.text}”`))].slice(0, 3).join(', ');
    return [
      {
        start: at.start,
        end: at.end,
        messageId: 'argues',
        data: { abuse: quoted },
        suggestion: 'Don’t argue. Hide, report or block the post under your house rules; if there is a real question in it, answer only that, once, or take it to a private channel.',
      },
    ];
  },
});
