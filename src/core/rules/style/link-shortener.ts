// Third-party link shorteners (bit.ly, tinyurl.com, ow.ly...), which hide where a link goes and can look like phishing.

import shorteners from '../../data/link-shorteners.json' with { type: 'json' };
import { defineRule } from '../../rule.ts';
import { LETTER } from '../../text/terms.ts';
import { escapeRegExp } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

const LINK = new RegExp(
  `(?<![${LETTER}0-9.@/-])(?:https?:\\/\\/)?(?:www\\.)?(?:${shorteners.terms.map(escapeRegExp).join('|')})\\/[^\\s)\\]}>"”’]*[^\\s)\\]}>"”’.,;:!?]`,
  'gi',
);

export default defineRule({
  id: 'link-shortener',
  category: 'style',
  severity: 'info',
  guidance: ['G30', 'G19'],
  description: 'Links through third-party shorteners (bit.ly, tinyurl.com, ow.ly, t.co and others) that hide where they go.',
  checksQuotes: true,
  check(ctx) {
    return allMatches(LINK, ctx.text).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `“${m[0]}” is a shortened link, which hides where it goes and can look like phishing.`,
      suggestion: 'Use the full address or a GOV.UK short URL (gov.uk/…), so people can see where the link goes.',
    }));
  },
});
