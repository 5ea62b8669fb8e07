// Hints at official statistics before their release: the Code of Practice forbids any indication before 9.30am.

import statisticsNouns from '../../data/statistics-nouns.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { escapeRegExp } from '../../text/terms.ts';

const NOUN = `(?:${[...statisticsNouns.terms]
  .sort((a, b) => b.length - a.length)
  .map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+'))
  .join('|')})`;
// Words that also name albums, apps and match results; they count only when the post names official statistics too.
const GENERIC = new Set(['data', 'earnings', 'employment', 'figures', 'growth', 'numbers', 'release', 'stats', 'wages']);
const SPECIFIC = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${statisticsNouns.terms
    .filter((t) => !GENERIC.has(t))
    .map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const GAP = `\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}`; // up to three words between cue and noun
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const DAY = '(?:mon|tues|wednes|thurs|fri)day';
const APOS = "['’]s";

// Cues that only say a release is coming: a leak only when the post also hints at the numbers.
const COMING = new RegExp(
  `${B}(?:(?:tomorrow|next\\s+week|next\\s+month)${APOS}${GAP}${NOUN}|(?:ahead\\s+of|in\\s+advance\\s+of|prior\\s+to)\\s+(?:the\\s+|this\\s+|next\\s+|tomorrow${APOS}\\s+|today${APOS}\\s+|this\\s+morning${APOS}\\s+|${DAY}${APOS}\\s+)(?:[\\p{L}'’-]+\\s+){0,3}${NOUN})${E}`,
  'giu',
);
// "The stats that go out at 9.30 tomorrow": a scheduled release named before it happens.
const SCHEDULED = new RegExp(
  `${B}${NOUN}(?:\\s+(?:that|which))?\\s+(?:are\\s+|is\\s+)?(?:out|published|released|due(?:\\s+out)?|land(?:s|ing)?|go(?:es|ing)?\\s+out|come(?:s|ing)?\\s+out)\\s+(?:at\\s+9[.:]30(?:am)?\\s+)?(?:tomorrow|next\\s+week|(?:on\\s+|this\\s+)?${DAY}|at\\s+9[.:]30)${E}`,
  'giu',
);
// Cues that show the writer has seen the numbers already.
const SEEN = new RegExp(
  `${B}(?:(?:sneak\\s+peek|sneak\\s+preview|first\\s+look|early\\s+look|early\\s+sight|peek|preview|heads[\\s-]up)(?:\\s+(?:at|of|on))?${GAP}${NOUN}|(?:leaked|unpublished|unreleased|embargoed|pre-release)(?:\\s+[\\p{L}'’-]+){0,2}\\s+${NOUN}|(?:i|we)(?:['’]ve|\\s+have)\\s+(?:already\\s+|just\\s+)?seen\\s+(?:the\\s+|tomorrow${APOS}\\s+|this\\s+month${APOS}\\s+|next\\s+week${APOS}\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}${NOUN})${E}`,
  'giu',
);
// "Figures out at 9.30 tomorrow will show…": a statement about what unreleased numbers contain.
const WILL_SHOW = new RegExp(
  `${B}${NOUN}[^.!?\\n]{0,40}?(?:tomorrow|at\\s+9[.:]30|at\\s+half\\s+nine|next\\s+week|on\\s+${DAY})[^.!?\\n]{0,30}?(?:will|are\\s+going\\s+to|is\\s+going\\s+to|should)\\s+(?:show|reveal|confirm|surprise|be)${E}`,
  'giu',
);
// Numbers or a direction next to a cue are the "indication" the Code forbids.
const HINT =
  /(?<!\d|\d[.,])\d+(?:[.,]\d+)*\s*(?:%|per\s?cent|percent|points?|bn|billion|million|k)(?![\p{L}])|(?<![\p{L}])(?:up|down|ris(?:e|es|ing)|fall(?:s|ing)?|dip(?:s|ping)?|drop(?:s|ping)?|jump(?:s|ing)?|higher|lower|record|surprise[ds]?|good\s+news|bad\s+news|better|worse|grim|ouch|brace|won['’]t\s+like|will\s+like|shock(?:er|ing)?|not\s+(?:good|great|pretty)|let['’]s\s+just\s+say|(?:i|we)['’]ve\s+seen\s+(?:them|it)|pleasantly|wow)(?![\p{L}])|👀|😬|👌|🎉|📈|📉|🤫/iu;

export default defineRule({
  id: 'pre-release-statistics',
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G28', 'G24'],
  description: 'Hints at official statistics before they are published (“tomorrow’s ONS figures”, “sneak peek at the unemployment numbers”).',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    if (!/\d|tomorrow|ahead|advance|prior|peek|preview|look|sight|heads|leak|unpublished|unreleased|embargo|seen|day|week|due|out/iu.test(text)) return [];
    const hinted = HINT.test(text);
    // 9.30am is the standard release time, so naming it marks the numbers as official statistics.
    const specific = SPECIFIC.test(text) || /9[.:]30/u.test(text);
    const hits: Hit[] = [];
    const add = (start: number, end: number, severity: 'error' | 'warning' | 'info') => {
      const span = text.slice(start, end);
      const last = /(?<!\p{L})\p{L}+$/u.exec(span)?.[0].toLowerCase() ?? '';
      const first = /^[\p{L}]+/u.exec(span)?.[0].toLowerCase() ?? '';
      if ((GENERIC.has(last) || GENERIC.has(first)) && !specific) return;
      const words = text.slice(start, end);
      hits.push({
        start,
        end,
        severity,
        message:
          severity === 'info'
            ? `“${words}” mentions statistics that are not out yet; say nothing about what they show until 9.30am on release day.`
            : `“${words}” hints at official statistics before their release, which the Code of Practice for Statistics forbids.`,
        suggestion: 'Wait until the statistics are published, then link to the release.',
      });
    };
    for (const m of text.matchAll(WILL_SHOW)) add(m.index, m.index + m[0].length, 'error');
    for (const m of text.matchAll(SEEN)) add(m.index, m.index + m[0].length, hinted ? 'error' : 'warning');
    // An official statistics account announcing its release calendar is fine unless it hints at the numbers.
    for (const m of text.matchAll(SCHEDULED)) add(m.index, m.index + m[0].length, hinted ? 'error' : 'info');
    for (const m of text.matchAll(COMING)) add(m.index, m.index + m[0].length, hinted ? 'error' : 'info');
    return hits;
  },
});
