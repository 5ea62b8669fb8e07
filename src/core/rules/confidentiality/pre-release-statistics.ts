// Hints at official statistics before their release: the Code of Practice forbids any indication before 9.30am.

import { defineRule, type Hit } from '../../rule.ts';
import { hints, publicCues, sentenceFacts } from '../../signals/foreknowledge.ts';

// Words that also name albums, apps and match results; they count only when the post names official statistics too.
const GENERIC = new Set(['data', 'earnings', 'employment', 'figure', 'figures', 'growth', 'numbers', 'number', 'release', 'stats', 'stat', 'wages', 'results', 'headline']);
// 9.30am is the standard release time, so naming it marks the numbers as official statistics.
const RELEASE_TIME = /(?<![\p{N}])(?:9[.:]30|0?7(?:[.:]00)?\s?am)(?![\p{N}])/iu;
const RELEASED_TODAY = /(?<![\p{L}])(?:published|released|out)\s(?:at\s)?(?:9[.:]30|0?7(?:[.:]00)?)\s?am\stoday(?![\p{L}])/iu;
// A line opening "Published at 9:30am:" is the release's own header; "today's release shows" reports one already out.
const RELEASE_HEADER = /(?:^|\n)[ \t]*(?:published|released)\s(?:at\s)?(?:9[.:]30|0?7(?:[.:]00)?)\s?am(?![\p{L}\p{N}])/iu;
const TODAYS_RELEASE = /(?<![\p{L}])today['’]s\s(?:release|figures|statistics|stats|data|bulletin)\s(?:shows?|confirms?|reveals?|finds?)(?![\p{L}])/iu;
const SCHEDULE = new Set(['published', 'released', 'out', 'available', 'announced', 'updated', 'live']);
const SHOW = new Set(['show', 'shows', 'confirm', 'reveal', 'surprise', 'be', 'start', 'make', 'get', 'have', 'come']);

export default defineRule({
  id: 'pre-release-statistics',
  category: 'confidentiality',
  severity: 'warning',
  messages: {
    hint: '“{words}” hints at official statistics before their release, which the Code of Practice for Statistics forbids.',
    seen: '“{words}” says the numbers have been seen before their release; give no indication of them until 9.30am on release day.',
    schedule: '“{words}” mentions statistics that are not out yet; say nothing about what they show until they are published.',
  },
  guidance: ['G28', 'G24'],
  description: 'Hints at official statistics before they are published (“tomorrow’s figures will show…”, “let’s just say you’ll be pleasantly surprised”).',
  checksQuotes: true,
  check(ctx) {
    const nouns = ctx.cues('stats.noun');
    // "Official statistics published at 9.30am today": the release itself, already out.
    if (!nouns.length || publicCues(ctx).length || RELEASED_TODAY.test(ctx.text) || RELEASE_HEADER.test(ctx.text) || TODAYS_RELEASE.test(ctx.plain)) return [];
    const { tokens } = ctx.words;
    const specific = ctx.cues('stats.specific').length > 0 || RELEASE_TIME.test(ctx.text);
    const facts = sentenceFacts(ctx);
    const release = new Set(ctx.cues('stats.release').map((m) => tokens[m.first]!.sentence));
    const markers = hints(ctx);
    // "Been crunching the Q2 GDP numbers all week": whoever works on the numbers has seen them.
    const handled = new Set(ctx.cues('stats.handled').map((m) => tokens[m.first]!.sentence));
    const insinuations = ['secrecy.insinuate', 'secrecy.seen', 'secrecy.confide'].flatMap((tag) => ctx.cues(tag)).map((m) => ({ sentence: tokens[m.first]!.sentence, seen: m.value === 'secrecy.seen' }));
    const hits: Hit[] = [];
    const done = new Set<number>();
    const foretoldBy = new Map<number, boolean>();
    const bySentence = new Map<number, { ahead: boolean; seen: boolean; worked: boolean; hinted: boolean }>();
    for (const n of nouns) {
      const s = tokens[n.first]!.sentence;
      if (done.has(s)) continue;
      const word = tokens[n.last - 1]!.stem;
      // "migration numbers", "crime figures": a listed phrase names its statistics, whatever its head word.
      // A generic word that goes on to predict a figure ("Thursday's quarterly release will show the prison population
      // has passed 90,000") names official numbers by what it says about them.
      let foretold = foretoldBy.get(s);
      if (foretold === undefined) {
        // Once per sentence: a paste of "GDP GDP GDP…" must not rescan its sentence for every noun.
        const { first, last } = ctx.words.sentences[s]!;
        foretold = revealsAhead(tokens, first, last) && (facts[s]!.figure || bigNumber(tokens, first, last));
        foretoldBy.set(s, foretold);
      }
      const before = ctx.text.slice(Math.max(0, n.start - 60), n.start);
      if (REFUSED.test(before)) continue;
      if (n.last - n.first === 1 && (GENERIC.has(word) || GENERIC.has(tokens[n.first]!.stem)) && !specific && !foretold && !SCHEDULED.test(before) && !(TOMORROWS.test(before) && /^(?:figures|numbers|stats|data)$/.test(word))) continue;
      // Judged once per sentence: a paste repeating "GDP" thousands of times in one sentence stays linear.
      let judged = bySentence.get(s);
      if (!judged) {
        const window = [s - 1, s, s + 1];
        const near = window.map((i) => facts[i]).filter((f) => !!f);
        // The indication the Code forbids: a direction, a figure, a prediction or a wink beside numbers still to come.
        judged = {
          ahead: facts[s]!.future || release.has(s),
          seen: insinuations.some((m) => window.includes(m.sentence) && m.seen),
          worked: handled.has(s),
          hinted:
            near.some((f) => f!.figure || f!.emoji) ||
            insinuations.some((m) => window.includes(m.sentence) && !m.seen) ||
            markers.some((h) => h.kind !== 'seen' && window.includes(h.sentence)) ||
            predicts(tokens, ctx.words.sentences[s]!.first, ctx.words.sentences[s]!.last),
        };
        bySentence.set(s, judged);
      }
      const { ahead, seen, worked, hinted } = judged;
      // Working on the numbers is a job, not a leak, until it comes with a hint at what they show.
      if (!ahead && !seen && !(worked && hinted)) continue;
      const messageId = hinted ? 'hint' : seen ? 'seen' : 'schedule';
      const severity = hinted ? 'error' : seen ? 'warning' : 'info';
      done.add(s);
      hits.push({ start: n.start, end: n.end, messageId, severity, data: { words: ctx.text.slice(n.start, n.end) }, suggestion: 'Wait until the statistics are published, then link to the release.' });
    }
    return hits;
  },
});

/** "…will show a fall", "is going to surprise people": a future verb saying what the numbers contain. */
function predicts(tokens: ReadonlyArray<{ norm: string }>, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const n = tokens[k]!.norm;
    // "will be published" is a release slot, not a prediction.
    if ((n === 'will' || n.endsWith("'ll") || n === "won't") && SHOW.has(tokens[k + 1]!.norm) && !SCHEDULE.has(tokens[k + 2]?.norm ?? '')) return true;
    if (n === 'going' && tokens[k + 1]!.norm === 'to' && SHOW.has(tokens[k + 2]?.norm ?? '')) return true;
  }
  return false;
}

