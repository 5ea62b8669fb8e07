// Mentioning, retweeting or linking to party and campaign accounts or websites, which spreads party-political material.

import accounts from '../../data/party-accounts.json' with { type: 'json' };
import { defineRule } from '../../rule.ts';
import { escapeRegExp } from '../../text/terms.ts';

const HANDLES = accounts.terms.filter((t) => t.startsWith('@')).map((t) => escapeRegExp(t.slice(1)));
const DOMAINS = accounts.terms.filter((t) => !t.startsWith('@')).map(escapeRegExp);
const AMPLIFY = new RegExp(
  [
    String.raw`(?:\bRT:?\s+)?(?<![\w@])@(?:${HANDLES.join('|')})(?!\w)`,
    String.raw`(?<![\w.-])(?:https?://)?(?:www\.)?(?:${DOMAINS.join('|')})(?![\w-])(?:/[^\s)]*)?`,
  ].join('|'),
  'gi',
);

export default defineRule({
  id: 'party-account-amplification',
  category: 'impartiality',
  severity: 'warning',
  guidance: ['G25', 'G8'],
  description: 'Mentions, reposts or links to party-political accounts and websites (an error on an official account).',
  check(ctx) {
    const official = ctx.account === 'official';
    return [...ctx.text.matchAll(AMPLIFY)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      severity: official ? ('error' as const) : ('warning' as const),
      message: `“${m[0]}” is a party-political account or website; sharing or tagging it spreads party material${official ? ' from a government account' : ''}.`,
      suggestion: official
        ? 'Link to the government’s own page on GOV.UK instead.'
        : 'Don’t amplify party accounts; link to neutral or official sources instead.',
    }));
  },
});
