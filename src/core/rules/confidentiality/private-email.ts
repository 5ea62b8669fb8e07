// Email addresses of private individuals; public bodies' addresses and role mailboxes are published contacts.

import publicDomains from '../../data/public-email-domains.json' with { type: 'json' };
import roleMailboxes from '../../data/role-mailboxes.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/gu;
const PUBLIC_DOMAINS = publicDomains.terms;
const ROLES = new Set(roleMailboxes.terms);
// Placeholder domains used in instructions ("name@example.com").
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net|co\.uk|org\.uk)|example|test|invalid|localhost)$/u;

export default defineRule({
  id: 'private-email',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G14'],
  description: 'Email addresses of private individuals (not public-body addresses or role mailboxes such as info@ or press@).',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    if (!text.includes('@')) return [];
    const hits: Hit[] = [];
    for (const m of allMatches(EMAIL, text)) {
      const address = m[0].replace(/(?<!\.)\.+$/u, '');
      const [local = '', domain = ''] = address.toLowerCase().split('@');
      if (PUBLIC_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)) || EXAMPLE_DOMAIN.test(domain)) continue;
      // info@, press-office@, enquiries.north@: the first part names a role, not a person.
      const head = local.split(/[._+-]/u)[0] ?? '';
      if (ROLES.has(local) || ROLES.has(head) || ROLES.has(local.replace(/[._-]/gu, ''))) continue;
      hits.push({
        start: m.index,
        end: m.index + address.length,
        message: `“${address}” looks like a private person’s email address, which is personal data and must not be posted.`,
        suggestion: 'Remove the address; point people to a published contact or take the conversation to a private message.',
      });
    }
    return hits;
  },
});
