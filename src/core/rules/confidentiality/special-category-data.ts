// Special-category data (health, religion, ethnicity, sexuality, union membership, immigration status) about a named person.

import terms from '../../data/special-category-terms.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { escapeRegExp } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

// Names must be capitalised but the words after them may be in any case, so letters are made caseless by hand.
// Escapes such as \\s and \\p{L} are kept as they are.
const caseless = (s: string) => s.replace(/\\p\{[^}]*\}|\\.|\p{Ll}/gu, (c) => (c.length > 1 ? c : `[${c}${c.toUpperCase()}]`));
const TERM = `(?:${[...terms.terms]
  .sort((a, b) => b.length - a.length)
  .map((t) => caseless(escapeRegExp(t)).replace(/'/g, "['’]").replace(/\s+/g, '\\s+'))
  .join('|')})`;
// A person: an @handle, an honorific and surname, or a capitalised first name (and surname).
const NAME = "(?:@[A-Za-z0-9_]{2,}|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)";
// "John Smith's cancer diagnosis", "@jane's asylum claim".
const POSSESSIVE = new RegExp(`(?<![\\p{L}\\p{N}_])(${NAME})['’]s\\s+(?:(?:recent|new|ongoing|late|terminal|secret|private|own|latest|failed|rejected|current)\\s+){0,2}${TERM}(?![\\p{L}])`, 'gu');
// "Sarah has been diagnosed with cancer", "Tom is HIV positive", "Mr Ahmed came out as gay".
const VERB_PHRASE = caseless(
  "(?:(?:has|had|have|is|was|been|recently|just|finally|now|also)\\s+){0,3}(?:diagnosed\\s+with\\s+[\\p{L}'’ -]{2,30}?(?=[.,;!?]|\\s{1,3}(?:and|but|so|last|this|in|after)\\s|$)|pregnant|hiv\\s+positive|sectioned|in\\s+rehab|came\\s+out\\s+as\\s+(?:gay|lesbian|bi|bisexual|trans|transgender)|(?:a\\s+)?(?:gay|lesbian|bisexual|transgender|muslim|jewish|sikh|hindu|catholic|refugee|asylum\\s+seeker|union\\s+member|member\\s+of\\s+(?:the\\s+)?(?:pcs|unison|unite|gmb|fda|prospect))(?![\\p{L}])|(?:suffer(?:s|ed|ing)?\\s+(?:from|with)|off\\s+(?:sick\\s+)?(?:with|due\\s+to)|(?:being\\s+)?treated\\s+for|undergoing|battling|fighting|recovering\\s+from|struggling\\s+with|living\\s+with)\\s+(?:(?:severe|bad|serious|clinical|terminal|breast|lung|bowel|prostate)\\s+)?",
);
// "Sarah has been diagnosed with cancer", "Tom is HIV positive", "Mr Ahmed came out as gay".
// "Kevin from accounts", "Jo on the third floor": a short qualifier may sit between the name and the verb.
const QUALIFIER = "(?:,?\\s+(?:from|in|at|on|of)\\s+(?:the\\s+)?[\\p{L}\\p{N}]+(?:\\s+[\\p{L}\\p{N}]+)?,?)?";
const STATEMENT = new RegExp(`(?<![\\p{L}\\p{N}_])(${NAME})${QUALIFIER}\\s+${VERB_PHRASE}${TERM}|${caseless('(?:has|had)\\s+')}${TERM})`, 'gu');
// "…Linda Hart. She's been sectioned": a pronoun carries the name from just before.
const PRONOUN_STATEMENT = new RegExp(`(?<![\\p{L}])((?:[Ss]he|[Hh]e|[Tt]hey)(?:['’]s|['’]ve|\\s+(?:is|has|was|had|have|are)))\\s+${VERB_PHRASE}${TERM}|${caseless('(?:has|had)\\s+')}${TERM})`, 'gu');
const NAMED_BEFORE = /(?:@[A-Za-z0-9_]{2,}|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;
// A reply that names the person's own case: "@sam your asylum claim", "Hi Jo, your diagnosis".
const YOUR = new RegExp(`(?<![\\p{L}])(?<!(?:if|when|whether|once|until|before|after)\\s{1,8})[Yy]our\\s+(?:(?:recent|new|ongoing|current|latest|failed|rejected)\\s+)?${TERM}(?![\\p{L}])`, 'gu');
// Capitalised words that begin sentences or name institutions, not people.
const NOT_A_PERSON = /^(?:The|This|That|These|Those|He|She|They|It|We|Our|My|His|Her|Their|Your|You|If|When|Why|How|What|Who|Today|Tomorrow|Yesterday|Everyone|Anyone|Someone|Nobody|There|Here|Each|Every|Britain|England|Scotland|Wales|Ireland|London|Government|Council|Department|Ministry|Parliament|Labour|Conservative|Charity|Research|Week|Day|Month|World|National|Local|Public|New|Support|Help|Free)\b/u;
// "London's Muslim communities", "Macmillan's cancer nurses": a term naming a service or group, not a person's data.
const GENERAL_AFTER = /^\s+(?:services?|nurses?|support|charit(?:y|ies)|research|care|teams?|units?|wards?|awareness|screening|campaigns?|strategy|polic(?:y|ies)|funding|provision|workers?|survival|rates?|figures|statistics|data|plans?|patients|communit(?:y|ies)|groups?|leaders|population|people|staff|voters|law|laws|rules|system|appeals\s+process|week|month|day)(?![\p{L}])/iu;

export default defineRule({
  id: 'special-category-data',
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G14'],
  description: 'Health, religion, ethnicity, sexuality, trade union or immigration details about a named person.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    for (const re of [POSSESSIVE, STATEMENT]) {
      for (const m of allMatches(re, text)) {
        let name = m[1] ?? '';
        let start = m.index;
        // "Poor Kevin", "Sadly Jo": a capitalised opener is not part of the name.
        const opener = /^(?:Poor|Dear|Lovely|Sadly|Sad|Bless|So|And|But|Also|Apparently|Guess|Gossip|Fun|Even|Hi|Hey|Thanks|Congrats|RIP)\s+/u.exec(name);
        if (opener) {
          start += opener[0].length;
          name = name.slice(opener[0].length);
        }
        if (NOT_A_PERSON.test(name) || /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)$/u.test(name)) continue;
        const end = m.index + m[0].trimEnd().length;
        if (GENERAL_AFTER.test(text.slice(end, end + 30))) continue;
        hits.push({
          start,
          end,
          message: `“${text.slice(start, end)}” discloses special-category information about a named person, which is personal data and must never be posted.`,
          suggestion: 'Leave out the person’s health, beliefs, sexuality or status; talk about the policy or service in general instead.',
        });
      }
    }
    const add = (start: number, end: number, severity?: 'warning') => {
      if (GENERAL_AFTER.test(text.slice(end, end + 30)) || hits.some((h) => start < h.end && end > h.start)) return;
      hits.push({
        start,
        end,
        ...(severity ? { severity } : {}),
        message: `“${text.slice(start, end)}” discloses special-category information about an identifiable person, which is personal data and must not be posted.`,
        suggestion: 'Leave out the person’s health, beliefs, sexuality or status; talk about the policy or service in general instead.',
      });
    };
    for (const m of allMatches(PRONOUN_STATEMENT, text)) {
      if (NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) add(m.index, m.index + m[0].trimEnd().length);
    }
    // Only in a reply to a particular person; "your diagnosis" in general advice is about the reader.
    const addressed = ctx.replyTo.trim() !== '' || /^\s*(?:@[A-Za-z0-9_]{2,}|(?:hi|hello|dear)\s+[@\p{Lu}])/iu.test(text);
    if (addressed) for (const m of allMatches(YOUR, text)) add(m.index, m.index + m[0].length, 'warning');
    return hits;
  },
});
