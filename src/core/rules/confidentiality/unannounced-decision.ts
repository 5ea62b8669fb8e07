// Hints at decisions or announcements that are not public yet: a polite post can leak with no marking in sight.

import { defineRule, type Hit } from '../../rule.ts';
import { hints, publicCues, sentenceFacts } from '../../signals/foreknowledge.ts';
import type { CueMatch } from '../../text/cues.ts';

// A decision with no one named as taking it: the writer knows it from inside.
const AGENTLESS = /^(?:it\s+was|it['’]s\s+been|been|was|decision)/iu;
// "The decision got signed off this afternoon", "it's finally been agreed": passive, before a bare "signed off".
const PASSIVE_BEFORE = new Set(['got', 'get', 'gets', 'been', 'was', 'were', 'finally']);

export default defineRule({
  id: 'unannounced-decision',
  category: 'confidentiality',
  severity: 'warning',
  messages: {
    confide: '“{words}” passes on something as not for the public; official information must not be shared before it is announced.',
    hint: '“{words}” hints at news that has not been announced; even a hint discloses official information early.',
    rumour: '“{words}” passes on inside talk about what is coming; official information must not be shared before it is announced.',
    decision: '“{words}” reports a decision taken inside government before it has been announced.',
    foretell: '“{words}” says what an announcement that has not happened yet will contain.',
    inside: '“{words}” tells of a change inside the organisation before it is public; internal plans are official information.',
  },
  guidance: ['G24', 'G22'],
  description: 'Hints at decisions or announcements that are not public yet (“between us”, “can’t say much, but…”, “it was agreed on Friday, statement next week”).',
  checksQuotes: true,
  check(ctx) {
    const { tokens } = ctx.words;
    const official = ctx.account === 'official';
    // Once something is out ("announced today", "embargo lifted"), talking about it is no leak.
    const isPublic = publicCues(ctx).length > 0;
    const pending = ctx.cues('timing.pending').length > 0;
    const hits: Hit[] = [];
    const add = (start: number, end: number, messageId: string, severity?: 'info') =>
      hits.push({ start, end, messageId, data: { words: ctx.text.slice(start, end) }, suggestion: 'Wait for the announcement and link to it, or leave this out.', ...(severity ? { severity } : {}) });

    // Hints about official statistics are the pre-release-statistics rule's to report.
    const statistics = new Set(ctx.cues('stats.specific').map((m) => tokens[m.first]!.sentence));
    for (const h of hints(ctx)) {
      if ((isPublic && h.kind !== 'confide') || [h.sentence - 1, h.sentence, h.sentence + 1].some((i) => statistics.has(i))) continue;
      // A department trailing its own news ("Big news 📢 From April, …", "Exciting news: the consultation opens Monday")
      // is how news is announced, not a leak: a teaser on an official account is only worth a note.
      const teaser = official && (h.kind === 'weak' || h.kind === 'emoji');
      add(h.start, h.end, h.kind === 'confide' ? 'confide' : h.kind === 'rumour' || h.kind === 'seen' ? 'rumour' : 'hint', teaser ? 'info' : undefined);
    }
    if (!isPublic) {
      // "The minister has decided…", "it was agreed at Monday's board. Statement likely Friday."
      const senior = ctx.cues('decision.senior');
      const facts = sentenceFacts(ctx);
      for (const m of ctx.cues('decision.made')) {
        const subject = subjectBefore(senior, m);
        // On a personal account, "it was agreed on Friday, letters going out next week" tells what is coming from the inside.
        const s = tokens[m.first]!.sentence;
        const agentless = AGENTLESS.test(ctx.text.slice(m.start, m.end)) || PASSIVE_BEFORE.has(tokens[m.first - 1]?.norm ?? '');
        const inside = !official && agentless && [s - 1, s, s + 1].some((i) => facts[i]?.future);
        if (!subject && !pending && !inside) continue;
        const start = subject ? tokens[subject.first]!.start : m.start;
        // A department's account announcing its minister's decision is how it becomes public, unless it says the news is still to come.
        add(start, m.end, 'decision', official && !pending ? 'info' : undefined);
      }
      // Inside news told plainly on a personal account: a change to an office, a team or posts, with a time to come or a
      // sign it is not out ("our Bristol office is closing next year", "200 posts going in the new year", "nobody's been told").
      if (!official) {
        const org = new Set(ctx.cues('decision.org').map((m) => tokens[m.first]!.sentence));
        const told = new Set<number>();
        for (const m of ctx.cues('decision.change')) {
          const s = tokens[m.first]!.sentence;
          if (told.has(s) || !(org.has(s) || org.has(s - 1)) || !(facts[s]!.future || pending)) continue;
          // "Ridgeway Crown Court is NOT closing": a denial, which is another rule's business (speaking for the department).
          const before = tokens[m.first - 1]?.norm ?? '';
          if (before === 'not' || before.endsWith("n't") || before === 'never') continue;
          if (hits.some((h) => h.start < m.end && h.end > m.start)) continue;
          told.add(s);
          add(m.start, m.end, 'inside');
        }
      }
      // "The PM's speech tomorrow will confirm…", "the Chancellor is going to announce…".
      const reveal = ctx.cues('decision.reveal');
      const speakers = [...ctx.cues('decision.announcer'), ...senior];
      // "…the minister's speech for tomorrow. She's announcing free bus passes": a pronoun carries the speaker on.
      const spoken = new Set(speakers.map((m) => tokens[m.first]!.sentence));
      const pronouns = tokens.flatMap((t, k) => (PRONOUN.has(t.norm) && (spoken.has(t.sentence) || spoken.has(t.sentence - 1)) ? [{ first: k, last: k + 1, start: t.start, end: t.end }] : []));
      for (const who of [...speakers, ...pronouns]) {
        const s = tokens[who.first]!.sentence;
        if (!facts[s]!.future) continue;
        const verb = reveal.find((r) => r.first >= who.last && r.first - who.last <= 5 && tokens[r.first]!.sentence === s && (futureBetween(tokens, who.last, r.first) || progressive(tokens, who.last - 1, r.first)));
        if (!verb) continue;
        if (/(?:today|yesterday|this\s+(?:morning|afternoon))['’]s\s+$/iu.test(ctx.text.slice(Math.max(0, who.start - 20), who.start))) continue;
        add(who.start, verb.end, 'foretell', official ? 'info' : undefined);
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

/** A senior figure just before a decision ("the minister has decided", "Minister's decided"). */
function subjectBefore(senior: readonly CueMatch[], m: CueMatch): CueMatch | undefined {
  return senior.find((s) => s.last <= m.first && m.first - s.last <= 1);
}

const PRONOUN = new Set(['she', 'he', 'they', "she's", "he's", "they're"]);

/** "She's announcing", "he is unveiling": the present progressive tells a plan. */
function progressive(tokens: ReadonlyArray<{ norm: string }>, from: number, verb: number): boolean {
  const v = tokens[verb]!.norm;
  if (!v.endsWith('ing')) return false;
  for (let k = Math.max(0, from); k < verb; k++) {
    const n = tokens[k]!.norm;
    if (n === 'is' || n === 'are' || n.endsWith("'s") || n.endsWith("'re")) return true;
  }
  return false;
}

/** True when a future verb ("will", "is going to", "set to") stands between two tokens. */
function futureBetween(tokens: ReadonlyArray<{ norm: string }>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = tokens[k]!.norm;
    if (n === 'will' || n === 'going' || n === 'set' || n === 'about' || n.endsWith("'ll") || n === 'poised' || n === 'planning') return true;
  }
  return false;
}
