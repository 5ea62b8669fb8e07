// Disclosure of a security vetting level, which tells hostile actors who is worth targeting.

import { defineRule, type Hit } from '../../rule.ts';
import { hasNearby, windowAround } from '../../text/nearby.ts';
import { allMatches } from '../../text/matches.ts';

// Level abbreviations are capitals; "sc" and "dv" in lower case are too many other things.
const LEVEL = '(?:eDV|DV|SC|CTC|BPSS|NPPV\\s?[1-3]?)';
const VETTING_WORD = '(?:[Cc]leared|[Cc]learance|[Vv]etted|[Vv]etting|[Ll]evel)';
const ABBREVIATED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LEVEL}(?:[\\s-]+(?:security\\s+)?${VETTING_WORD})|(?:[Cc]leared|[Vv]etted)\\s+(?:to|at)\\s+${LEVEL}(?:\\s+level)?|(?:[Hh]old|[Hh]olding|[Hh]ave|[Gg]ot)\\s+(?:an?\\s+)?(?:active\\s+|current\\s+|live\\s+|valid\\s+|full\\s+)?${LEVEL})(?![\\p{L}\\p{N}])`,
  'gu',
);
const SPELLED = /(?<![\p{L}])(?:developed\s+vetting|enhanced\s+developed\s+vetting|counter[\s-]terrorist\s+check|security\s+check\s+(?:clearance|level|vetting)|(?:top\s+secret|ts\/sci)\s+clearance)(?![\p{L}])/giu;
// "Security cleared" is generic; it is a disclosure when the writer says it of themselves.
const GENERIC = /(?<![\p{L}])(?:security[\s-]cleared|security\s+clearance|vetted\s+to\s+a\s+high\s+level)(?![\p{L}])/giu;
const FIRST_PERSON = /(?<![\p{L}])(?:I|I['’]m|I['’]ve|I\s+am|my|me)(?![\p{L}])/u;
// A job advert stating the level a role needs is not anyone's disclosure.
// "Open to roles" is a job seeker disclosing their own level, so only the advertiser's words count.
const RECRUITMENT = /(?<![\p{L}])(?:vacanc(?:y|ies)|apply|applicants?|candidates?|hiring|recruiting|must\s+(?:hold|have|be)|required|requirement|able\s+to\s+(?:gain|obtain)|willing\s+to\s+undergo|eligible|post\s+holder)(?![\p{L}])/iu;

export default defineRule({
  id: 'vetting-level',
  definite: true,
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G24', 'G22'],
  description: 'Saying what security vetting level you hold (“DV cleared”, “SC clearance”, “Developed Vetting”).',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    const consider = (start: number, end: number, needsFirstPerson: boolean) => {
      const { before } = windowAround(text, start, end, 40);
      const self = FIRST_PERSON.test(before) || /^(?:hold|holding|have|got)/iu.test(text.slice(start, end));
      if (needsFirstPerson && !self) return;
      const advert = !self && hasNearby(text, start, end, 120, RECRUITMENT);
      const words = text.slice(start, end);
      hits.push({
        start,
        end,
        ...(advert ? { severity: 'info' as const } : {}),
        message: advert
          ? `“${words}” states a role’s vetting level; fine in an approved job advert, but don’t say what level you hold yourself.`
          : `“${words}” reveals a security vetting level, which makes the holder a target for hostile approaches.`,
        suggestion: 'Leave the vetting level out; “I work in the civil service” is enough.',
      });
    };
    for (const m of allMatches(ABBREVIATED, text)) consider(m.index, m.index + m[0].length, false);
    for (const m of allMatches(SPELLED, text)) consider(m.index, m.index + m[0].length, false);
    for (const m of allMatches(GENERIC, text)) consider(m.index, m.index + m[0].length, true);
    return hits;
  },
});
