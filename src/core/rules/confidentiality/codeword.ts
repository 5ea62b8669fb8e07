// Internal project and operation codewords (from the settings) appearing in a post, as words or hashtags.

import { defineRule, type Hit } from '../../rule.ts';
import { findUserTerms, userTermsRegExp } from '../../text/user-terms.ts';
import { findHashedCodewords } from '../../text/hashed-codewords.ts';

// "Project Tidewater" is usually shortened to "Tidewater"; the bare name counts when written as a name.
const PREFIX = /^(?:project|operation|op|programme|program|exercise|workstream)[\s\-_]+/iu;

interface Compiled {
  key: string;
  full: RegExp | null;
  names: RegExp | null;
}
// Settings rarely change between checks, so keep the last compiled pattern rather than rebuilding per post.
let cache: Compiled = { key: '', full: null, names: null };

// Codewords are compiled as escaped literals (text/user-terms.ts): a malformed entry such as `a\-b` is just those
// characters, and an entry that cannot be used (empty, only separators) is skipped without touching the others.
function compile(codewords: readonly string[]): Compiled {
  const key = codewords.join('\n');
  if (cache.key === key) return cache;
  const words = codewords.filter((w) => typeof w === 'string');
  const bareNames = words.map((w) => w.trim()).filter((w) => PREFIX.test(w)).map((w) => w.replace(PREFIX, ''));
  cache = {
    key,
    full: userTermsRegExp(words),
    // The bare name must be capitalised or a hashtag, so the word "tidewater" in prose stays quiet.
    names: userTermsRegExp(bareNames, 3),
  };
  return cache;
}

export default defineRule({
  id: 'codeword',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G24', 'G27'],
  description: 'Internal project and operation codewords listed in the settings, as words or hashtags.',
  messages: {
    hashed: 'This matches one of your organisation’s protected codewords; codewords must never appear in public.',
    codeword: '“{word}” is an internal codeword; codewords must never appear in public.',
  },
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    // Codewords an administrator gave only as salted hashes (never readable on this machine).
    for (const [start, end] of findHashedCodewords(text, ctx.settings.codewordHashes)) {
      hits.push({ start, end, messageId: 'hashed', suggestion: 'Remove the codeword.' });
    }
    const codewords = ctx.settings.codewords;
    if (!Array.isArray(codewords) || codewords.length === 0) return hits;
    const { full, names } = compile(codewords);
    const add = (start: number, end: number) => {
      const word = text.slice(start, end);
      hits.push({
        start,
        end,
        messageId: 'codeword',
        data: { word },
        suggestion: 'Remove the codeword; use the public name of the work once it has been announced.',
      });
    };
    for (const m of findUserTerms(full, text)) add(m.start, m.end);
    for (const m of findUserTerms(names, text)) {
      const first = m.text.replace(/^[#@]/u, '')[0] ?? '';
      if (/^[#@]/u.test(m.text) || first !== first.toLowerCase()) add(m.start, m.end);
    }
    return hits;
  },
});
