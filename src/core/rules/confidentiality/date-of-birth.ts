// Dates of birth in a post: with a name they identify a person and unlock accounts.

import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = `(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
// "DOB 12/03/1985", "date of birth: 3 March 1990": a label then a date.
const LABELLED = new RegExp(`(?<![\\p{L}])(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s+date|birthdate)\\s*(?:is|was|:|-|–)?\\s*[(\\[]?(${DATE})(?![\\p{N}])`, 'giu');
// "born on 3 March 1990": a full date with a year inside living memory.
const BORN = new RegExp(`(?<![\\p{L}])born\\s+(?:on\\s+)?(?:the\\s+)?(${DATE})(?![\\p{N}])`, 'giu');
const OLDEST_YEAR = new Date().getFullYear() - 90;
// "The NHS was born on 5 July 1948": institutions have birthdays too.
const INSTITUTION_BEFORE = /(?<![\p{L}])\p{Lu}{2}\p{L}*(?:['’]s)?[\s,]+(?:(?:was|is)\s+)?$/u;

export default defineRule({
  id: 'date-of-birth',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G14'],
  description: 'Dates of birth (“DOB 12/03/1985”, “born on 3 March 1990”), which are personal data.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    if (!/\d/.test(text)) return [];
    const hits: Hit[] = [];
    const add = (start: number, end: number, severity?: 'warning') => {
      hits.push({
        start,
        end,
        ...(severity ? { severity } : {}),
        message: `“${text.slice(start, end)}” gives a date of birth, which is personal data and must not be posted.`,
        suggestion: 'Remove the date of birth; never ask for or repeat it in public.',
      });
    };
    for (const m of allMatches(LABELLED, text)) add(m.index, m.index + m[0].length);
    for (const m of allMatches(BORN, text)) {
      const date = m[1] ?? '';
      const year = Number(/(\d{4})(?!.*\d{4})/u.exec(date)?.[1] ?? NaN);
      // Historic figures' birthdays ("Dickens was born on 7 February 1812") are history, not personal data.
      if (!(year >= OLDEST_YEAR) || INSTITUTION_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
      add(m.index, m.index + m[0].length, 'warning');
    }
    return hits;
  },
});
