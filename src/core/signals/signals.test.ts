// The shared signals on their own: political targets and reply authors, evaluation, campaigning, the pre-election period, the department's work and voice.
import { describe, expect, it } from 'vitest';
import { createContext, type Context } from '../context.ts';
import { validateSettings, type Settings } from '../settings.ts';
import type { Account } from '../types.ts';
import { campaignActs } from './campaign.ts';
import { departmentVoice } from './department-voice.ts';
import { departmentWork } from './department-work.ts';
import { outsiderFrames } from './outsider.ts';
import { personalVoice } from './personal-voice.ts';
import { evaluatedTargets } from './political-evaluation.ts';
import { politicalTargets, replyAuthor } from './political-targets.ts';
import { announcement, preElection } from './pre-election.ts';

function ctxOf(text: string, opts: { account?: Account; replyTo?: string; settings?: Record<string, unknown> } = {}): Context {
  const { settings } = validateSettings(opts.settings ?? {});
  return createContext(text, text.length, opts.account ?? 'personal', 'x', opts.replyTo ?? '', settings);
}
const words = (ctx: Context, spans: ReadonlyArray<{ start: number; end: number }>) => spans.map((s) => ctx.text.slice(s.start, s.end));

describe('political targets', () => {
  it('finds parties by name, colour, symbol and nickname, politicians by office and handle, governments and predecessors', () => {
    const ctx = ctxOf('The Tories, the red team 🌹, the party of business, @TomHeathMP, the Chancellor, this government and the last lot.');
    expect(politicalTargets(ctx).map((t) => `${t.kind}:${ctx.text.slice(t.start, t.end)}`)).toEqual([
      'party:Tories',
      'party:red team',
      'party:🌹',
      'party:party of business',
      'politician:@TomHeathMP',
      'politician:Chancellor',
      'government:this government',
      'predecessor:the last lot',
    ]);
  });
  it('leaves ordinary words, modifiers and social parties alone', () => {
    const ctx = ctxOf('Labour market figures, a conservative estimate, the government website, our Christmas Party and a red team exercise.');
    expect(politicalTargets(ctx)).toEqual([]);
  });
  it('reads the author of the post replied to from its signature', () => {
    expect(replyAuthor(ctxOf('x', { replyTo: 'Residents deserve answers. Sophie Marr MP (Lib Dem, Westbury)' }))).toEqual({ kind: 'politician', names: new Set(['Sophie', 'Marr']) });
    expect(replyAuthor(ctxOf('x', { replyTo: '@LibDems: We forced a U-turn!' }))?.kind).toBe('party');
    expect(replyAuthor(ctxOf('x', { replyTo: 'Did you see the PM’s speech last night lol' }))).toBeNull();
    expect(replyAuthor(ctxOf('x', { replyTo: 'BREAKING: Home Secretary unveils new measures' }))).toBeNull();
  });
});

describe('political evaluation', () => {
  it('needs evaluation near the target, not just a mention', () => {
    expect(evaluatedTargets(ctxOf('The Prime Minister visited our Swansea office today.'))).toEqual([]);
    const ctx = ctxOf('Unlike the previous lot, this government is actually fixing the potholes.');
    expect(evaluatedTargets(ctx).map((e) => e.target.kind)).toEqual(['predecessor', 'government']);
  });
  it('treats an unnamed reply to a party as about the party', () => {
    const [e] = evaluatedTargets(ctxOf('Brilliant result, well deserved', { replyTo: '@TheGreenParty: We won 3 more seats!' }));
    expect(e?.implicit).toBe(true);
  });
});

describe('campaigning and the pre-election period', () => {
  it('finds calls to vote, hashtags and party events', () => {
    const ctx = ctxOf('Vote Labour on Thursday! #ToriesOut Come and see me speaking at the Green Party conference.');
    expect(campaignActs(ctx).map((a) => `${a.kind}:${ctx.text.slice(a.start, a.end)}`)).toEqual([
      'vote:Vote Labour',
      'hashtag:#ToriesOut',
      'event:speaking at the Green Party conference',
    ]);
  });
  it('reads the period from the post, or from a period in the settings', () => {
    const ctx = ctxOf('With polling day just 9 days away, we are delighted to announce £200m.', { account: 'official' });
    expect(words(ctx, [preElection(ctx)!])).toEqual(['polling day just 9 days away']);
    expect(words(ctx, [announcement(ctx)!])).toEqual(['delighted to announce']);
    const { settings } = validateSettings({});
    const withPeriod = { ...settings, electionPeriod: { start: '2000-01-01', end: '2999-12-31' } } as Settings;
    const quiet = createContext('We unveil £5m today.', 20, 'official', 'x', '', withPeriod);
    expect(preElection(quiet)).toEqual({ start: 0, end: 0 });
    expect(preElection(ctxOf('We unveil £5m today.'))).toBeNull();
  });
});

describe('the department and how a post speaks', () => {
  const pensions = { department: 'State Pension Service' };
  it('finds the department’s own work in the post and in the reply, handles by initials included', () => {
    const work = departmentWork(ctxOf('They are great.', { replyTo: '@SPSgov is useless', settings: pensions }));
    expect(work.inReply).toBe(true);
    expect(departmentWork(ctxOf('My pensions forecast came today.', { settings: pensions })).topics.map((m) => m.text)).toEqual(['pensions']);
  });
  it('tells the staff’s “we” from a family’s', () => {
    const staff = ctxOf('We’ve checked and the April pension payments will go out as normal.', { settings: pensions });
    expect(departmentVoice(staff).map((v) => v.kind)).toEqual(['we', 'decision']);
    expect(departmentVoice(ctxOf('We’ve checked the garden fence and will fix it on Saturday.', { settings: pensions }))).toEqual([]);
  });
  it('finds a personal voice, but not a promise of personal service', () => {
    expect(personalVoice(ctxOf('Personally, I think the new scheme is great.', { account: 'official' })).map((v) => v.kind)).toEqual(['opinion', 'opinion', 'personal']);
    expect(personalVoice(ctxOf('One of our team will reply to you personally within a day.', { account: 'official' }))).toEqual([]);
  });
  it('finds lay identities and outright denials', () => {
    const ctx = ctxOf('As a mum of two, and nothing to do with the government, I love it.');
    expect(outsiderFrames(ctx).map((f) => `${f.explicit}:${ctx.text.slice(f.start, f.end)}`)).toEqual(['false:As a mum of two', 'true:nothing to do with the government']);
  });
});
