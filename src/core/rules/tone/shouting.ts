// Shouting: block capitals over several words (acronyms aside) and repeated exclamation marks ("!!").

import acronyms from '../../data/acronyms.json' with { type: 'json' };
import notForPublication from '../../data/not-for-publication-phrases.json' with { type: 'json' };
import warningNames from '../../data/warning-name-words.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { phraseRegExp } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

const ACRONYMS = new Set(acronyms.terms);
const TOKEN = /(?:https?:\/\/|www\.)\S+|[#@][\p{L}\p{N}_]+|[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|\n/gu;
const EXCLAIM = /!{2,}|(?<!!)!+1+(?![\p{N}])|(?<![!?])[!?]*(?:!\?|\?!)[!?]+/gu;
// A banner of classification markings is a confidentiality problem, not shouting.
const MARKING = /^(?:OFFICIAL|SENSITIVE|SECRET|TOP|RESTRICTED|CONFIDENTIAL|EYES|ONLY|DRAFT)$/u;
// A stamp that heads a document ("EMBARGOED UNTIL 00:01 THURSDAY 13 MARCH", "DRAFT – NOT FOR ISSUE UNTIL ...") is
// capitals by convention all the way to its end: a run that opens with a marking or embargo word is the stamp's wording.
const STAMP_HEAD = /^(?:OFFICIAL|SENSITIVE|SECRET|RESTRICTED|CONFIDENTIAL|DRAFT|EMBARGO|EMBARGOED)$/u;
// Handling phrases ("NOT FOR PUBLICATION") are markings too, in capitals as documents stamp them.
const HANDLING = phraseRegExp(notForPublication.terms);
// An official warning's name ("SEVERE FLOOD WARNING", "AMBER WEATHER WARNING") is printed in capitals by design.
const WARNING_WORDS = new Set(warningNames.terms.map((w) => w.toUpperCase()));
const WARNING_HEADS = new Set(['WARNING', 'WARNINGS', 'ALERT', 'ALERTS']);
const MIN_RUN = 3;

type Kind = 'shout' | 'acronym' | 'neutral' | 'break';

function kindOf(token: string): Kind {
  if (token === '\n' || /^[#@]|^(?:https?:|www\.)/u.test(token)) return 'break';
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || token.length === 1) return 'neutral';
  if (/\p{Ll}/u.test(letters)) return 'break';
  if (ACRONYMS.has(token.toLowerCase().replace(/['’]s$/u, '')) || letters.length < 2) return 'acronym';
  // Short consonant clusters (HGV, RSPB) are abbreviations, not words.
  if (letters.length <= 5 && !/[AEIOUY]/u.test(letters)) return 'acronym';
  return 'shout';
}

export default defineRule({
  id: 'shouting',
  definite: true,
  category: 'tone',
  severity: 'warning',
  guidance: ['G2', 'G30'],
  description: 'Block capitals over several words and repeated exclamation marks, which read as shouting.',
  check(ctx) {
    const { text } = ctx;
    const severity = ctx.account === 'official' ? ('warning' as const) : ('info' as const);
    const hits: Hit[] = [];
    let run: { start: number; end: number; shouts: number; markings: number; words: string[]; stamp: boolean } | null = null;
    const officialName = (words: readonly string[]) => WARNING_HEADS.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => WARNING_WORDS.has(w));
    const close = () => {
      if (run && !run.stamp && run.shouts - run.markings >= MIN_RUN && !officialName(run.words)) {
        hits.push({
          start: run.start,
          end: run.end,
          severity,
          message: `“${text.slice(run.start, run.end)}” is in block capitals, which reads as shouting and is harder to read.`,
          suggestion: 'Write it in sentence case; use words, not capitals, for emphasis.',
        });
      }
      run = null;
    };
    if (/\p{Lu}{2}/u.test(text)) {
      const handling: Array<[number, number]> = [];
      for (const m of allMatches(HANDLING, text)) if (!/\p{Ll}/u.test(m[0])) handling.push([m.index, m.index + m[0].length]);
      let h = 0;
      for (const m of allMatches(TOKEN, text)) {
        const kind = kindOf(m[0]);
        if (kind === 'break') {
          close();
          continue;
        }
        if (kind === 'neutral') continue;
        const end = m.index + m[0].length;
        run ??= { start: m.index, end, shouts: 0, markings: 0, words: [], stamp: STAMP_HEAD.test(m[0]) };
        run.end = end;
        run.words.push(m[0]);
        while (h < handling.length && handling[h]![1] <= m.index) h++;
        const handled = h < handling.length && handling[h]![0] <= m.index;
        if (kind === 'shout') run.shouts++;
        if (MARKING.test(m[0]) || (kind === 'shout' && handled)) run.markings++;
      }
      close();
    }
    for (const m of allMatches(EXCLAIM, text)) {
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        severity,
        message: `“${m[0]}” — repeated exclamation marks read as shouting or hype.`,
        suggestion: 'Use a full stop, or at most one exclamation mark.',
        fix: { start: m.index, end: m.index + m[0].length, text: m[0].includes('?') ? '?' : '!' },
      });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
