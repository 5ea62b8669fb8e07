// Whether a post sits in a pre-election period (the settings say so, or the post itself puts polling day close), and whether it announces new money or schemes.

import type { Context } from '../context.ts';
import { cuesFrom } from './sentence-cues.ts';

export interface PreElection {
  /** Where the post says the election is close ("polling day just 9 days away"), or null when only the settings say so. */
  start: number;
  end: number;
}

export interface Announcement {
  start: number;
  end: number;
}

/** A period set in the settings, when the settings declaration carries one ({ start, end } as YYYY-MM-DD). */
interface MaybePeriod {
  electionPeriod?: { start: string; end: string } | null;
}

/** The pre-election period, from the settings or from the post's own words. Memoised per check. */
export function preElection(ctx: Context): PreElection | null {
  return ctx.memo('signals.preElection', () => findPeriod(ctx));
}

/** New money, a new scheme or a record of achievements announced in the post ("delighted to announce £200m"). Memoised per check. */
export function announcement(ctx: Context): Announcement | null {
  return ctx.memo('signals.announcement', () => findAnnouncement(ctx));
}

function findPeriod(ctx: Context): PreElection | null {
  const { tokens } = ctx.words;
  // The election and a word that puts it close, in one sentence: "With polling day just a week away".
  // Sentences that speak of the election as behind us, found in one pass.
  const pastSentences = new Set(tokens.filter((t) => PAST.has(t.norm)).map((t) => t.sentence));
  const past = (sentence: number) => pastSentences.has(sentence);
  for (const near of ctx.cues('impartiality.election-near')) {
    const sentence = tokens[near.first]!.sentence;
    if (past(sentence)) continue;
    const election = cuesFrom(ctx, 'politics.election', near.first - 6, near.first + 7).find((e) => tokens[e.first]!.sentence === sentence);
    if (election) return { start: Math.min(election.start, near.start), end: Math.max(election.end, near.end) };
  }
  // "Ahead of Thursday's general election", "polling day next week", "five days until the election": the words
  // around the election put it close, however they are phrased.
  for (const e of ctx.cues('politics.election')) {
    if (!CLOSE_ELECTIONS.has(tokens[e.last - 1]!.stem)) continue;
    const sentence = tokens[e.first]!.sentence;
    // "The election was held on Thursday" is behind us.
    if (past(sentence)) continue;
    for (let k = Math.max(0, e.first - 5); k < Math.min(tokens.length, e.last + 4); k++) {
      const t = tokens[k]!;
      if (t.sentence !== sentence || (k >= e.first && k < e.last)) continue;
      if (CLOSE.has(t.stem) || (t.kind === 'number' && /^(?:days?|weeks?)$/.test(tokens[k + 1]?.norm ?? '')) || (NUMBER_WORDS.has(t.norm) && /^(?:days?|weeks?)$/.test(tokens[k + 1]?.norm ?? ''))) {
        return { start: Math.min(t.start, e.start), end: Math.max(t.end, e.end) };
      }
    }
  }
  if (inSettingsPeriod(ctx.settings as MaybePeriod)) return { start: 0, end: 0 };
  return null;
}

// The election itself, not a vote in general ("vote" is also a committee's) or a campaign trail.
const CLOSE_ELECTIONS = new Set(['election', 'elections', 'polling day', 'day', 'by-election']);
// Words that put it close: ahead of it, before it, days or weeks to it, a weekday, tomorrow.
const CLOSE = new Set(['ahead', 'before', 'until', 'till', 'away', 'tomorrow', 'eve', 'run-up', 'countdown', 'upcoming', 'looming', 'imminent', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PAST = new Set(['was', 'were', 'held', 'yesterday', 'ago']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'a']);

function inSettingsPeriod(settings: MaybePeriod, today = new Date()): boolean {
  const period = settings.electionPeriod;
  if (!period || typeof period.start !== 'string' || typeof period.end !== 'string') return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return day >= period.start && day <= period.end;
}

const RECORD = new Set(['everything', 'all', 'what']);

function findAnnouncement(ctx: Context): Announcement | null {
  const { tokens } = ctx.words;
  // "Delighted to announce …", "our biggest achievements": an announcement or a record of achievements, with or without a sum.
  const strong = ctx.cues('impartiality.announce-strong')[0];
  if (strong) return { start: strong.start, end: strong.end };
  // "everything this government has delivered", "all we've achieved since 2019": a record of achievements.
  const k = tokens.findIndex((t, i) => (t.norm === 'delivered' || t.norm === 'achieved') && [i - 1, i - 2, i - 3, i - 4].some((j) => RECORD.has(tokens[j]?.norm ?? '') && tokens[j]!.sentence === t.sentence));
  if (k >= 0) return { start: tokens[k]!.start, end: tokens[k]!.end };
  // A sum of money: "£200m", "£1.2 billion", "200 million pounds".
  const money = tokens.findIndex((t, k) => t.kind === 'number' && (tokens[k - 1]?.text === '£' || /^(?:million|billion|bn|m)$/i.test(tokens[k + 1]?.norm ?? '')));
  for (const m of ctx.cues('impartiality.announce')) {
    const sentence = tokens[m.first]!.sentence;
    if (money >= 0 && tokens[money]!.sentence === sentence) {
      const first = Math.min(m.first, money - (tokens[money - 1]?.text === '£' ? 1 : 0));
      const last = Math.max(m.last, money + 1);
      return { start: tokens[first]!.start, end: tokens[last - 1]!.end };
    }
  }
  return null;
}
