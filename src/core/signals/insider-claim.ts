// A writer vouching for what they say by their inside part in the work ("as someone who drafted the guidance", "some of us have spent two years on…", "we at the Treasury").

import type { Context } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { evaluate } from '../text/valence.ts';
import { sentenceFacts } from './foreknowledge.ts';

export interface InsiderClaim {
  start: number;
  end: number;
}

const SOMEONE = new Set(['someone', 'somebody', 'one', 'a', 'person']);
const WHO = new Set(['who', 'that']);
const FILLER = new Set(['has', 'have', "'s", "'ve", 'actually', 'literally', 'also', 'personally', 'helped', 'spent', 'years', 'been', 'is', 'was', 'still', 'currently', 'used', 'to', 'a', 'the', 'of', 'people', 'few', 'person']);
// What the inside part is: making, running or sitting in on the work.
const INSIDE_VERBS = new Set([
  'drafted', 'draft', 'drafts', 'drafting', 'writes', 'wrote', 'write', 'written', 'sat', 'sits', 'sit', 'runs', 'ran', 'run', 'designed', 'designs', 'built', 'builds',
  'manages', 'managed', 'processes', 'processed', 'assesses', 'assessed', 'decides', 'decided', 'advised', 'advises', 'briefed', 'briefs', 'modelled', 'models', 'works', 'worked', 'working', 'work',
]);
const GROUP = new Set(['project', 'team', 'programme', 'board', 'panel', 'unit', 'committee', 'taskforce', 'inside', 'desk', 'frontline', 'front']);
const SOME = new Set(['some', 'most', 'all', 'many', 'lots', 'few', 'those']);
const SPENT = new Set(['spent', 'worked', 'been', 'drafted', 'built', 'designed']);
const POLICY = new Set(['policy', 'guidance', 'rules', 'scheme', 'programme', 'system', 'casework', 'modelling', 'strategy', 'bill', 'legislation', 'reforms', 'reform', 'review', 'project', 'consultation', 'budget', 'contract', 'contracts', 'figures', 'statistics']);

/** Claims of an inside part in the work, when the post goes on to judge, correct, assure or tell what is coming. Memoised. */
export function insiderClaims(ctx: Context): readonly InsiderClaim[] {
  return ctx.memo('signals.insiderClaims', () => {
    const { tokens } = ctx.words;
    const claims: InsiderClaim[] = [];
    const serviceStarts = new Set(ctx.cues('identity.service-noun').map((n) => n.first));
    // "Speaking as a caseworker", "as a work coach": a job inside government named as the writer's.
    for (const m of ctx.cues('identity.staff-role')) {
      const a = tokens[m.first - 1];
      const as = a && /^(?:a|an)$/.test(a.norm) ? tokens[m.first - 2] : undefined;
      if (!as || as.norm !== 'as' || as.sentence !== tokens[m.first]!.sentence) continue;
      // Only as a credential opening a clause ("Speaking as a caseworker, …", "As a work coach, …"), not a career
      // ("I joined as an administrative officer", "six years as a work coach").
      const speaking = tokens[m.first - 3]?.norm === 'speaking';
      const opens = speaking || m.first - 2 === ctx.words.sentences[as.sentence]!.first || tokens[m.first - 3]?.text === ',';
      if (opens) claims.push({ start: (speaking ? tokens[m.first - 3]! : as).start, end: m.end });
    }
    // "I literally process visa applications for a living": the work named as the writer's job.
    for (let k = 3; k + 2 < tokens.length; k++) {
      if (tokens[k]!.norm !== 'for' || tokens[k + 1]?.norm !== 'a' || tokens[k + 2]?.norm !== 'living') continue;
      for (let j = k - 1; j >= Math.max(0, k - 8) && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
        if (tokens[j]!.norm === 'i' && nounBetween(serviceStarts, j, k)) {
          claims.push({ start: tokens[j]!.start, end: tokens[k + 2]!.end });
          break;
        }
      }
    }
    // "Working on the new immigration bill and it's a mess": a sentence opening on the writer's part in the work.
    for (const s of ctx.words.sentences) {
      const t = tokens[s.first];
      if (t?.norm === 'working' && tokens[s.first + 1]?.norm === 'on' && [2, 3, 4, 5].some((d) => tokens[s.first + d]?.sentence === t.sentence && POLICY.has(tokens[s.first + d]!.norm))) {
        claims.push({ start: t.start, end: tokens[s.first + 1]!.end });
      }
    }
    for (let k = 0; k < tokens.length; k++) {
      const end = claimAt(tokens, k);
      if (end > k) {
        claims.push({ start: tokens[k]!.start, end: tokens[end - 1]!.end });
        k = end - 1;
      }
    }
    claims.sort((a, b) => a.start - b.start);
    return claims.length && comments(ctx) ? claims.filter((c, i) => i === 0 || c.start >= claims[i - 1]!.end) : [];
  });
}

