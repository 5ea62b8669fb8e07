// Hints at decisions or announcements that are not public yet: a polite post can leak with no marking in sight.

import leakPhrases from '../../data/leak-phrases.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { findAll, phraseRegExp } from '../../text/terms.ts';

// phraseRegExp accepts ’ wherever the list is written with '.
const STRONG = phraseRegExp(leakPhrases.terms);
// "Between us," as an aside, not "the gap between us and them".
// Lower-case "us" keeps a book called "Between Us" quiet.
const BETWEEN_US = /(?<![\p{L}])[Bb]etween\s+us(?=\s*[,.!:;)…—–-]|\s*$)/gu;
// Predicting what a future announcement says.
const FUTURE_ANNOUNCEMENT =
  /(?<![\p{L}])(?:next\s+week['’]s|tomorrow['’]s|(?:mon|tues|wednes|thurs|fri)day['’]s|the\s+(?:upcoming|forthcoming|big)|this\s+week['’]s)\s+(?:announcement|statement|budget|reshuffle|launch)\s+(?:will|is\s+going\s+to|should|means)(?![\p{L}])/giu;
// Someone senior has decided something; on a personal account that is a leak of the decision.
const DECIDED =
  /(?<![\p{L}])(?:the\s+)?(?:minister|ministers|secretary\s+of\s+state|SoS|PM|prime\s+minister|chancellor|cabinet|No\.?\s?10|number\s+10|treasury|perm\s+sec|permanent\s+secretary)(?:\s+(?:has|have|had)|['’]s|['’]ve)\s+(?:already\s+|now\s+|just\s+|quietly\s+)?(?:decided|agreed|signed\s+off|approved|chosen|rejected|ruled\s+out|binned|scrapped|green-?lit)(?![\p{L}])/giu;
