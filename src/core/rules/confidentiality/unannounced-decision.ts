// Hints at decisions or announcements that are not public yet: a polite post can leak with no marking in sight.

import { defineRule, type Hit } from '../../rule.ts';
import { hints, sentenceFacts } from '../../signals/foreknowledge.ts';
import type { CueMatch } from '../../text/cues.ts';

// A decision with no one named as taking it: the writer knows it from inside.
const AGENTLESS = /^(?:it\s+was|it['’]s\s+been|been|was|decision)/iu;

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
  },
  guidance: ['G24', 'G22'],
  description: 'Hints at decisions or announcements that are not public yet (“between us”, “can’t say much, but…”, “it was agreed on Friday, statement next week”).',
  checksQuotes: true,
  check(ctx) {
    const { tokens } = ctx.words;
    const official = ctx.account === 'official';
    // Once something is out ("announced today", "embargo lifted"), talking about it is no leak.
    const isPublic = ctx.cues('timing.public').length > 0;
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
      const facts0 = sentenceFacts(ctx);
      for (const m of ctx.cues('decision.made')) {
        const subject = subjectBefore(senior, m);
        // On a personal account, "it was agreed on Friday, letters going out next week" tells what is coming from the inside.
        const s = tokens[m.first]!.sentence;
        const inside = !official && AGENTLESS.test(ctx.text.slice(m.start, m.end)) && [s - 1, s, s + 1].some((i) => facts0[i]?.future);
        if (!subject && !pending && !inside) continue;
        const start = subject ? tokens[subject.first]!.start : m.start;
        // A department's account announcing its minister's decision is how it becomes public, unless it says the news is still to come.
        add(start, m.end, 'decision', official && !pending ? 'info' : undefined);
      }
      // "The PM's speech tomorrow will confirm…", "the Chancellor is going to announce…".
      const facts = sentenceFacts(ctx);
      const reveal = ctx.cues('decision.reveal');
      for (const who of [...ctx.cues('decision.announcer'), ...senior]) {
        const s = tokens[who.first]!.sentence;
        if (!facts[s]!.future) continue;
        const verb = reveal.find((r) => r.first > who.last && r.first - who.last <= 5 && tokens[r.first]!.sentence === s && futureBetween(tokens, who.last, r.first));
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

/** True when a future verb ("will", "is going to", "set to") stands between two tokens. */
function futureBetween(tokens: ReadonlyArray<{ norm: string }>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = tokens[k]!.norm;
    if (n === 'will' || n === 'going' || n === 'set' || n === 'about' || n.endsWith("'ll") || n === 'poised' || n === 'planning') return true;
  }
  return false;
}