/** A service noun starting strictly between two tokens (at most eight apart). */
function nounBetween(starts: ReadonlySet<number>, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (starts.has(k)) return true;
  return false;
}

/** One past the end of an inside claim starting at k, or k. */
function claimAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k]!;
  const at = (j: number) => tokens[j]?.norm ?? '';
  const same = (j: number) => tokens[j]?.sentence === t.sentence;
  // "as someone who has sat in the meetings", "from someone who writes this stuff", "as one of the people who actually drafted".
  if ((t.norm === 'as' || t.norm === 'from') && SOMEONE.has(at(k + 1))) {
    let j = k + 2;
    while (j < k + 7 && same(j) && !WHO.has(at(j)) && FILLER.has(at(j))) j++;
    if (WHO.has(at(j))) {
      j++;
      while (j < k + 12 && same(j) && FILLER.has(at(j)) && !INSIDE_VERBS.has(at(j))) j++;
      if (INSIDE_VERBS.has(at(j)) && same(j)) {
        // "who works on it", "who sat in the meetings": carry the preposition and its object's first word.
        const more = /^(?:on|in|at|for)$/.test(at(j + 1)) ? 2 : 0;
        // "as someone who has worked with the service": "with" is a user's part, not an insider's.
        if (at(j + 1) === 'with') return k;
        // "works in retail" is a job; "works on the fit note guidance" is the work itself.
        // ("as someone who works at the Rural Payments Agency" says where, which is the disclosure the guidance asks for.)
        if (/^(?:works?|worked|working)$/.test(at(j)) && ![2, 3, 4, 5].some((d) => same(j + d) && POLICY.has(at(j + d)))) return k;
        return Math.min(j + 1 + more, tokens.length);
      }
    }
    // "as someone on the project team".
    if (at(k + 2) === 'on' && at(k + 3) === 'the' && (GROUP.has(at(k + 4)) || GROUP.has(at(k + 5)))) return k + (GROUP.has(at(k + 5)) && same(k + 5) ? 6 : 5);
  }
  // "I'm on the team", "I'm on the project".
  if (t.norm === "i'm" && at(k + 1) === 'on' && at(k + 2) === 'the' && GROUP.has(at(k + 3))) return k + 4;
  // "Some of us have spent two years on…".
  if (SOME.has(t.norm) && at(k + 1) === 'of' && at(k + 2) === 'us' && same(k + 2)) {
    for (let j = k + 3; j <= k + 5 && same(j); j++) if (SPENT.has(at(j))) return j + 1;
  }
  // "we at the Treasury have spent two years cleaning up": the staff's "we" as a credential. ("I work at the Department
  // for X" is the disclosure the guidance asks for, not a claim.)
  if (t.norm === 'we' && at(k + 1) === 'at' && at(k + 2) === 'the' && /^\p{Lu}/u.test(tokens[k + 3]?.text ?? '')) return k + 4;
  return k;
}

const COMMENT_CUES = ['identity.editorial', 'identity.defence', 'identity.correction', 'identity.reassure', 'identity.decision'];
/** The post judges (a clearly negative word, or what others should do), corrects or defends, assures, or tells of a decision or what is coming. */
function comments(ctx: Context): boolean {
  const { tokens } = ctx.words;
  if (COMMENT_CUES.some((tag) => ctx.cues(tag).length)) return true;
  if (sentenceFacts(ctx).some((f) => f.decision || f.future)) return true;
  // Telling others what they should do counts too: "the offer is generous and doctors should take it" trades on the
  // part as much as "the new rules are unworkable" does.
  return evaluate(tokens, 0, tokens.length).min <= -2 || tokens.some((t) => t.norm === 'should');
}
