// Promises of round-the-clock or instant replies ("DM us any time", "we reply 24/7"), a channel the team cannot keep open (G13).

import { defineRule, type Hit } from '../../rule.ts';
import { cuesIn, sentencesOf } from '../../signals/sentence-cues.ts';
import { sentenceSpans } from '../../text/sentences.ts';
import { allMatches } from '../../text/matches.ts';

// A way of reaching the team through social media or messaging.
const CHANNEL =
  /\b(?:dms?|direct\s+messages?|message|messages|messaging|inbox|whatsapp|messenger|tweet\s+us|tag\s+us|comment|comments|repl(?:y|ies|ying)|respond|responses?|get\s+(?:straight\s+)?back\s+to|text\s+(?:us|me|our\b|[a-z]+\s+on\b)|answer(?:s|ed)?|chat|ping\s+us|drop\s+us\s+a\s+line|reach\s+us|contact\s+us\s+here|get\s+in\s+touch\s+here|here\s+to\s+help|staffed|chase|ring\s+you|check\s+your)\b/i;
// The team speaking ("we", "us", "our team"), not a general statement about a service.
const SPEAKER = /\b(?:we|we['’](?:ll|re|d)|us|our\s+(?:team|staff|advisers|advisors|inbox|social\s+media\s+team|dms?|inspectors|officers|case\s+officers|caseworkers|chief\s+executive))\b/i;
const REPLYING = /(?<![\p{L}])(?:repl(?:y|ies|ied|ying)|respon(?:d|ds|ded|ding|se|ses)|answer(?:s|ed|ing)?|gets?\s+back)(?![\p{L}])/iu;
// The promise that cannot be kept: always on, always instant, answers to everything.
const PROMISE =
  /\b(?:any\s?time|at\s+any\s+hour|24\/7|24-7|24\s*hours\s+a\s+day|24\s*hrs|day\s+or\s+night|night\s+or\s+day|round\s+the\s+clock|around\s+the\s+clock|7\s+days\s+a\s+week|seven\s+days\s+a\s+week|whenever\s+(?:you|they|people)\s+(?:like|want|need)|(?:the\s+)?same\s+day|always(?:\s+be\s+here)?|every\s+(?:single\s+)?(?:message|question|comment|query|dm|tweet|post)|within\s+(?:minutes|seconds|the\s+hour|an\s+hour|the\s+same\s+hour|\d+\s*(?:minutes|mins|seconds))|instantly|instant(?:\s+replies|\s+responses)?|immediately|straight\s+away|right\s+away|never\s+(?:sleep|miss|leave)|no\s+matter\s+(?:when|what\s+time))\b/gi;

const HAS_PROMISE = new RegExp(PROMISE.source, 'i');
// A self-service route open at all hours ("any time through your online account") is not a conversation to keep up.
const ONLINE_SERVICE = /\b(?:online\s+(?:account|service|form)|gov\.uk\/)/i;
const SUGGESTION = 'Say when the account is monitored (for example “We reply Monday to Friday, 9am to 5pm”) and where to get urgent help.';

const LIMITS = /(?<![\p{L}])(?:can['’]?t|cannot|can\s+not|won['’]t\s+be\s+able\s+to|not\s+able\s+to|unable\s+to)\s+(?:always\s+)?(?:reply|respond|answer|get\s+back)(?![\p{L}])/iu;

export default defineRule({
  id: 'unmaintainable-channel',
  category: 'engagement',
  severity: { official: 'warning', personal: 'info' },
  guidance: ['G13'],
  description: 'Promises of replies at any hour or within minutes (“DM us any time”, “we reply 24/7”) that the team cannot keep.',
  messages: {
    promise: '“{words}” promises replies the team may not be able to keep up; don’t open a channel you cannot maintain.',
  },
  check(ctx) {
    const { text } = ctx;
    // "We read every message, but we can't reply to everyone": a post that states its limits promises nothing.
    if (LIMITS.test(text)) return [];
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    const add = (start: number, end: number, severity: 'warning' | 'info') =>
      hits.push({ start, end, severity, messageId: 'promise', data: { words: text.slice(start, end) }, suggestion: SUGGESTION });
    // Always on, instant, or every message answered personally: two such promises beside a way of reaching the team.
    for (const s of sentencesOf(ctx.words)) {
      const sentence = text.slice(s.start, s.end);
      if (!CHANNEL.test(sentence) || ONLINE_SERVICE.test(sentence)) continue;
      const promises = [...cuesIn(ctx, 'engagement.always-on', s.index), ...cuesIn(ctx, 'engagement.instant', s.index), ...cuesIn(ctx, 'engagement.every', s.index)];
      const strong = promises.filter((m) => !ctx.cues('engagement.every').includes(m));
      // A personal account offering round-the-clock help is a breach there too, as nobody else can answer it.
      if (strong.length && promises.length >= 2) for (const m of promises) add(m.start, m.end, 'warning');
    }
    if (hits.length || !HAS_PROMISE.test(text)) return hits.sort((a, b) => a.start - b.start);
    for (const s of sentenceSpans(text)) {
      const sentence = text.slice(s.start, s.end);
      if (!CHANNEL.test(sentence) || !SPEAKER.test(sentence) || ONLINE_SERVICE.test(sentence)) continue;
      for (const m of allMatches(PROMISE, sentence)) {
        // "always" alone only counts next to replying: "we'll always get back to you", not "we always publish".
        // "We read every comment on this page": reading them all is no promise of an answer to each.
        if (/^every\s/i.test(m[0]) && !REPLYING.test(sentence)) continue;
        if (/^always$/i.test(m[0]) && !/^always\s+(?:[a-z]+\s+)?(?:get\s+back|repl|respond|answer|be\s+(?:here|available|on\s+hand)|pick\s+up|read\s+and\s+repl)/iu.test(sentence.slice(m.index))) continue;
        add(s.start + m.index, s.start + m.index + m[0].length, official ? 'warning' : 'info');
      }
    }
    return hits;
  },
});
