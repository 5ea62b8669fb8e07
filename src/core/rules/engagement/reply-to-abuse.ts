// Replying to an abusive or threatening post at all, however politely: G15 says don't engage; hide, report or block instead.

import { defineRule } from '../../rule.ts';
import { findAbuse, type AbuseMatch } from '../../text/abuse.ts';
import { sentenceSpans } from '../../text/sentences.ts';

// A reply that only points to the house rules or says the comment was moderated is the right response, so it is only advice.
const MODERATION =
  /\b(?:house\s+rules|community\s+(?:rules|guidelines|standards)|moderation\s+policy|we\s+(?:have|['’]ve)\s+(?:hidden|removed|deleted|reported|blocked)|(?:has|have)\s+been\s+(?:hidden|removed|deleted|reported|blocked)|we\s+(?:do\s+not|don['’]t|won['’]t|will\s+not)\s+(?:tolerate|accept|respond\s+to|engage\s+with)\s+(?:abus|threat|offensive))/i;

// The post replied to stays the same while the reply is typed, so its abuse is worked out once.
let lastReply = '';
let lastAbuse: AbuseMatch[] = [];
function abuseIn(replyTo: string): AbuseMatch[] {
  if (replyTo !== lastReply) {
    lastAbuse = findAbuse(replyTo).filter((m) => m.kind !== 'put-down');
    lastReply = replyTo;
  }
  return lastAbuse;
}

export default defineRule({
  id: 'reply-to-abuse',
  category: 'engagement',
  severity: 'warning',
  guidance: ['G15', 'G2'],
  description: 'A reply to a post that is abusive, threatening or full of swearing, even when the reply itself is polite.',
  check(ctx) {
    const { text, replyTo } = ctx;
    if (!replyTo.trim() || !text.trim()) return [];
    const abuse = abuseIn(replyTo);
    if (abuse.length === 0) return [];
    const first = sentenceSpans(text)[0];
    if (!first) return [];
    const quoted = [...new Set(abuse.map((m) => `“${m.text}”`))].slice(0, 3).join(', ');
    const moderated = MODERATION.test(text);
    return [
      {
        start: first.start,
        end: first.end,
        severity: moderated ? 'info' : 'warning',
        message: moderated
          ? `The post you are answering is abusive (${quoted}); pointing to the house rules is fine, but say no more than that.`
          : `The post you are answering is abusive (${quoted}); replying engages with it, however polite the reply.`,
        suggestion: 'Don’t reply. Hide, report or block the post under your house rules; if there is a real question in it, answer that person privately.',
      },
    ];
  },
});
