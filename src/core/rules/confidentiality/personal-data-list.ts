// A list of people put out with their personal details ("the full list, with home addresses, is attached"), as when an
// honours list went online with recipients' addresses: a whole data set of members of the public at once.

import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

// Details joined to the list: "with their home addresses", "including names and postcodes", "each person's date of birth".
const WITH_DETAILS = /(?<![\p{L}])(?:with|including|includes|plus)\s+(?:(?:their|each\s+(?:person|recipient|applicant)['’]s|recipients['’]|people['’]s|names\s+and|full)\s+){0,2}(?:(?:citations?|names?),?\s{1,3}(?:and\s+)?)?(?:home\s+)?(?:addresses|address|postcodes|dates?\s+of\s+birth|phone\s+numbers|mobile\s+numbers|national\s+insurance\s+numbers|ni\s+numbers|email\s+addresses|passport\s+numbers)(?![\p{L}])/giu;
// The post hands the list over.
const HANDS_OVER = /(?<![\p{L}])(?:full\s+list|the\s+list|list\s+of|spreadsheet|attached|attachment|download|below|here|available|published)(?![\p{L}])|👇/iu;
// "Please don't share names or addresses here", "we've hidden comments that included addresses": protecting, not publishing.
const PROTECTING = /(?<![\p{L}])(?:don['’]t|do\s+not|never|hidden|removed|deleted|please\s+remember|won['’]t)(?![\p{L}])/iu;

export default defineRule({
  id: 'personal-data-list',
  category: 'confidentiality',
  severity: 'warning',
  messages: {
    list: '“{words}” puts out many people’s personal details at once; personal data about members of the public must never be published.',
  },
  guidance: ['G29', 'G24'],
  description: 'Lists of people published with their addresses, dates of birth or other contact details (“the full list, with home addresses, is attached”).',
  check(ctx) {
    const { text } = ctx;
    if (!HANDS_OVER.test(text) || PROTECTING.test(text)) return [];
    const hits: Hit[] = [];
    for (const m of allMatches(WITH_DETAILS, text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'list', data: { words: m[0] }, suggestion: 'Publish names only where people agreed to it, and never their contact details.' });
    }
    return hits;
  },
});
