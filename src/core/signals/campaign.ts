// Campaigning acts in a post: calls to vote for or against a party or person, campaign hashtags, canvassing and leafleting, party events and fundraising, lobbying MPs on a bill, and party slogans near an election.

import hashtags from '../data/campaign-hashtags.json' with { type: 'json' };
import names from '../data/political-names.json' with { type: 'json' };
import type { Context } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { isVotePartyTag, politicalTargets, replyAuthor } from './political-targets.ts';
import { cuesFrom } from './sentence-cues.ts';

export type CampaignKind = 'vote' | 'hashtag' | 'activity' | 'event' | 'anticipation' | 'slogan';

export interface CampaignAct {
  kind: CampaignKind;
  start: number;
  end: number;
}

const TAGS = new Set(hashtags.terms);
const OUT_NAMES = new Set(names.terms);
const VOTE = new Set(['vote', 'votes', 'voting', 'voted']);
const VOTE_LINK = new Set(['for', 'against']);
const JOIN = new Set(['join', 'joined', 'joining']);
const SELF = new Set(['as', 'i', "i'm", 'im', 'my', 'proud', 'fellow', 'we', "we're"]);
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'me', 'us']);
const BALLOT = '🗳';

/** The campaigning acts in the post, in order. Memoised per check. */
export function campaignActs(ctx: Context): readonly CampaignAct[] {
  return ctx.memo('signals.campaignActs', () => findActs(ctx));
}

