// Where a post talks about one person's own case in public: it says it looked the case up, states the case's facts, or invites cases into a personal inbox.

import type { Context } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { cuesFrom, cuesIn, sentencesOf } from './sentence-cues.ts';

export type CaseTalkKind = 'lookup' | 'detail' | 'invite' | 'promise';
export interface CaseTalk {
  kind: CaseTalkKind;
  start: number;
  end: number;
  /** The token the stretch starts at. */
  first: number;
}

const OWNERS = new Set(['your', 'his', 'her']);
// "through your account", "in your online account": a place to go, not a fact about the case.
const PLACE_BEFORE = new Set(['through', 'via', 'in', 'into', 'using', 'from', 'to', 'at', 'on', 'with']);
const NEGATIONS = new Set(['not', "hasn't", "haven't", "isn't", "wasn't", "didn't", "doesn't", 'never', 'yet']);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'morning', 'afternoon']);
const CONDITIONS = new Set(['if', 'when', 'once', 'after', 'until', 'before', 'unless', 'whether']);
const GENERAL = new Set(['usually', 'normally', 'typically', 'generally', 'every']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** True when the post answers someone or speaks to a named person ("Hi Karen,", "Pat, if you're reading"). */
export function addressesSomeone(ctx: Context): boolean {
  return ctx.memo('addresses-someone', () => {
    if (ctx.replyTo.trim()) return true;
    const t = ctx.words.tokens;
    for (let k = 0; k + 1 < t.length; k++) {
      const a = t[k]!;
      const b = t[k + 1]!;
      // "Hi Karen" at the start, or a capitalised name followed by a comma that opens a sentence.
      if (k === 0 && GREETINGS.has(a.norm) && b.kind === 'word' && /^[A-Z]/.test(b.text)) return true;
      if (a.kind === 'word' && /^[A-Z][a-z]+$/.test(a.text) && b.text === ',' && (k === 0 || t[k - 1]!.sentence !== a.sentence)) {
        if (cuesIn(ctx, 'reader.you', a.sentence).some((m) => m.first > k + 1)) return true;
      }
    }
    return false;
  });
}

/** A possessive that names whose case it is: "your", "his", "her", or a capitalised name ("Alfie's"). */
function isOwner(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || PLACE_BEFORE.has(tokens[k - 1]?.norm ?? '')) return false;
  if (OWNERS.has(t.norm)) return true;
  // "Alfie's application", not "Carer's Support Payment" (a name of a thing, capitalised throughout).
  const next = tokens[k + 1];
  return t.stem !== t.norm && /^[A-Z]/.test(t.text) && t.norm.endsWith("'s") && !!next && !/^[A-Z]/.test(next.text);
}

/** A date, amount, time or reference: something only the person's own file would say. */
function isSpecific(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === 'number') return true;
  if (t.kind === 'word' && /\d/.test(t.text)) return true;
  if (t.kind === 'word' && MONTHS.has(t.norm) && (tokens[k - 1]?.kind === 'number' || tokens[k + 1]?.kind === 'number')) return true;
  return t.kind === 'punct' && t.text === '£';
}

const THEIRS = new Set(['it', "it's", 'your', 'you', "you'll"]);
const SOON = new Set(['today', 'tonight', 'tomorrow', 'friday', 'monday', 'tuesday', 'wednesday', 'thursday', 'saturday', 'sunday', 'the']);
/** "by 5pm today", "before Friday", "before the 20th": the token ending a deadline in the sentence, or -1. */
function deadlineIn(tokens: readonly Token[], s: { first: number; last: number }): number {
  for (let k = s.first; k + 1 < s.last; k++) {
    if (tokens[k]!.norm !== 'by' && tokens[k]!.norm !== 'before') continue;
    const next = tokens[k + 1]!;
    if (next.kind === 'number' || /^\d/.test(next.text) || MONTHS.has(next.norm)) return k + 1;
    if (SOON.has(next.norm) && (next.norm !== 'the' || /^\d/.test(tokens[k + 2]?.text ?? ''))) return next.norm === 'the' ? k + 2 : k + 1;
  }
  return -1;
}

