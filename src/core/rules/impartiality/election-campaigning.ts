// Campaigning for a party or candidate: "vote for", "re-elect", campaign hashtags, canvassing and campaign donations.

import { defineRule, type Hit } from '../../rule.ts';
import { PARTY } from '../../text/parties.ts';

const PARTIES = PARTY.source;
const ANY_PARTY = new RegExp(PARTIES, 'u');
const NAMED = String.raw`(?:${PARTIES}|\p{Lu}[\p{L}'-]+)`;

// Case-sensitive so only a name or party follows: "vote for your favourite photo" stays quiet.
const CAMPAIGN = new RegExp(
  [
    String.raw`\b(?:[Vv]ote|VOTE|[Vv]oting)\s+(?:for\s+)?${NAMED}`,
    String.raw`\b(?:[Dd]on't|[Nn]ever)\s+vote\s+(?:for\s+)?${NAMED}`,
    String.raw`\b(?:[Rr]e-?elect|RE-?ELECT)\s+${NAMED}`,
    String.raw`\b[Vv]ote\s+(?:them|him|her)\s+out\b`,
    String.raw`\b[Gg]et\s+(?:the\s+)?(?:Tories|Tory|Labour|SNP|Lib\s+Dems|Conservatives)\s+out\b`,
    String.raw`#(?:Vote|vote)[\p{Lu}\p{N}]\w*`,
    String.raw`#(?:Tories|Tory|Labour|SNP|Sunak|Starmer|Farage|Reform|Johnson|Truss)Out\b`,
    String.raw`#(?:GTTO|JC4PM|LabourDoorstep|ConservativeDoorstep|LibDemDoorstep|TeamLabour|TeamTory|BackBoris|ToriesOut)\b`,
    String.raw`#\w*4PM\b`,
  ].join('|'),
  'gu',
);

const ACTIVITY = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}_])(?:out\s+)?canvassing(?![\p{L}\p{N}_])(?!\s+(?:the\s+)?(?:views?|opinions?|feedback|ideas|staff|colleagues))`,
    String.raw`(?<![\p{L}\p{N}_])door-?knocking(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_])phone-?\s?bank(?:ing)?(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_])get\s+out\s+the\s+vote(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_])GOTV(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_])on\s+the\s+campaign\s+trail(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_])(?:donate|give|contribute|chip\s+in)\s+(?:to|towards)\s+(?:the|our|my|his|her|their)\s+(?:election\s+)?campaign(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_])(?:campaign|fighting)\s+fund(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_])(?:join|joined|joining)\s+(?:the\s+)?(?:${PARTIES})`,
    String.raw`(?<![\p{L}\p{N}_])party\s+membership(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_])standing\s+as\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?candidate(?![\p{L}\p{N}_])`,
  ].join('|'),
  'giu',
);
// Weaker activity words that are only political with an election nearby ("leafleting for the food bank" is not).
const WEAK_ACTIVITY = /\b(?:leafleting|leafletting|delivering\s+leaflets|join\s+the\s+party|on\s+the\s+doorstep|campaigning\s+for)\b/gi;
const ELECTORAL = /\b(?:election|candidate|constituency|ward|ballot|polls?|voters?|vote|MP|councillor|by-election|manifesto)\b/i;

export default defineRule({
  id: 'election-campaigning',
  category: 'impartiality',
  severity: 'warning',
  guidance: ['G25', 'G8'],
  description: 'Campaigning for a party or candidate: “vote for”, campaign hashtags, canvassing, donations (an error on an official account).',
  check(ctx) {
    const text = ctx.plain;
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    const add = (start: number, end: number) => {
      const words = ctx.text.slice(start, end);
      hits.push({
        start,
        end,
        severity: official ? 'error' : 'warning',
        message: official
          ? `“${words}” is election campaigning, and official resources must never be used for party purposes.`
          : `“${words}” is election campaigning; civil servants must not campaign in public in a way that compromises their impartiality.`,
        suggestion: official
          ? 'Remove it: a department may only encourage people to register and vote, never say for whom.'
          : 'Check your department’s rules on political activity before posting, and leave it out if in doubt.',
      });
    };
    for (const m of text.matchAll(CAMPAIGN)) add(m.index, m.index + m[0].length);
    for (const m of text.matchAll(ACTIVITY)) add(m.index, m.index + m[0].length);
    if (ELECTORAL.test(text) || ANY_PARTY.test(text)) {
      for (const m of text.matchAll(WEAK_ACTIVITY)) add(m.index, m.index + m[0].length);
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
