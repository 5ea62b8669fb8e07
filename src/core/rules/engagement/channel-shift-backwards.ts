// Sending people back to phone or post ("write to us at", "call us on") when they could do it online (G12).

import backward from '../../data/backward-channel-phrases.json' with { type: 'json' };
import phone from '../../data/phone-channel-phrases.json' with { type: 'json' };
import type { Context } from '../../context.ts';
import { defineRule, type Hit } from '../../rule.ts';
import type { CueMatch } from '../../text/cues.ts';
import { cuesIn, sentencesOf } from '../../signals/sentence-cues.ts';
import { phraseRegExp } from '../../text/terms.ts';

const POST = phraseRegExp(backward.terms);
const PHONE = phraseRegExp(phone.terms);
// Steering people away from the online route is backward on any account.
const AWAY_FROM_ONLINE =
  /\b(?:don['’]t|do\s+not|never)\s+bother\s+(?:with|using|trying)\s+(?:the\s+|their\s+|our\s+)?(?:online|website|web\s+form|app|digital)|\b(?:ignore|skip|forget|avoid)\s+(?:the\s+|their\s+)?(?:online|website|web\s+form|app)\b|\b(?:don['’]t|do\s+not|never)\s+(?:use|go\s+through)\s+(?:the\s+|their\s+|our\s+)?(?:online|website|web\s+form|app|digital|portal)|\b(?:online|website|web\s+form|app|digital|portal)\s+(?:[a-z]+\s+){0,2}(?:(?:is|are)\s+(?:useless|rubbish|pointless|a\s+waste|hopeless|no\s+good|a\s+nightmare|a\s+pain|awful|terrible)|(?:is|are)(?:n['’]t|\s+not)\s+(?:great|good|reliable|up\s+to\s+much))|\brather\s+than\s+(?:using\s+|going\s+|trying\s+)?(?:the\s+|our\s+)?(?:online|website|web\s+form|app|digital)|\bbetter\s+off\s+(?:phoning|calling|ringing|writing|going\s+in)|\b(?:quicker|faster|easier)\s+than\s+(?:the\s+|using\s+the\s+|going\s+)?(?:online|website|app)/gi;
// A call to the team or a number, whatever words sit between ("ring our booking line", "give our contact centre a ring",
// "Call 0300 …"): the phrase lists name common forms, this the construction (a contact verb and a desk or a number).
const CONTACT = String.raw`(?:call|calling|ring|ringing|phone|phoning|telephone|telephoning)`;
const DESK = String.raw`(?:line|helpline|hotline|centre|center|team|office|advisers?|advisors?)`;
const CALL_ROUTE = new RegExp(
  [
    String.raw`\b${CONTACT}\s+(?:us|(?:our|the)\s+(?:[\w-]+\s+){0,3}?${DESK}s?)\b`,
    String.raw`\bgiv(?:e|ing)\s+(?:us|(?:our|the)\s+(?:[\w-]+\s+){0,3}?${DESK})\s+a\s+(?:ring|call|bell)\b`,
    String.raw`\b${CONTACT}\s+(?:us\s+)?(?:on\s+)?0\d{2,4}(?=[\s\d])`,
  ].join('|'),
  'gi',
);
// Paper sent in or a counter visited: "post them to our Nottingham office", "fax your forms", "pop into any of our offices".
const PAPER_ROUTE = new RegExp(
  [
    String.raw`\b(?:fax|post)\s+(?:it|them|this|these|(?:your|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+to\s+(?:us\b|our\s+(?:[\w-]+\s+){0,2}?(?:office|address|centre|team)s?\b)`,
    String.raw`\bfax\s+(?:it|them|this|your|the|us)\b`,
    String.raw`\b(?:pop|come|go|head|drop)\s+(?:in\s?to|down\s+to|along\s+to|in\s+at)\s+(?:any\s+of\s+|one\s+of\s+)?(?:our|your\s+local|the\s+local|a\s+local)\s+(?:[\w-]+\s+){0,2}?(?:offices?|branch(?:es)?|centres?|counters?)\b`,
  ].join('|'),
  'gi',
);
// An online channel taken away ("our webchat is closing on 31 March", "replaces the online service"); a pause for
// maintenance is not a shift.
const WITHDRAWN =
  /\b(?:online\s+(?:service|form|account|portal|booking)|web\s?chat(?:\s+service)?|(?:the|our)\s+app|website|portal)\s+(?:is\s+|will\s+be\s+|has\s+been\s+)?(?:closing|will\s+close|withdrawn|switched\s+off|replaced|retired|being\s+retired|no\s+longer\s+available)\b|\breplaces?\s+(?:the|our)\s+(?:online|web\s?chat|digital|app)\b/gi;
const TEMPORARY = /\b(?:temporarily|maintenance|planned\s+work|outage|back\s+(?:up|online)|until\s+\d)/i;
// "Call us instead" steers away from whatever route the post just mentioned, unless the person cannot use it.
const INSTEAD = /\b(?:call|ring|phone|post\s+(?:it|them|this)\s+to|write\s+to)\s+us\s+instead\b/gi;
// An online route offered in the same post makes the offline one an alternative, not a shift.
// "Download form CS01 from our website" is paper by another name, not an online route.
// The host before ".gov.uk" is bounded, so a long run of dotted text is not rescanned from every position.
const ONLINE_ROUTE = /\b(?:online|(?:private|direct)\s+message|gov\.uk\/\S+|www\.\S+|https?:\/\/\S+|[\w-]{1,40}(?:\.[\w-]{1,40}){0,3}\.gov\.uk\b|web\s?chat|the\s+app)/i;
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
    for (const m of text.matchAll(AWAY_FROM_ONLINE)) {
      add(m.index, m.index + m[0].length, 'warning', 'steers people away from the online service to slower channels');
    }
    const offlineRoutes = [...text.matchAll(CALL_ROUTE), ...text.matchAll(PAPER_ROUTE)];
    if ((offlineRoutes.length || ctx.cues('engagement.offline').length) && !TEMPORARY.test(text)) {
      for (const m of text.matchAll(WITHDRAWN)) add(m.index, m.index + m[0].length, 'warning', 'withdraws an online channel in favour of slower ones');
    }
    if (!goodReason) {
      for (const m of text.matchAll(INSTEAD)) add(m.index, m.index + m[0].length, 'warning', 'steers people away from the online service to slower channels');
    }
    // "It's quicker to ring us", "easier by post": an offline route recommended over the online one.
    const sentences = sentencesOf(ctx.words);
    for (const s of sentences) {
      const offline: Array<{ start: number; end: number }> = [...cuesIn(ctx, 'engagement.offline', s.index)];
      for (const m of offlineRoutes) if (m.index >= s.start && m.index < s.end && !offline.some((o) => o.start < m.index + m[0].length && o.end > m.index)) offline.push({ start: m.index, end: m.index + m[0].length });
      if (!offline.length) continue;
      const near = [s.index - 1, s.index, s.index + 1].some((i) => i >= 0 && i < sentences.length && cuesIn(ctx, 'engagement.prefer', i).some((p) => !favoursOnline(ctx, p, i)));
      if (near && !goodReason) for (const m of offline) add(m.start, m.end, 'warning', 'recommends a slower channel over the online service');
    }
    // Asked whether it can be done online, the reply offers only phone, post or a counter.
    const askedOnline = ctx.replyCues('engagement.online').length > 0;
    if (askedOnline && !hasOnline && !goodReason && hits.length === 0) {
      for (const m of ctx.cues('engagement.offline')) add(m.start, m.end, 'warning', 'answers a question about the online service with an offline route');
      for (const m of offlineRoutes) add(m.index, m.index + m[0].length, 'warning', 'answers a question about the online service with an offline route');
    }
    const steeredAway = hits.length > 0;
    // Post and paper are a step back for almost anything; an online route or a good reason makes them an alternative.
    const postSeverity: 'warning' | 'info' = steeredAway || (official && !goodReason && !hasOnline) ? 'warning' : 'info';
    for (const m of [...text.matchAll(POST), ...text.matchAll(PAPER_ROUTE)]) {
      add(m.index, m.index + m[0].length, postSeverity, 'sends people to post or paper, a step back from online');
    }
    // Emergencies and people who cannot get online are rightly sent to the phone.
    if (goodReason && !steeredAway) return hits.sort((a, b) => a.start - b.start);
    for (const m of [...text.matchAll(PHONE), ...text.matchAll(CALL_ROUTE)]) {
      // A phone call is a step back when it is for something people can do online: the reply's question, or the task named after the number.
      const task = TRANSACTION.test(sentenceAfter(text, m.index + m[0].length)) || (reply && (TRANSACTION.test(text) || TRANSACTION.test(ctx.replyTo)));
      const severity: 'warning' | 'info' = steeredAway || (official && !hasOnline && task) ? 'warning' : 'info';
      add(m.index, m.index + m[0].length, severity, 'sends people to the phone');
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

// Words that steer or run a route down ("instead", "the online form takes longer"); the rest praise the route beside them.
const NOT_PRAISE = new Set(['instead', 'rather', 'better off', 'slower', 'takes longer', 'clunky', 'nightmare', "won't be answered", "don't bother with", "don't use the online", "don't waste your time"]);
/** "Online is the quickest way", "most services are quicker online": praise with the online route right beside it, not after "than". */
function favoursOnline(ctx: Context, p: CueMatch, sentence: number): boolean {
  if (NOT_PRAISE.has(ctx.plain.slice(p.start, p.end).toLowerCase())) return false;
  const { tokens } = ctx.words;
  return cuesIn(ctx, 'engagement.online', sentence).some(
    (o) => o.first >= p.first - 4 && o.first < p.last + 3 && !tokens.slice(Math.max(0, o.first - 3), o.first).some((t) => t.norm === 'than'),
  );
}

/** The rest of the sentence after a position. */
function sentenceAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 200);
  const stop = rest.search(/[.!?](?:\s|$)|\n/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}
