// Reposting, tagging, linking to or passing on the material of party and campaign accounts, which spreads party-political messages.

import accounts from '../../data/party-accounts.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { politicalTargets } from '../../signals/political-targets.ts';

const HANDLES = new Set(accounts.terms.filter((t) => t.startsWith('@')).map((t) => t.toLowerCase()));
const DOMAINS = accounts.terms.filter((t) => !t.startsWith('@')).map((t) => t.toLowerCase());
const DOMAIN_SET = new Set(DOMAINS);
const REPOST = new Set(['rt', 'qt', 'mt', 'via']);
const SAYS = new Set(['says', 'said', 'writes', 'wrote', 'puts', 'explains']);

export default defineRule({
  id: 'party-account-amplification',
  definite: true,
  category: 'impartiality',
  severity: { official: 'error', personal: 'warning' },
  guidance: ['G25', 'G8'],
  description: 'Mentions, reposts, links to or passes on the material of party-political accounts, websites and politicians.',
  messages: {
    account: '“{words}” is a party-political account; tagging or reposting it spreads party material.',
    website: '“{words}” is a party-political website; linking to it spreads party material.',
    passOn: '“{words}” passes on a party’s or politician’s own message.',
  },
  check(ctx) {
    const { tokens } = ctx.words;
    const hits: Hit[] = [];
    const add = (first: number, last: number, messageId: string) =>
      hits.push({
        start: tokens[first]!.start,
        end: tokens[last - 1]!.end,
        messageId,
        data: { words: ctx.text.slice(tokens[first]!.start, tokens[last - 1]!.end) },
        suggestion: ctx.account === 'official' ? 'Link to the government’s own page on GOV.UK instead.' : 'Don’t amplify party material; link to neutral or official sources instead.',
      });
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'mention' && !t.glued && HANDLES.has(t.norm)) add(REPOST.has(tokens[k - 1]?.norm ?? '') ? k - 1 : k, k + 1, 'account');
      else if (t.kind === 'url' && onPartyDomain(t.norm)) add(k, k + 1, 'website');
    }
    // "Sharing this from the Lib Dems", "RT @JamesCorbettMP", "as @JamesCorbettMP says 👇".
    const targets = politicalTargets(ctx).filter((t) => (t.kind === 'party' || t.kind === 'politician') && !t.weak);
    for (const m of ctx.cues('impartiality.amplify')) {
      const t = targets.find((p) => p.first >= m.last && p.first - m.last <= 3);
      if (t) add(m.first, t.last, 'passOn');
    }
    for (const t of targets) {
      const before = tokens[t.first - 1];
      // "As the Prime Minister said today, …": adopting a politician's words as the post's own.
      const as = tokens[t.first - 1]?.norm === 'as' ? t.first - 1 : tokens[t.first - 1]?.norm === 'the' && tokens[t.first - 2]?.norm === 'as' ? t.first - 2 : -1;
      if (before && REPOST.has(before.norm) && tokens[t.first]!.kind === 'mention') add(t.first - 1, t.last, 'passOn');
      else if (as >= 0 && SAYS.has(tokens[t.last]?.norm ?? '')) add(as, t.last + 1, 'passOn');
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

/** "https://www.libdems.org.uk/plan" is on libdems.org.uk; "conservatives-club.example" is not conservatives.com. */
function onPartyDomain(url: string): boolean {
  const host = url.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0]!;
  // The host and each of its parent domains: "members.labour.org.uk" → "labour.org.uk" → "org.uk".
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (DOMAIN_SET.has(h)) return true;
  return false;
}
