// Internal project and operation codewords (from the settings) appearing in a post, as words or hashtags.

import { defineRule, type Hit } from '../../rule.ts';
import { findHashedCodewords } from '../../text/hashed-codewords.ts';
import { escapeRegExp } from '../../text/terms.ts';

// "Project Tidewater" is usually shortened to "Tidewater"; the bare name counts when written as a name.
const PREFIX = /^(?:project|operation|op|programme|program|exercise|workstream)\s+/iu;

interface Compiled {
  key: string;
  full: RegExp | undefined;
  names: RegExp | undefined;
}
// Settings rarely change between checks, so keep the last compiled pattern rather than rebuilding per post.
let cache: Compiled = { key: '', full: undefined, names: undefined };

function compile(codewords: readonly string[]): Compiled {
  const key = codewords.join('\n');
  if (cache.key === key) return cache;
  const words = codewords.map((w) => w.trim()).filter((w) => w.length > 0);
  const alternatives = new Set<string>();
  const bareNames = new Set<string>();
  for (const w of words) {
    // Whole phrase, any spacing or hyphenation, with or without a leading #.
    alternatives.add(escapeRegExp(w).replace(/(?:\\-|\s)+/g, '[\\s\\-‐–_]*'));
    const name = w.replace(PREFIX, '');
    if (name !== w && name.length >= 3) bareNames.add(escapeRegExp(name).replace(/(?:\\-|\s)+/g, '[\\s\\-‐–_]*'));
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).join('|');
  cache = {
    key,
    full: alternatives.size ? new RegExp(`(?<![\\p{L}\\p{N}_])#?(?:${sorted(alternatives)})(?![\\p{L}\\p{N}_])`, 'giu') : undefined,
    // The bare name must be capitalised or a hashtag, so the word "tidewater" in prose stays quiet.
    names: bareNames.size ? new RegExp(`(?<![\\p{L}\\p{N}_])#?(?:${sorted(bareNames)})(?![\\p{L}\\p{N}_])`, 'giu') : undefined,
  };
  return cache;
}

export default defineRule({
  id: 'codeword',
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G24', 'G27'],
  description: 'Internal project and operation codewords listed in the settings, as words or hashtags.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    // Codewords an administrator gave only as salted hashes (never readable on this machine).
    for (const [start, end] of findHashedCodewords(text, ctx.settings.codewordHashes)) {
      hits.push({ start, end, message: 'This matches one of your organisation’s protected codewords; codewords must never appear in public.', suggestion: 'Remove the codeword.' });
    }
    const codewords = ctx.settings.codewords;
    if (!Array.isArray(codewords) || codewords.length === 0) return hits;
    const { full, names } = compile(codewords);
    const add = (start: number, end: number) => {
      const word = text.slice(start, end);
      hits.push({
        start,
        end,
        message: `“${word}” is an internal codeword; codewords must never appear in public.`,
        suggestion: 'Remove the codeword; use the public name of the work once it has been announced.',
      });
    };
    if (full) for (const m of text.matchAll(full)) add(m.index, m.index + m[0].length);
    if (names) {
      for (const m of text.matchAll(names)) {
        const first = m[0].replace(/^#/u, '')[0] ?? '';
        if (m[0].startsWith('#') || first !== first.toLowerCase()) add(m.index, m.index + m[0].length);
      }
    }
    return hits;
  },
});