/** "…will show", "is going to reveal": a release said to show something (not "will be averaged"). */
function revealsAhead(tokens: ReadonlyArray<{ norm: string }>, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const n = tokens[k]!.norm;
    const next = tokens[k + 1]!.norm;
    if ((n === 'will' || n.endsWith("'ll")) && REVEALS.has(next)) return true;
    if (n === 'going' && next === 'to' && REVEALS.has(tokens[k + 2]?.norm ?? '')) return true;
  }
  return false;
}
const REVEALS = new Set(['show', 'reveal', 'confirm']);

function bigNumber(tokens: ReadonlyArray<{ kind: string; norm: string }>, from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if (tokens[k]!.kind === 'number' && Number(tokens[k]!.norm.replace(/,/g, '')) >= 1000) return true;
  return false;
}

// "Friday's retail sales numbers", "next Thursday's A&E figures", "tomorrow's absence numbers": a release given its day
// still to come is a scheduled publication, so a generic word for numbers names official statistics ("tomorrow's album
// release 🎉 the numbers…" is a launch: a determiner or an emoji starts another phrase).
const SCHEDULED = /(?:(?:mon|tues|wednes|thurs|fri)day|next\s(?:week|month))['’]s\s(?:(?!(?:the|a|an|our|their|this|that)\s)[\w&-]{1,30}\s){0,3}$/i;
const TOMORROWS = /tomorrow['’]s\s(?:[\w&-]{1,30}\s){0,3}$/i;
// "I won't be commenting on the figures here": numbers named only to say nothing about them.
const REFUSED = /(?:n['’]t|not|never|cannot)\s(?:be\s)?(?:comment|talk|discuss|speculat)\w{0,4}\s(?:on|about)\s(?:the\s|any\s)?$/i;
