// A personal account speaking for the department or HMG, or promising action on its behalf, which only official channels may do.

import { defineRule, type Hit } from '../../rule.ts';
import { departmentTerms, findTerms } from '../../text/department.ts';
import { GOVERNMENT_WORDS } from '../../text/government-words.ts';

const BODY = String.raw`(?:department|agency|ministry|government|govt|organisation|office|civil\s+service|hmg)`;
const VERB = String.raw`(?:refund|reimburse|compensate|pay|process|fix|sort|waive|cancel|reinstate|approve|review|reconsider|extend|backdate|fast-track|fast\s+track|expedite|correct|resolve|investigate|look\s+into|update|issue|send|contact|get\s+back\s+to|deal\s+with|honour|cover|make\s+sure|ensure|put\s+right|write\s+off|scrap|drop|u-turn|reverse|restore|replace|release|publish|announce)`;
const WILL = String.raw`(?:\s+will|'ll|\s+shall|\s+(?:is|are)\s+going\s+to|\s+(?:promises?|guarantees?|(?:has|have)\s+agreed)\s+to)`;
const MAY_PROMISE = String.raw`${WILL}\s+(?:[A-Za-z-]+\s+){0,2}?${VERB}(?![A-Za-z])`;

// Things that speak for the department whatever the context.
const AUTHORITY = new RegExp(
  [
    String.raw`\bon\s+behalf\s+of\s+(?:the\s+|my\s+|our\s+|HM\s+|his\s+majesty's\s+)?${BODY}\b`,
    String.raw`\b(?:the|our|my)\s+${BODY}'s\s+(?:official\s+)?(?:position|view|line|stance|response|decision)\s+(?:is|remains|will\s+be)\b`,
    String.raw`\bhmg's\s+(?:official\s+)?(?:position|view|line|stance)\b`,
    String.raw`\bour\s+official\s+(?:position|view|line|stance)\b`,
    String.raw`\b(?:the\s+)?official\s+(?:position|line)\s+is\b`,
    // The look-behind's white space is bounded: unbounded, it rescanned a whole run of spaces from every position.
    String.raw`(?:^|(?<=[.!?\n]\s{0,8}))officially(?=\s*[,:;—–-])`,
    String.raw`\b(?:speaking\s+officially|officially\s+speaking)\b`,
    String.raw`\bI\s+can\s+(?:now\s+|officially\s+)?(?:confirm|announce|reveal|guarantee|promise)(?:\s+that)?\s+(?:the\s+|our\s+|HM\s+)?(?:${BODY}|we|you\s+will|you'll|your)\b`,
    String.raw`\b(?:the|HM)\s+${BODY}${MAY_PROMISE}`,
  ].join('|'),
  'gi',
);

// Announcing a change in progress ("we're scrapping the paper permit") is a promise too.
const CHANGING = String.raw`(?:'re|\s+are)\s+(?:now\s+|finally\s+|officially\s+)?(?:scrapping|introducing|launching|bringing\s+in|changing|extending|cutting|removing|ending|dropping|replacing|raising|freezing|abolishing|simplifying|rolling\s+out|phasing\s+out)(?![A-Za-z])`;
// Having a citizen's decision or document ready ("we will have your visa decisions out by Friday").
const HAVE_YOURS = String.raw`${WILL}\s+(?:[A-Za-z-]+\s+){0,2}?(?:have|get)\s+your\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+(?:out|done|sorted|processed|approved|back|through|ready)(?![A-Za-z])`;

// "We" and "I" promise for the department only when the post is about it.
const FIRST_PERSON_PROMISE = new RegExp(
  [
    String.raw`\bwe${MAY_PROMISE}`,
    String.raw`\bwe${CHANGING}`,
    String.raw`\bwe${HAVE_YOURS}`,
    String.raw`\bleave\s+it\s+with\s+me\b`,
    String.raw`\bI(?:'ll|\s+will)\s+(?:personally\s+)?(?:make\s+sure|ensure|sort|fix|fast-track|fast\s+track|escalate|expedite|process|approve|refund|chase|look\s+into|get\s+(?:it|this|that|your\s+[A-Za-z-]+)\s+(?:sorted|fixed|processed|approved|fast-tracked))\s*(?:it|this|that|your|you|them|out)?\b`,
  ].join('|'),
  'gi',
);
const ABOUT_GOVERNMENT = /\b(?:government|govt|department|dept|agency|ministry|gov\.uk|civil\s+service|hmg|council)\b/i;
const SERVICE = /\b(?:your|my)\s+(?:payment|reference|case|claim|application|account|refund|form|appeal)\b/i;
// What only a public body changes or decides: a permit, a licence, the rules, someone's visa.
const PUBLIC_BUSINESS = /\b(?:permits?|licen[cs]es?|visas?|passports?|benefits?|allowances?|grants?|levy|tax|duty|fees?|logbooks?|regulations?|the\s+(?:new\s+|old\s+)?rules|requirements?|applications?|decisions?)\b/i;
const NAME_PROMISE = new RegExp(`^${MAY_PROMISE}`, 'i');
const ON_BEHALF_BEFORE = /\bon\s+behalf\s+of\s+(?:the\s+)?$/i;
// "I'm not posting on behalf of …" is the disclaimer, not the claim.
const NOT_BEFORE = /\b(?:not|never)\s+(?:[a-z]+\s+){0,2}$/i;

export default defineRule({
  id: 'personal-speaks-for-department',
  category: 'identity',
  severity: 'warning',
  guidance: ['G9', 'G21', 'G5'],
  description: 'A personal account stating the department’s position or promising action on its behalf.',
  check(ctx) {
    if (ctx.account !== 'personal') return [];
    const text = ctx.plain;
    const hits: Hit[] = [];
    const add = (start: number, end: number) =>
      hits.push({
        start,
        end,
        message: `“${ctx.text.slice(start, end)}” speaks for the department, which a personal account cannot do.`,
        suggestion: 'Point people to the official account or published guidance, and make clear any view is your own.',
      });
    for (const m of text.matchAll(AUTHORITY)) add(m.index, m.index + m[0].length);
    const terms = departmentTerms(ctx.settings);
    const names = findTerms(terms.names, text);
    for (const n of names) {
      // "On behalf of the Marine and Fisheries Agency": the configured name stands in for "the department".
      const behalf = ON_BEHALF_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
      const from = n.start - (behalf?.[0].length ?? 0);
      if (behalf && !NOT_BEFORE.test(text.slice(Math.max(0, from - 30), from))) add(from, n.end);
      const promise = NAME_PROMISE.exec(text.slice(n.end, n.end + 80));
      if (promise) add(n.start, n.end + promise[0].length);
    }
    const aboutDepartment =
      ABOUT_GOVERNMENT.test(text) || PUBLIC_BUSINESS.test(text) || names.length > 0 || findTerms(terms.topics, text).length > 0;
    for (const m of text.matchAll(FIRST_PERSON_PROMISE)) {
      // "We" could be a family; "I" promising to sort someone's payment or application is service talk.
      const service = /^we/i.test(m[0]) ? aboutDepartment : aboutDepartment || GOVERNMENT_WORDS.test(text) || SERVICE.test(text);
      if (service) add(m.index, m.index + m[0].trimEnd().length);
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