function findActs(ctx: Context): CampaignAct[] {
  const { tokens } = ctx.words;
  const targets = politicalTargets(ctx);
  const out: CampaignAct[] = [];
  const span = (kind: CampaignKind, first: number, last: number) => out.push({ kind, start: tokens[first]!.start, end: tokens[last - 1]!.end });
  // "voting for you" counts only when "you" is a party or candidate (a reply to one).
  const targetAt = (k: number) => targets.find((t) => t.first === k);
  const electoral = ctx.cues('politics.election').length > 0 || targets.some((t) => t.kind === 'party' || t.kind === 'politician') || replyAuthor(ctx) !== null;

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'hashtag' && campaignHashtag(t.norm.slice(1))) span('hashtag', k, k + 1);
    if (t.kind !== 'word') continue;
    if (JOIN.has(t.norm)) {
      // "Finally decided to join the Lib Dems": becoming a party member in public.
      const at = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
      const party = targetAt(at);
      if (party?.kind === 'party' && !party.weak) span('activity', k, party.last);
      continue;
    }
    // "Re-elect Gareth": the verb is written re - elect.
    const reElect = (t.norm === 'elect' && tokens[k - 1]?.text === '-' && tokens[k - 2]?.norm === 're') || t.norm === 'reelect';
    if (!VOTE.has(t.norm) && !reElect) continue;
    const from = reElect && t.norm === 'elect' ? k - 2 : k;
    // "Vote Labour", "vote for Cllr Hirst", "votes Tory", "vote them out".
    let j = k + 1;
    if (tokens[j] && VOTE_LINK.has(tokens[j]!.norm)) j++;
    const next = tokens[j];
    if (!next || next.sentence !== t.sentence) continue;
    const target = targetAt(j);
    if (target && (target.kind === 'party' || target.kind === 'politician' || target.kind === 'reader')) span('vote', from, target.last);
    else if (next.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text) && properName(tokens, j)) span('vote', from, j + 1);
    else if (OBJECT_PRONOUNS.has(next.norm) && tokens[j + 1]?.norm === 'out') span('vote', from, j + 2);
  }

  for (const m of ctx.cues('impartiality.campaign')) {
    // "canvassing colleagues' views" is consultation, not campaigning.
    if (/^canvass/.test(tokens[m.last - 1]!.norm) && ctx.cues('impartiality.canvass-object').some((o) => o.first === m.last || o.first === m.last + 1)) continue;
    span('activity', m.first, m.last);
  }
  for (const m of ctx.cues('impartiality.campaign-weak')) {
    // "Whoever you're backing, please vote": backing nobody in particular is encouragement to vote.
    if (anyone(tokens, m.first)) continue;
    // Leafleting "for Sian Marr" names who for; "for the food bank" with nothing political about it is charity.
    if (electoral || forNamedPerson(tokens, m.last)) span('activity', m.first, m.last);
  }

  // "Roll on May 🗳️", "counting down to polling day": looking forward to an election, in a post about parties or politicians.
  if (electoral) {
    const ballot = tokens.some((t) => t.kind === 'emoji' && t.text.startsWith(BALLOT));
    for (const m of ctx.cues('impartiality.anticipation')) {
      const near = cuesFrom(ctx, 'impartiality.election-time', m.last, m.last + 4).length > 0 || cuesFrom(ctx, 'politics.election', m.last, m.last + 4).length > 0;
      if (near || (ballot && tokens[m.first]!.sentence === tokens.find((t) => t.text.startsWith(BALLOT))!.sentence)) span('anticipation', m.first, m.last);
    }
  }

  // "speaking at the Labour Business Forum", "our local Plaid Cymru branch": taking part in a party's own events.
  const events = ctx.cues('impartiality.party-event');
  const takePart = ctx.cues('impartiality.take-part');
  for (const p of targets) {
    if (p.kind !== 'party' || p.weak) continue;
    const e = events.find((m) => m.first >= p.last && m.first - p.last <= 2 && capitalisedRun(tokens, p.last, m.first));
    if (!e) continue;
    // Someone goes, speaks, joins or belongs: "The Conservative Party conference is in Manchester" is only news.
    const by = takePart.find((m) => m.last <= p.first && p.first - m.last <= 2);
    if (by) span('event', by.first, e.last);
  }

  // "Proud to be a member of the Green Party", "I joined Labour".
  for (const m of ctx.cues('impartiality.membership')) {
    const at = tokens[m.last]?.norm === 'the' ? m.last + 1 : m.last;
    const party = targetAt(at);
    if (party?.kind === 'party' && !party.weak) span('event', m.first, party.last);
  }

  // "Signed up as a Labour member", "I'm a Tory voter": belonging to a side, said of oneself.
  const roles = new Set(ctx.cues('impartiality.party-role').map((m) => m.first));
  for (const p of targets) {
    if (p.kind !== 'party' || p.weak || !roles.has(p.last)) continue;
    const self = tokens.slice(Math.max(0, p.first - 3), p.first).some((t) => SELF.has(t.norm));
    if (self) span('event', Math.max(0, p.first - 2), p.last + 1);
  }

  // Wishing a government out with an election in view: "Time to give someone else a go. Polls open at 7."
  if (ctx.cues('politics.election').length) for (const m of ctx.cues('impartiality.defeat')) span('anticipation', m.first, m.last);

  // "Delivering our manifesto commitment", "the change you voted for": a department speaking as the winning party.
  if (ctx.account === 'official') for (const m of ctx.cues('politics.mandate')) if (!ctx.isReported(m.start, m.end)) span('slogan', m.first, m.last);

  // A party slogan in the poster's own voice near an election, or on a department's account at any time.
  if (ctx.cues('politics.election').length || ctx.account === 'official') {
    for (const s of targets) if (s.kind === 'slogan' && !ctx.isReported(s.start, s.end)) span('slogan', s.first, s.last);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "#VoteGreen", "#ToriesOut", "#GTTO"; "#RegisterToVote" and "#VoteByPost"-style reminders are not campaigning. */
function campaignHashtag(tag: string): boolean {
  if (TAGS.has(tag) || isVotePartyTag(tag)) return true;
  if (tag.endsWith('out') && OUT_NAMES.has(tag.slice(0, -3))) return true;
  if (tag.endsWith('4pm')) return true;
  return false;
}

const ANYONE = new Set(['whoever', 'whichever', 'whatever', 'regardless']);

/** "Whoever you're backing", "whichever party you back": the words before an act leave the side open. */
function anyone(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && tokens[j]!.sentence === tokens[k]!.sentence; j--) if (ANYONE.has(tokens[j]!.norm)) return true;
  return false;
}

/** A capitalised word that is not just the start of a sentence. */
function properName(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && prev.sentence === tokens[k]!.sentence;
}

/** "leafleting for Sarah Okafor": the next words are "for" and a capitalised name. */
function forNamedPerson(tokens: readonly Token[], k: number): boolean {
  const f = tokens[k];
  const name = tokens[k + 1];
  return f?.norm === 'for' && name !== undefined && name.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(name.text);
}

/** Tokens [from, to) are all capitalised words: "Labour Business Forum". */
function capitalisedRun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'word' || !/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  return true;
}
