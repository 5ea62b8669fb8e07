// GOV.UK "words to avoid" (deliver, facilitate, going forward, leverage...), with the list's own exceptions.

import words from '../../data/words-to-avoid.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { phraseRegExp } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

const SUGGESTION = new Map<string, { base: string; instead: string }>();
for (const line of words.terms) {
  const [forms = '', instead = ''] = line.split(/:\s*/u);
  const all = forms.split('|');
  for (const f of all) SUGGESTION.set(normal(f), { base: all[0]!, instead });
}
const WORDS = phraseRegExp(words.terms.flatMap((line) => (line.split(':')[0] ?? '').split('|')));
const after = (re: string) => new RegExp(`^\\s*(?:${re})(?![\\p{L}])`, 'iu');
const before = (re: string) => new RegExp(`(?<![\\p{L}])(?:${re})\\s*$`, 'iu');

/** When a listed word means what it says, or is only a problem in its metaphorical use. */
interface Sense {
  /** Fine when followed by these (a key to the door, deliver parcels). */
  allowAfter?: RegExp;
  /** Fine when preceded by these (fishing tackle, a meeting agenda). */
  allowBefore?: RegExp;
  /** Only a problem when followed by these (drive growth, land a deal). */
  onlyAfter?: RegExp;
}

const SENSES: Record<string, Sense> = {
  agenda: { allowAfter: after("for\\s+(?:the|this|today['’]s|our)\\s+(?:meeting|board|committee|session|event|conference)|items?"), allowBefore: before('meeting|board|committee') },
  combat: { allowAfter: after('troops|units?|operations?|roles?|aircraft|vehicles?|training|zones?|veterans?|stress') },
  commit: { allowAfter: after('(?:an?\\s+)?(?:crime|offence|fraud|suicide|murder|theft)s?') },
  deliver: {
    allowAfter: after('(?:(?:a|an|the|your|our|their)\\s+)?(?:parcels?|post|letters?|leaflets?|mail|food|meals?|packages?|goods|bab(?:y|ies)|medicines?|prescriptions?|vaccines?|newspapers?|groceries|supplies)'),
    allowBefore: before('parcel|post|mail|food|home|grocery|baby|medicine'),
  },
  deploy: { allowAfter: after('(?:the\\s+)?(?:troops|soldiers|forces|personnel|code|software|app|update|release)'), allowBefore: before('troops|forces|military|code|software') },
  drive: { onlyAfter: after('up|down|out|forward|growth|change|improvements?|innovation|efficiency|investment|progress|performance|value|productivity|demand|standards|the\\s+(?:agenda|change|growth)|economic') },
  foster: { allowAfter: after('care|carers?|parents?|child(?:ren)?|famil(?:y|ies)|placements?|homes?|a\\s+child') },
  key: {
    allowAfter: after('to\\s+(?:the|your|a)\\s+(?:door|house|car|flat|property|safe|front)|rings?|fobs?|cards?|safes?|holders?|cutting|workers?|stages?'),
    allowBefore: before('door|car|house|front|back|spare|lost|safe|padlock|cabinet'),
  },
  land: { onlyAfter: after('(?:an?|the)\\s+(?:deal|job|contract|role|agreement|win|funding)') },
  progress: { onlyAfter: after('the|this|these|our|your|their|its|work|plans?|it') },
  promote: { allowAfter: after('to|(?:their|your|its)\\s+(?:business|products?|services)') },
  robust: { allowAfter: after('boots|packaging|containers?|casing|frames?|fencing|materials?|structures?') },
  strengthen: { allowAfter: after('(?:the\\s+)?(?:walls?|bridges?|buildings?|structures?|floors?|beams?|foundations?|flood\\s+defences?|muscles?|bones?)') },
  tackle: { allowAfter: after('box|shop|(?:in|on)\\s+(?:rugby|football)'), allowBefore: before('fishing|angling|sliding|rugby|football|late|high|dangerous|the') },
};

function meansWhatItSays(base: string, textBefore: string, textAfter: string): boolean {
  const sense = SENSES[base];
  if (!sense) return false;
  if (sense.onlyAfter) return !sense.onlyAfter.test(textAfter);
  return Boolean(sense.allowAfter?.test(textAfter) || sense.allowBefore?.test(textBefore));
}

export default defineRule({
  id: 'words-to-avoid',
  category: 'style',
  severity: 'info',
  guidance: ['G30', 'G17'],
  description: 'Words GOV.UK asks writers to avoid (deliver, drive, facilitate, going forward, key, leverage, robust, tackle, utilise...).',
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    for (const m of allMatches(WORDS, text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Part of a hashtag, handle or link: a name, not prose.
      if (/[#@/.]/u.test(text[start - 1] ?? '')) continue;
      const entry = SUGGESTION.get(normal(m[0]));
      if (!entry) continue;
      const textBefore = text.slice(Math.max(0, start - 30), start);
      if (meansWhatItSays(entry.base, textBefore, text.slice(end, end + 40))) continue;
      // A capitalised word mid-sentence is usually a name ("Key Stage 2", "the Delivery Unit").
      if (/^\p{Lu}/u.test(m[0]) && /[\p{L},]\s+$/u.test(textBefore)) continue;
      const hit: Hit = {
        start,
        end,
        message: `“${m[0]}” is on the GOV.UK list of words to avoid; plain words are clearer.`,
        suggestion: `Try: ${entry.instead}.`,
      };
      // One plain replacement for the listed form itself ("utilise" → "use") can be applied as it is;
      // inflected forms and lists of alternatives need a person to choose.
      if (normal(m[0]) === normal(entry.base) && !/,|\bor\b|\bsay\b|\bleave\b|\bexample\b/u.test(entry.instead)) {
        const text = /^\p{Lu}/u.test(m[0]) ? entry.instead.charAt(0).toUpperCase() + entry.instead.slice(1) : entry.instead;
        hit.fix = { start, end, text };
      }
      hits.push(hit);
    }
    return hits;
  },
});

function normal(phrase: string): string {
  return phrase.toLowerCase().replace(/[\s‐–-]+/gu, ' ');
}
