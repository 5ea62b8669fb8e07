// Where a post speaks for a department: stating its position, promising outcomes, announcing decisions, correcting the public with its authority, offering its services, or the institutional "we" of its staff.

import type { Context } from '../context.ts';
import { departmentTerms, findTerms } from '../text/department.ts';
import { caseTalk } from './case-talk.ts';
import { departmentWork } from './department-work.ts';
import { cuesFrom } from './sentence-cues.ts';
import { allMatches } from '../text/matches.ts';

export type DepartmentVoiceKind = 'authority' | 'promise' | 'offer' | 'we' | 'decision' | 'correction';

export interface DepartmentVoiceCue {
  kind: DepartmentVoiceKind;
  start: number;
  end: number;
  /** Still speaking for the department when the writer has said where they work: promises and offers of service. */
  evenIfDisclosed: boolean;
}

const BODY = String.raw`(?:department|agency|ministry|government|govt|organisation|office|civil\s+service|hmg)`;
const VERB = String.raw`(?:refund|reimburse|compensate|pay|process|fix|sort|waive|cancel|reinstate|approve|review|reconsider|extend|backdate|fast-track|fast\s+track|expedite|correct|resolve|investigate|look\s+into|update|issue|send|contact|get\s+back\s+to|deal\s+with|honour|cover|make\s+sure|ensure|put\s+right|write\s+off|scrap|drop|u-turn|reverse|restore|replace|release|publish|announce)`;
const WILL = String.raw`(?:\s+will|'ll|\s+shall|\s+(?:is|are)\s+going\s+to|\s+(?:promises?|guarantees?|(?:has|have)\s+agreed)\s+to)`;
const MAY_PROMISE = String.raw`${WILL}\s+(?:[A-Za-z-]+\s+){0,2}?${VERB}(?![A-Za-z])`;
// Things that speak for the department whatever the context.
const AUTHORITY = new RegExp(
  [
    String.raw`\b(?:on\s+behalf\s+of|speaking\s+for)\s+(?:the\s+|my\s+|our\s+|HM\s+|his\s+majesty's\s+)?(?:whole\s+|entire\s+)?${BODY}\b`,
    String.raw`\b(?:the|our|my)\s+${BODY}'s\s+(?:official\s+)?(?:position|view|line|stance|response|decision)\s+(?:is|remains|will\s+be)\b`,
    String.raw`\bhmg's\s+(?:official\s+)?(?:position|view|line|stance)\b`,
    String.raw`\bour\s+official\s+(?:position|view|line|stance)\b`,
    String.raw`\b(?:the\s+)?official\s+(?:position|line)\s+is\b`,
    String.raw`(?:^|(?<=[.!?\n]\s{0,3}))officially(?=\s{0,3}[,:;—–-])`,
    String.raw`\b(?:speaking\s+officially|officially\s+speaking)\b`,
    String.raw`\b(?:the|HM)\s+${BODY}${MAY_PROMISE}`,
  ].join('|'),
  'gi',
);
const NAME_PROMISE = new RegExp(`^${MAY_PROMISE}`, 'i');
const ON_BEHALF_BEFORE = /\b(?:on\s+behalf\s+of|speaking\s+for)\s+(?:the\s+)?(?:whole\s+|entire\s+)?$/i;
// "I'm not posting on behalf of …", "Not speaking officially": the disclaimer, not the claim.
const NOT_BEFORE = /\b(?:not|never|n't)\s+(?:[a-z]+\s+){0,2}$/i;
const ANSWERS = new Set(['no', 'nope', 'yes', 'yep', 'yeah', 'nah']);
const WE = new Set(['we', "we're", "we've", "we'll", "we'd", 'us']);

/** Every place the post speaks for a department, in a post about the department's work. Memoised per check. */
export function departmentVoice(ctx: Context): readonly DepartmentVoiceCue[] {
  return ctx.memo('signals.departmentVoice', () => findVoice(ctx));
}

function findVoice(ctx: Context): DepartmentVoiceCue[] {
  const text = ctx.plain;
  const { tokens } = ctx.words;
  const work = departmentWork(ctx);
  const out: DepartmentVoiceCue[] = [];
  const add = (kind: DepartmentVoiceKind, start: number, end: number, evenIfDisclosed: boolean) => out.push({ kind, start, end, evenIfDisclosed });
  const negated = (start: number) => NOT_BEFORE.test(text.slice(Math.max(0, start - 30), start));

  for (const m of allMatches(AUTHORITY, text)) if (!negated(m.index)) add('authority', m.index, m.index + m[0].length, true);
  for (const n of findTerms(departmentTerms(ctx.settings).names, text)) {
    // "On behalf of the Marine and Fisheries Agency": the configured name stands in for "the department".
    const behalf = ON_BEHALF_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
    const from = n.start - (behalf?.[0].length ?? 0);
    if (behalf && !negated(from)) add('authority', from, n.end, true);
    const promise = NAME_PROMISE.exec(text.slice(n.end, n.end + 80));
    if (promise) add('authority', n.start, n.end + promise[0].length, true);
  }

  // The rest speaks for the department only beside its work: its names or topics, a public-service noun
  // ("applications", "payments") in the sentence or the next, or a post replied to that is about it.
  const replyAbout = work.inReply || (ctx.replyTo !== '' && work.service);
  const near = (k: number) => replyAbout || workNear(ctx, k);
  for (const m of ctx.cues('identity.promise')) if (near(m.first)) add('promise', m.start, m.end, true);
  // "Relax, the backlog's cleared", "don't worry, everyone affected gets £50": assurance about the department's work
  // that only someone inside can give (said openly, as a named member of staff, it is still not theirs to give).
  // The assurance must come with how the work stands ("the backlog's cleared", "is being printed", "£50"), not a
  // prediction anyone could make ("don't worry, the roads will be back to normal once the roadworks finish").
  const reassure = ctx.cues('identity.reassure')[0];
  if (reassure && near(reassure.first) && workStatusNear(ctx, reassure.first)) add('promise', reassure.start, reassure.end, false);
  for (const m of ctx.cues('identity.service-offer')) if (near(m.first)) add('offer', m.start, m.end, true);
  // "should be in by 6pm, promise 🙏": a promise tacked on the end of an update.
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    if (t.norm === 'promise' && tokens[k - 1]?.text === ',' && (!next || next.sentence !== t.sentence || next.kind !== 'word') && near(k)) add('promise', t.start, t.end, true);
  });
  // "DM me your reference number" is an offer of the department's service; "drop me a message" for a chat is not.
  for (const m of ctx.cues('identity.contact-offer')) if (serviceNear(ctx, m.first, 2)) add('offer', m.start, m.end, true);
  // "I've had a look on the system for you", "DM me your postcode and I'll find out": one person's case worked from a
  // personal account, beside public-service work, is the department's service offered by someone who cannot give it.
  if (ctx.account === 'personal' && (work.own || work.service)) {
    for (const c of caseTalk(ctx)) if (c.kind !== 'detail') add('offer', c.start, c.end, true);
  }
  for (const m of ctx.cues('identity.decision')) if (work.inReply || workNear(ctx, m.first)) add('decision', m.start, m.end, false);
  for (const m of ctx.cues('identity.correction')) if (work.inReply || (work.own && workNear(ctx, m.first))) add('correction', m.start, m.end, false);
  // A reply that opens "No," or "Yes," answers a question about the department's work as one who knows.
  const first = tokens[0];
  // "Yep, I do", "Yes, I work there": an answer about the writer, not the department.
  const aboutSelf = ['i', "i'm", "i've"].includes(tokens[2]?.norm ?? '');
  if (work.inReply && first && ANSWERS.has(first.norm) && tokens[1]?.kind === 'punct' && !aboutSelf) add('correction', first.start, first.end, false);
  // "We've checked the payments", "we're bringing in 50 more assessors", "takes us weeks to compile", "we're swamped with applications".
  // Verbs only an office uses need the work nearby; verbs anyone uses ("we've fixed", "we'll check") need a public-service noun.
  const office = [...ctx.cues('identity.institution-verb'), ...ctx.cues('identity.workload')];
  const everyday = ctx.cues('identity.everyday-verb');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !WE.has(t.norm)) continue;
    const after = (a: { first: number }) => a.first >= k && a.first - k <= 5 && tokens[a.first]!.sentence === t.sentence;
    const act = office.find(after);
    // A verb only an office uses ("we're not bringing back the tax disc", "we assessed four routes") in a post about
    // public services or answering someone is the staff's "we", whether or not the service is named.
    if (act && (near(k) || work.service || ctx.replyTo !== '')) add('we', t.start, act.end, false);
    else {
      const plain = everyday.find(after);
      if (plain && (serviceNear(ctx, k, 2) || replyAbout)) add('we', t.start, plain.end, false);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const STATUS_VERBS = new Set(['getting', 'receiving', 'being']);
/** In the token's sentence or the next: a sum of money, the workload ("the backlog"), or work in progress ("is being printed", "are getting £50"). */
function workStatusNear(ctx: Context, k: number): boolean {
  const { tokens } = ctx.words;
  const s = tokens[k]!.sentence;
  const inReach = (j: number) => tokens[j]!.sentence >= s && tokens[j]!.sentence <= s + 1;
  if (ctx.cues('identity.workload').some((m) => inReach(m.first))) return true;
  return tokens.some((t, j) => {
    if (!inReach(j)) return false;
    if (t.kind === 'number' && /[£$€]$/.test(tokens[j - 1]?.text ?? '')) return true;
    return STATUS_VERBS.has(t.norm) && /^(?:is|are|'s|'re)$/.test(tokens[j - 1]?.norm ?? '') && (t.norm !== 'being' || /ed$/.test(tokens[j + 1]?.norm ?? ''));
  });
}

/** The department's names or topics, or a public-service noun, in the token's sentence or the ones either side. */
function workNear(ctx: Context, k: number): boolean {
  const { tokens, sentences } = ctx.words;
  const i = tokens[k]!.sentence;
  // A tweet-length post, or one of three sentences or fewer, is one thought: its work words are near everything in it.
  const short = sentences.length <= 3 || ctx.plain.length <= 280;
  const from = short ? 0 : sentences[Math.max(0, i - 1)]!.start;
  const to = short ? ctx.plain.length : sentences[Math.min(sentences.length - 1, i + 1)]!.end;
  const work = departmentWork(ctx);
  if ([...work.topics, ...work.names].some((m) => m.start >= from && m.end <= to)) return true;
  const firstToken = short ? 0 : sentences[Math.max(0, i - 1)]!.first;
  const lastToken = short ? tokens.length : sentences[Math.min(sentences.length - 1, i + 1)]!.last;
  return cuesFrom(ctx, 'identity.service-noun', firstToken, lastToken).some((m) => m.start >= from && m.end <= to);
}

/** A public-service noun ("applications", "payments", "backlog") in the token's sentence or the next `sentences - 1`. */
function serviceNear(ctx: Context, k: number, sentences: number): boolean {
  const { tokens } = ctx.words;
  const sentence = tokens[k]!.sentence;
  const all = ctx.words.sentences;
  const last = all[Math.min(all.length, sentence + sentences) - 1];
  return !!last && cuesFrom(ctx, 'identity.service-noun', all[sentence]!.first, last.last).length > 0;
}