/** Every stretch of the post that discusses one person's case, memoised per check. */
export function caseTalk(ctx: Context): CaseTalk[] {
  return ctx.memo('case-talk', () => {
    const out: CaseTalk[] = [];
    const words = ctx.words;
    const tokens = words.tokens;
    const declined = ctx.cues('engagement.decline').length > 0;
    const conversation = addressesSomeone(ctx);
    for (const s of sentencesOf(words)) {
      const firstWord = tokens.slice(s.first, s.last).find((t) => t.kind === 'word');
      const conditional = !!firstWord && CONDITIONS.has(firstWord.norm);
      if (declined) break;
      // A look-up counts when it is about someone: an owner or a case in this sentence or the next ("we've checked the road" is not).
      for (const m of cuesIn(ctx, 'engagement.lookup', s.index)) {
        // "We've passed your feedback on to the team": a remark passed on, not a case looked up.
        if (OWNERS.has(tokens[m.last]?.norm ?? '') && cuesFrom(ctx, 'engagement.remark', m.last + 1, m.last + 2).length > 0) continue;
        const to = words.sentences[s.index + 1]?.last ?? s.last;
        const about = tokens.slice(m.last, to).some((t) => OWNERS.has(t.norm) || t.norm === 'you' || (t.stem !== t.norm && /^[A-Z]/.test(t.text))) || cuesFrom(ctx, 'engagement.case-noun', m.last, to).length > 0;
        if (about && (conversation || ['your', 'you'].includes(tokens[m.last]?.norm ?? ''))) out.push({ kind: 'lookup', start: m.start, end: m.end, first: m.first });
      }
      // "Documents are usually returned within 2 weeks of your passport arriving", "your return is saved every time":
      // a sentence that says what happens as a rule is how-to, not the facts of one case.
      const general = tokens.slice(s.first, s.last).some((t) => GENERAL.has(t.norm));
      if (!conversation || conditional || general) continue;
      // "We'll make sure your new licence is with you before Saturday": one person's outcome promised in public.
      if (ctx.account === 'official') {
        for (const m of cuesIn(ctx, 'engagement.outcome-promise', s.index)) {
          const noun = cuesIn(ctx, 'engagement.case-noun', s.index).find((n) => n.first > m.last && n.first <= m.last + 3 && isOwner(tokens, m.last));
          if (noun) out.push({ kind: 'promise', start: m.start, end: noun.end, first: m.first });
        }
        // "it'll definitely be with you before the 20th", "We'll make sure it's with you before Friday": a delivery date
        // promised for the person's own thing.
        const deadline = deadlineIn(tokens, s);
        if (deadline >= 0) {
          // "We'll make sure it's with you", not "we'll make sure the new forms are on the website": the person's own thing.
          const promise = cuesIn(ctx, 'engagement.outcome-promise', s.index).find((m) => THEIRS.has(tokens[m.last]?.norm ?? ''));
          const itWill = tokens.slice(s.first, deadline).findIndex((t, i) => t.norm === "it'll" || (t.norm === 'it' && tokens[s.first + i + 1]?.norm === 'will'));
          const from = promise ? promise.first : itWill >= 0 ? s.first + itWill : -1;
          if (from >= 0 && from < deadline) out.push({ kind: 'promise', start: tokens[from]!.start, end: tokens[deadline]!.end, first: from });
        }
      }
      // "your PIP stopped because...", "Alfie's application ... ranked 73rd": an owner, a case noun, and a fact about it.
      const nouns = cuesIn(ctx, 'engagement.case-noun', s.index);
      for (const n of nouns) {
        let owner = -1;
        for (let k = n.first - 1; k >= Math.max(s.first, n.first - 3); k--) if (isOwner(tokens, k)) owner = k;
        if (owner < 0) continue;
        let fact = false;
        for (let k = s.first; k < s.last && !fact; k++) fact = isSpecific(tokens, k) || tokens[k]!.norm === 'because';
        // A status after the noun, unless negated ("your payment hasn't arrived" repeats the complaint).
        fact ||= cuesIn(ctx, 'engagement.case-status', s.index).some((m) => m.first > n.first && !tokens.slice(n.last, m.first).some((t) => NEGATIONS.has(t.norm)));
        if (fact) out.push({ kind: 'detail', start: tokens[owner]!.start, end: n.end, first: owner });
        break;
      }
    }
    // A personal account inviting cases into its own inbox, with a promise to work them ("DM me your reference and I'll chase it").
    if (ctx.account === 'personal') {
      const promise = ctx.cues('engagement.casework-promise').length > 0;
      for (const m of ctx.cues('engagement.invite-me')) {
        // "DM me your reference", or an invitation beside a promise to work the case.
        const asksDetails = tokens.slice(m.last, m.last + 2).some((t) => t.norm === 'your');
        if ((promise || asksDetails) && !declined) out.push({ kind: 'invite', start: m.start, end: m.end, first: m.first });
      }
      if (conversation && !declined && !out.some((o) => o.kind === 'invite')) {
        // "Hope you get it sorted" wishes the person well; the promise is the writer's own.
        for (const m of ctx.cues('engagement.casework-promise')) if (!['you', 'they'].includes(tokens[m.first - 1]?.norm ?? '')) out.push({ kind: 'invite', start: m.start, end: m.end, first: m.first });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
