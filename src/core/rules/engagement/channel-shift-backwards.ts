// Sending people back to phone or post ("write to us at", "call us on") when they could do it online (G12).

import backward from '../../data/backward-channel-phrases.json' with { type: 'json' };
import phone from '../../data/phone-channel-phrases.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { cuesIn, sentencesOf } from '../../signals/sentence-cues.ts';
import { phraseRegExp } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

const POST = phraseRegExp(backward.terms);
const PHONE = phraseRegExp(phone.terms);
// Steering people away from the online route is backward on any account.
const AWAY_FROM_ONLINE =
  /\b(?:don['’]t|do\s+not|never)\s+bother\s+(?:with|using|trying)\s+(?:the\s+|their\s+|our\s+)?(?:online|website|web\s+form|app|digital)|\b(?:ignore|skip|forget|avoid)\s+(?:the\s+|their\s+)?(?:online|website|web\s+form|app)\b|\b(?:online|website|web\s+form|app|digital)\s+(?:[a-z]+\s+){0,2}(?:is|are)\s+(?:useless|rubbish|pointless|a\s+waste|hopeless|no\s+good|a\s+nightmare|a\s+pain|awful|terrible)|\brather\s+than\s+(?:using\s+|going\s+|trying\s+)?(?:the\s+|our\s+)?(?:online|website|web\s+form|app|digital)|\bbetter\s+off\s+(?:phoning|calling|ringing|writing|going\s+in)|\b(?:quicker|faster|easier)\s+than\s+(?:the\s+|using\s+the\s+|going\s+)?(?:online|website|app)/gi;
// "Call us instead" steers away from whatever route the post just mentioned, unless the person cannot use it.
const INSTEAD = /\b(?:call|ring|phone|post\s+(?:it|them|this)\s+to|write\s+to)\s+us\s+instead\b/gi;
// An online route offered in the same post makes the offline one an alternative, not a shift.
// "Download form CS01 from our website" is paper by another name, not an online route.
// The host before ".gov.uk" is bounded, so a long run of dotted text is not rescanned from every position.
const ONLINE_ROUTE = /\b(?:online|gov\.uk\/\S+|www\.\S+|https?:\/\/\S+|[\w-]{1,40}(?:\.[\w-]{1,40}){0,3}\.gov\.uk\b|web\s?chat|the\s+app)/i;
// People who cannot get online, and emergencies, are rightly sent to the phone.
const GOOD_REASON =
  /\b(?:(?:999|111|101|112)(?!\d|\s\d)|emergency|emergencies|urgent|immediate\s+danger|in\s+danger|crisis|samaritans|116\s?123|floodline|textphone|relay\s+uk|bsl|british\s+sign\s+language|welsh[-\s]language|can['’]t\s+(?:get|go|apply)\s+online|cannot\s+(?:get|go|apply)\s+online|unable\s+to\s+(?:use|get|go|apply)|not\s+able\s+to\s+(?:use|get|go|apply)|without\s+(?:internet|a\s+computer)|no\s+internet|need\s+(?:extra\s+)?(?:help|support)\s+(?:to|with)\s+(?:apply|use|get)|safeguarding|domestic\s+abuse|vulnerable)/i;
// What people do that has an online service: the cases where a phone call is a step back.
const TRANSACTION =
  /\b(?:apply|application|renew|renewal|change\s+(?:your|the|my)|update|register|claim|pay|payment|book|licen[cs]e|passport|tax\s+return|tax\s+code|address|form|refund|appointment|report)\w*/i;

export default defineRule({
  id: 'channel-shift-backwards',
  category: 'engagement',
  severity: { official: 'warning', personal: 'warning' },
  guidance: ['G12', 'G20'],
  description: 'Sending people to phone or post (“write to us at”, “call us on”, “don’t bother with the online form”) when there is an online route.',
  messages: {
    shift: '“{words}” {why}; link to the online service first.',
  },
  check(ctx) {
    const { text } = ctx;
    const official = ctx.account === 'official';
    const reply = ctx.replyTo.trim() !== '';
    const hasOnline = ONLINE_ROUTE.test(text.replace(AWAY_FROM_ONLINE, ''));
    const goodReason = GOOD_REASON.test(text);
    const hits: Hit[] = [];
    const add = (start: number, end: number, severity: 'warning' | 'info', why: string) => {
      const words = text.slice(start, end);
      hits.push({
        start,
        end,
        severity,
        messageId: 'shift',
        data: { words, why },
        suggestion: 'Link to the GOV.UK service (for example “You can do this online at gov.uk/…”), and offer phone or post only for people who cannot use it.',
      });
    };
    for (const m of allMatches(AWAY_FROM_ONLINE, text)) {
      add(m.index, m.index + m[0].length, 'warning', 'steers people away from the online service to slower channels');
    }
    if (!goodReason) {
      for (const m of allMatches(INSTEAD, text)) add(m.index, m.index + m[0].length, 'warning', 'steers people away from the online service to slower channels');
    }
    // "It's quicker to ring us", "easier by post": an offline route recommended over the online one.
    const sentences = sentencesOf(ctx.words);
    for (const s of sentences) {
      const offline = cuesIn(ctx, 'engagement.offline', s.index);
      if (!offline.length) continue;
      const near = [s.index - 1, s.index, s.index + 1].some((i) => i >= 0 && i < sentences.length && cuesIn(ctx, 'engagement.prefer', i).length > 0);
      if (near && !goodReason) for (const m of offline) add(m.start, m.end, 'warning', 'recommends a slower channel over the online service');
    }
    // Asked whether it can be done online, the reply offers only phone, post or a counter.
    const askedOnline = ctx.replyCues('engagement.online').length > 0;
    if (askedOnline && !hasOnline && !goodReason && hits.length === 0) {
      for (const m of ctx.cues('engagement.offline')) add(m.start, m.end, 'warning', 'answers a question about the online service with an offline route');
    }
    const steeredAway = hits.length > 0;
    // Post and paper are a step back for almost anything; an online route or a good reason makes them an alternative.
    const postSeverity: 'warning' | 'info' = steeredAway || (official && !goodReason && !hasOnline) ? 'warning' : 'info';
    for (const m of allMatches(POST, text)) {
      add(m.index, m.index + m[0].length, postSeverity, 'sends people to post or paper, a step back from online');
    }
    // Emergencies and people who cannot get online are rightly sent to the phone.
    if (goodReason && !steeredAway) return hits.sort((a, b) => a.start - b.start);
    for (const m of allMatches(PHONE, text)) {
      // A phone call is a step back when it is for something people can do online: the reply's question, or the task named after the number.
      const task = TRANSACTION.test(sentenceAfter(text, m.index + m[0].length)) || (reply && (TRANSACTION.test(text) || TRANSACTION.test(ctx.replyTo)));
      const severity: 'warning' | 'info' = steeredAway || (official && !hasOnline && task) ? 'warning' : 'info';
      add(m.index, m.index + m[0].length, severity, 'sends people to the phone');
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

/** The rest of the sentence after a position. */
function sentenceAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 200);
  const stop = rest.search(/[.!?](?:\s|$)|\n/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}
