// Whether the post replied to is abusive (threats, swearing, insults aimed at people), and whether the draft argues back or trades blows with it.

import type { Context } from '../context.ts';
import { findAbuse, type AbuseMatch } from '../text/abuse.ts';
import { sentencesOf } from './sentence-cues.ts';
import { condescension, mockery, mockingEmoji, veiledThreats, type Span } from './tone-acts.ts';
import { ironies } from './tone-irony.ts';
import { allMatches } from '../text/matches.ts';

// Words that insult a service as readily as a person ("useless", "a disgrace"): blunt criticism, not abuse, when alone.
const SERVICE_WORDS = new Set(['useless', 'stupid', 'disgusting', 'incompetent', 'lazy', 'thick', 'dumb', 'ignorant', 'vile', 'worthless', 'disgrace', 'pathetic', 'clueless', 'dense']);

const MAX_MATCHES = 200;
// The people a service word may be said of ("staff are lazy", "lazy workers"), beside the staff cue's job titles.
const STAFF = /^(?:staff|workers|employees|nurses|officers|servants|screws|people|lot|team)$/;
const OWNED_BY = new Set(['my', 'our', 'his', 'her', 'their']);
const AT_PEOPLE = /\b(?:the\s+lot\s+of\s+you|you\s+lot|you\s+people|all\s+of\s+you|you['’]re\s+all|you\s+are\s+all)\b/i;
// Harm wished on the staff ("Hope one of you gets stabbed", "hope someone comes for you") and veiled threats ("Watch yourself").
const HARM_WISH =
  /\bhope\s+(?:someone|somebody|one\s+of\s+you|you\s+all|you|the\s+lot\s+of\s+you)\s+(?:gets?\s+(?:stabbed|hurt|attacked|beaten\s+up|run\s+over|what['’]s\s+coming)|comes?\s+for\s+you|(?:lose|loses)\s+(?:your|their)\s+jobs?|suffers?|rot|burn|die)\b|\b(?:go|rot|burn)\s+(?:to|in)\s+hell\b|\bwatch\s+yourselves?\b|\bi\s+know\s+(?:which|what)\s+(?:office|building|branch|station|jobcentre)\s+you\b/gi;
// "1) … 2) …", "1. … 2. …": a point-by-point answer.
const ENUMERATOR = /(?<!\S)[1-9][).](?=\s)/g;

/** The abuse in the post replied to: threats, swearing, and insults that name people rather than judge a service. */
export function replyAbuse(ctx: Context): AbuseMatch[] {
  return ctx.memo('reply-abuse', () => {
    if (!ctx.replyTo.trim()) return [];
    // What matters is that the reply is abusive and in which words; a few hundred matches say it as well as
    // thousands, and the cap keeps the overlap test below linear in a pasted wall of abuse.
    // "useless the lot of you": a service word said of the people, not the service, is abuse.
    const atPeople = AT_PEOPLE.test(ctx.replyTo);
    const found = findAbuse(ctx.replyTo).filter((m) => m.kind !== 'put-down' && !(m.kind === 'insult' && !atPeople && SERVICE_WORDS.has(m.text.toLowerCase()))).slice(0, MAX_MATCHES);
    if (atPeople) {
      for (const t of ctx.replyWords.tokens) {
        if (found.length >= MAX_MATCHES) break;
        if (t.kind === 'word' && SERVICE_WORDS.has(t.norm) && !found.some((f) => f.start < t.end && f.end > t.start)) found.push({ start: t.start, end: t.end, text: t.text, kind: 'insult' });
      }
    }
    const replyTokens = ctx.replyWords.tokens;
    // "lazy civil servants", "Passport office staff are thick, lazy": a service word said of the staff is abuse.
    const staff = new Set(ctx.replyCues('tone.staff').map((m) => m.first));
    const isStaff = (j: number) => staff.has(j) || STAFF.test(replyTokens[j]?.norm ?? '');
    replyTokens.forEach((t, k) => {
      if (t.kind !== 'word' || !SERVICE_WORDS.has(t.norm) || found.length >= MAX_MATCHES) return;
      let before = false, are = false;
      for (let j = Math.max(0, k - 6); j < k; j++) (before ||= isStaff(j)), (are ||= replyTokens[j]!.norm === 'are');
      if (isStaff(k + 1) || (before && are)) found.push({ start: t.start, end: t.end, text: t.text, kind: 'insult' });
    });
    for (const m of ctx.replyCues('tone.insult-noun').slice(0, MAX_MATCHES)) {
      // "fly my drone", "our rat problem": a thing someone owns, not a name for people.
      if (OWNED_BY.has(replyTokens[m.first - 1]?.norm ?? '')) continue;
      if (!found.some((f) => f.start < m.end && f.end > m.start)) found.push({ start: m.start, end: m.end, text: ctx.replyTo.slice(m.start, m.end), kind: 'insult' });
    }
    for (const m of ctx.replyCues('tone.warning').slice(0, MAX_MATCHES)) found.push({ start: m.start, end: m.end, text: ctx.replyTo.slice(m.start, m.end), kind: 'threat' });
    for (const m of allMatches(HARM_WISH, ctx.replyTo)) {
      if (found.length >= MAX_MATCHES) break;
      const end = m.index + m[0].length;
      if (!found.some((f) => f.start < end && f.end > m.index)) found.push({ start: m.index, end, text: m[0], kind: 'threat' });
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/** Where the draft argues back: rebuttals ("that's not true", "for the record"), the abuser's own words thrown back, or a put-down, taunt or threat. */
export function arguesBack(ctx: Context): Span[] {
  return ctx.memo('argues-back', () => {
    const out: Span[] = [...ctx.cues('tone.rebut'), ...ctx.cues('engagement.rebut')];
    // "We understand you feel strongly, but tax isn't theft": a concession that opens a rebuttal.
    const { tokens } = ctx.words;
    for (const m of ctx.cues('engagement.concede')) {
      if (tokens.slice(m.last, m.last + 3).some((t) => t.norm === 'but' || t.norm === 'however')) out.push(m);
    }
    // Two or more numbered points answer the post point by point.
    const points = allMatches(ENUMERATOR, ctx.text);
    if (points.length >= 2) out.push({ start: points[0]!.index, end: points[0]!.index + points[0]![0].length });
    // "Nobody has stolen anything", "So, no, not leeches": the insult or accusation echoed in the answer.
    const accused = new Set(replyAbuse(ctx).flatMap((m) => m.text.toLowerCase().split(/\s+/)).map(root).filter((w) => w.length > 3));
    for (const t of ctx.words.tokens) if (t.kind === 'word' && accused.has(root(t.norm))) out.push(t);
    // Sarcasm is a taunt too: "Have a lovely day 😊" after a jab, "What did you do?" pressed home.
    out.push(...condescension(ctx), ...mockery(ctx), ...mockingEmoji(ctx), ...veiledThreats(ctx), ...ironies(ctx));
    for (const m of findAbuse(ctx.text)) out.push(m);
    // "Perhaps spend a shift on a ward before judging them": told to learn before speaking again.
    for (const m of allMatches(BEFORE_SPEAKING, ctx.text)) out.push({ start: m.index, end: m.index + m[0].length });
    // Nothing was asked, so there is nothing to answer: figures that defend the service, a question thrown back, or
    // a few words of taunt ("Bless you 🙂", "Blocked. Have a lovely day 👋") all take the bait.
    // One service word at the staff ("civil servants are just lazy") is a jibe a courteous answer may meet.
    const abuse = replyAbuse(ctx);
    const strong = abuse.length >= 2 || abuse.some((m) => !SERVICE_WORDS.has(m.text.toLowerCase()));
    if (!out.length && strong && !ctx.replyTo.includes('?') && !HELP.test(ctx.text) && takesBait(ctx)) out.push(ctx.words.sentences[0]!);
    return out.sort((a, b) => a.start - b.start);
  });
}

const BEFORE_SPEAKING = /\bbefore\s+(?:you\s+)?(?:judg|post|comment|criticis|slag|mouth)\w*/gi;
// A reply that offers help, apologises or signposts answers the person, not the abuse.
const HELP = /\b(?:sorry|apologi|help|dm\b|(?:direct|private)\s+message|message\s+us|contact\s+us|get\s+in\s+touch|gov\.uk|reference|details)/i;
const MODERATING = /^(?:reported|blocked|hidden|removed|deleted|muted|and|this|comment|post)$/;
const UNIT = /^(?:%|per|hours|cases|shifts|calls|claims|applications|people|staff|days|weeks)$/;

/** Figures in defence ("99.8% of the time", "41,000 hours of overtime"), a question back at the writer, or a short taunt. */
function takesBait(ctx: Context): boolean {
  const { tokens } = ctx.words;
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length <= 6) return !words.every((t) => MODERATING.test(t.norm));
  const asked = new Set(words.filter((t) => /^you/.test(t.norm)).map((t) => t.sentence));
  return tokens.some((t, k) => (t.kind === 'number' && UNIT.test(tokens[k + 1]?.norm ?? '')) || (t.text === '?' && asked.has(t.sentence)));
}

// A crude shared root so "stole", "stolen" and "stealing" or "leech" and "leeches" meet.
function root(w: string): string {
  const x = w.replace(/[^a-z]/g, '');
  if (x.startsWith('stol') || x.startsWith('steal')) return 'steal';
  return x.replace(/(?:ing|es|ed|en|s)$/, '');
}

/** The sentence of the draft where arguing starts, for the finding's range. */
export function arguingSentence(ctx: Context): { start: number; end: number } | undefined {
  const first = arguesBack(ctx)[0];
  if (!first) return undefined;
  return sentencesOf(ctx.words).find((s) => first.start >= s.start && first.start < s.end);
}
