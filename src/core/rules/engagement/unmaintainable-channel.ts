// Promises of round-the-clock or instant replies ("DM us any time", "we reply 24/7"), a channel the team cannot keep open (G13).

import { defineRule, type Hit } from '../../rule.ts';
import { sentenceSpans } from '../../text/sentences.ts';

// A way of reaching the team through social media or messaging.
const CHANNEL =
  /\b(?:dms?|direct\s+messages?|message|messages|messaging|inbox|whatsapp|messenger|tweet\s+us|tag\s+us|comment|comments|repl(?:y|ies|ying)|respond|responses?|get\s+back\s+to|answer(?:s|ed)?|chat|ping\s+us|drop\s+us\s+a\s+line|reach\s+us|contact\s+us\s+here|get\s+in\s+touch\s+here|here\s+to\s+help)\b/i;
// The team speaking ("we", "us", "our team"), not a general statement about a service.
const SPEAKER = /\b(?:we|we['’](?:ll|re|d)|us|our\s+(?:team|staff|advisers|advisors|inbox|social\s+media\s+team|dms?))\b/i;
// The promise that cannot be kept: always on, always instant, answers to everything.
const PROMISE =
  /\b(?:any\s?time|at\s+any\s+hour|24\/7|24-7|24\s*hours\s+a\s+day|24\s*hrs|day\s+or\s+night|night\s+or\s+day|round\s+the\s+clock|around\s+the\s+clock|7\s+days\s+a\s+week|seven\s+days\s+a\s+week|whenever\s+you\s+(?:like|want|need)|always(?:\s+be\s+here)?|every\s+(?:single\s+)?(?:message|question|comment|query|dm|tweet|post)|within\s+(?:minutes|seconds|the\s+hour|an\s+hour|the\s+same\s+hour|\d+\s*(?:minutes|mins|seconds))|instantly|instant(?:\s+replies|\s+responses)?|immediately|straight\s+away|right\s+away|never\s+(?:sleep|miss|leave)|no\s+matter\s+(?:when|what\s+time))\b/gi;

const HAS_PROMISE = new RegExp(PROMISE.source, 'i');

export default defineRule({
  id: 'unmaintainable-channel',
  category: 'engagement',
  severity: 'warning',
  guidance: ['G13'],
  description: 'Promises of replies at any hour or within minutes (“DM us any time”, “we reply 24/7”) that the team cannot keep.',
  check(ctx) {
    const { text } = ctx;
    if (!HAS_PROMISE.test(text)) return [];
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    for (const s of sentenceSpans(text)) {
      const sentence = text.slice(s.start, s.end);
      if (!CHANNEL.test(sentence) || !SPEAKER.test(sentence)) continue;
      for (const m of sentence.matchAll(PROMISE)) {
        // "always" alone only counts next to replying: "we'll always get back to you", not "we always publish".
        if (/^always$/i.test(m[0]) && !/^always\s+(?:[a-z]+\s+)?(?:get\s+back|repl|respond|answer|be\s+(?:here|available|on\s+hand)|pick\s+up|read\s+and\s+repl)/iu.test(sentence.slice(m.index))) continue;
        hits.push({
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          severity: official ? 'warning' : 'info',
          message: `“${m[0]}” promises replies the team may not be able to keep up; don’t open a channel you cannot maintain.`,
          suggestion: 'Say when the account is monitored (for example “We reply Monday to Friday, 9am to 5pm”) and where to get urgent help.',
        });
      }
    }
    return hits;
  },
});