// "The PM's speech tomorrow will confirm…", "the consultation response will recommend…": the content of a
// document or event that has not happened yet.
const WILL_CONTAIN =
  /(?<![\p{L}])(?:announcement|statement|speech|budget|white\s+paper|green\s+paper|consultation\s+response|review|strategy|reshuffle|spending\s+review|autumn\s+statement|spring\s+statement|king['’]s\s+speech|press\s+release)(?:\s+(?:tomorrow|next\s+week|next\s+month|on\s+\p{L}+day|this\s+\p{L}+))?\s+(?:will|is\s+going\s+to|is\s+set\s+to|is\s+about\s+to)\s+(?:confirm|announce|reveal|include|recommend|set\s+out|scrap|cut|end|introduce|propose|mean|see)(?![\p{L}])/giu;
// "The Chancellor is going to announce…": a senior figure's next move, told in advance.
const GOING_TO =
  /(?<![\p{L}])(?:the\s+)?(?:chancellor|pm|prime\s+minister|minister|ministers|secretary\s+of\s+state|sos|government|department|treasury|no\.?\s?10|number\s+10)\s+(?:is|are)\s+(?:going\s+to|set\s+to|about\s+to|poised\s+to|planning\s+to|definitely)\s+(?:announce|confirm|scrap|cut|close|unveil|reveal|axe|drop|introduce|bring\s+in|u-?turn)(?![\p{L}])/giu;
// "Decision made last week, announcement in January": an inside decision ahead of its announcement.
const DECISION_MADE = /(?<![\p{L}])(?:decision|it)(?:['’]s|\s+has|\s+was|\s+is)?\s+(?:been\s+)?(?:made|taken|signed\s+off|agreed|final|done)(?![\p{L}])/giu;
const ANNOUNCEMENT_LATER = /(?<![\p{L}])(?:announcement\s+(?:due|in|on|next|later|soon|coming)|(?:not|yet\s+to\s+be)\s+(?:yet\s+)?announced|will\s+be\s+announced|announc(?:e|ing)\s+(?:it\s+)?(?:next|on|in|later|soon))(?![\p{L}])/iu;
const PUBLIC_NOW = /(?<![\p{L}])(?:(?:announced|published|confirmed|set\s+out|unveiled)\s+(?:today|yesterday|this\s+(?:morning|afternoon|week))|(?:has|have)\s+(?:announced|published|confirmed)|read\s+more|gov\.uk)(?![\p{L}])/iu;
const AHEAD = /(?<![\p{L}])(?:ahead\s+of|before)\s+(?:the|next\s+week['’]s|tomorrow['’]s|its|the\s+official)\s+(?:official\s+)?(?:announcement|statement)(?![\p{L}])/giu;
// Teasers are harmless alone ("watch this space" for a new webinar) but leak next to a decision.
const TEASER = /(?<![\p{L}])(?:watch\s+this\s+space|stay\s+tuned|big\s+news|huge\s+news|exciting\s+news|can['’]t\s+say\s+(?:much|more|too\s+much)|not\s+allowed\s+to\s+say|no\s+spoilers|spoiler(?:\s+alert)?|i['’]ve\s+seen\s+the\s+(?:draft|plans?|papers?|list)|i\s+(?:already\s+)?know\s+(?:who|what|which|where|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+already)|i\s+can\s+(?:exclusively\s+)?(?:tell|reveal)\s+(?:you|that)|can['’]t\s+go\s+into\s+(?:detail|details|specifics)|overheard|on\s+the\s+grapevine|rumou?r\s+has\s+it|word\s+is(?!\s+out)|a\s+little\s+bird|heads[\s-]up)(?![\p{L}])|🤫|🤐/giu;
const DECISION_SIGNAL =
  /(?<![\p{L}])(?:minister|ministers|ministerial|secretary\s+of\s+state|SoS|No\.?\s?10|number\s+10|announc(?:e|ed|es|ing|ement|ements)|decid(?:ed|ing)|decision|signed\s+off|budget|spending\s+review|reshuffle|funding|closures?|cuts?|policy|next\s+(?:week|month|year)|tomorrow|changes?|jobs|merg(?:er|ing)|scrap(?:ped|ping)?|white\s+paper)(?![\p{L}])/iu;

export default defineRule({
  id: 'unannounced-decision',
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G24', 'G22'],
  description: 'Hints at decisions or announcements that are not public yet (“off the record”, “you didn’t hear it from me”, “next week’s announcement will…”).',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    const add = (start: number, end: number, why: string, severity?: 'info') => {
      const words = text.slice(start, end);
      hits.push({
        start,
        end,
        message: `“${words}” ${why}; official information must not be shared before it is announced.`,
        suggestion: 'Wait for the announcement and link to it, or leave this out.',
        ...(severity ? { severity } : {}),
      });
    };
    for (const m of [...findAll(STRONG, text), ...findAll(BETWEEN_US, text)]) add(m.start, m.end, 'signals information that is not for the public');
    for (const m of findAll(FUTURE_ANNOUNCEMENT, text)) add(m.start, m.end, 'says what an announcement that has not happened yet will contain');
    // An official account announcing a decision is how decisions are made public; only a personal one leaks it.
    for (const m of findAll(DECIDED, text)) add(m.start, m.end, 'reports a decision made inside government', official ? 'info' : undefined);
    // Once it has been made public ("today's Budget will…", "announced this morning"), saying so is fine.
    const alreadyPublic = PUBLIC_NOW.test(text);
    for (const m of [...findAll(WILL_CONTAIN, text), ...findAll(GOING_TO, text)]) {
      if (alreadyPublic || /(?:today|yesterday|this\s+(?:morning|afternoon))['’]s\s+$/iu.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
      add(m.start, m.end, 'says what is going to be announced before it is', official ? 'info' : undefined);
    }
    if (ANNOUNCEMENT_LATER.test(text)) {
      for (const m of findAll(DECISION_MADE, text)) add(m.start, m.end, 'reports a decision that has not been announced', official ? 'info' : undefined);
    }
    if (!official) for (const m of findAll(AHEAD, text)) add(m.start, m.end, 'talks about an announcement before it is made');
    if (DECISION_SIGNAL.test(text)) {
      for (const m of findAll(TEASER, text)) add(m.start, m.end, 'teases news about a decision', official ? 'info' : undefined);
    }
    return hits;
  },
});
