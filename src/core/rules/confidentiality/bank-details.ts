// Bank details (sort code with account number, or a GB IBAN) in a post: financial personal data.

import { defineRule, type Hit } from '../../rule.ts';
import { isValidIban } from '../../text/checksums.ts';
import { windowAround } from '../../text/nearby.ts';
import { allMatches } from '../../text/matches.ts';

const SORT_CODE = /(?<![\p{L}\p{N}.,/:-])\d{2}([- \u00a0])\d{2}\1\d{2}(?![\p{N}]|[.,/:-]\d)/gu;
const SORT_CODE_LABELLED = /(?<![\p{L}])(?:sort\s{0,3}code|s\/c)\s{0,3}(?:is|:|-|no\.?)?\s{0,3}(\d{2}[- \u00a0]?\d{2}[- \u00a0]?\d{2})(?![\p{N}])/giu;
const ACCOUNT = /(?<![\p{L}\p{N}.,£$€/:-])\d{8}(?![\p{N}]|[.,/:-]\d)/gu;
const ACCOUNT_WORD = /(?<![\p{L}])(?:a\/c|acc(?:oun)?t(?:\s+(?:number|no\.?|num))?)\s*(?:is|:|-)?\s*$/iu;
const IBAN = /(?<![\p{L}\p{N}])GB\d{2}[ \u00a0]?[A-Z]{4}(?:[ \u00a0]?\d{4}){3}[ \u00a0]?\d{2}(?![\p{L}\p{N}])/giu;

export default defineRule({
  id: 'bank-details',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G22'],
  description: 'Bank details: a sort code with an account number, a labelled account number, or a GB IBAN.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    if (!/\d{2}/.test(text)) return [];
    const hits: Hit[] = [];
    const add = (start: number, end: number, what: string) => {
      hits.push({
        start,
        end,
        message: `“${text.slice(start, end)}” looks like ${what}, which is personal financial data and must never be posted.`,
        suggestion: 'Remove the bank details; ask the person to use the secure online service instead.',
      });
    };
    for (const m of allMatches(IBAN, text)) if (isValidIban(m[0])) add(m.index, m.index + m[0].length, 'a bank account number (IBAN)');

    const accounts = allMatches(ACCOUNT, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const sortCodes: Array<{ start: number; end: number }> = [];
    for (const m of allMatches(SORT_CODE_LABELLED, text)) {
      const value = m[1] ?? '';
      const start = m.index + m[0].length - value.length;
      sortCodes.push({ start, end: start + value.length });
    }
    for (const m of allMatches(SORT_CODE, text)) {
      // A dd-mm-yy date has the same shape; without the words "sort code", only a nearby account number makes it bank details.
      const start = m.index;
      const end = start + m[0].length;
      if (accounts.some((a) => Math.abs(a.start - end) <= 40 || Math.abs(start - a.end) <= 40)) sortCodes.push({ start, end });
    }
    for (const s of sortCodes) {
      add(s.start, s.end, 'a bank sort code');
      for (const a of accounts) if (a.start >= s.end && a.start - s.end <= 40) add(a.start, a.end, 'a bank account number');
    }
    for (const a of accounts) {
      const { before } = windowAround(text, a.start, a.end, 30);
      if (ACCOUNT_WORD.test(before)) add(a.start, a.end, 'a bank account number');
    }
    return hits;
  },
});
