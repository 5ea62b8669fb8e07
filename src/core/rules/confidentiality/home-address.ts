// Home addresses: a street address or postcode tied to a private person. Published venue and office addresses are fine.

import streetTypes from '../../data/street-types.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { hasNearby, windowAround } from '../../text/nearby.ts';
import { ORGANISATION_CUE, PERSON_CUE } from '../../text/people.ts';
import { allMatches } from '../../text/matches.ts';

// "9 Elm Grove", "Flat 2, 14a Mill Lane": a house number, one to three capitalised words, a street type.
const STREET = new RegExp(
  `(?<![\\p{L}\\p{N}£$€.,:/])(?:(?:Flat|Apartment|Apt|Unit)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${streetTypes.terms.join('|')})\\.?(?![\\p{L}])`,
  'gu',
);
// BS 7666 postcode shapes (Presidio's regex), any case; checked for capitals or an address nearby below.
const POSTCODE =
  /(?<![\p{L}\p{N}])(?:GIR\s?0AA|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?\s?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][0-9]{2}\s?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?\s?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9]{2}\s?[0-9][ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;
// Someone named just before the address: "Amira, of 9 Elm Grove", "lives at", "home address".
const RESIDENT = /(?:\p{Lu}\p{Ll}+,?\s+(?:of|from)|lives?\s+at|living\s+at|address\s+(?:is|:)|home\s+(?:address|is)|house\s+at|stay(?:ing)?\s+at)\s*$/u;
// Places the public are invited to, whose addresses are published on purpose.
const VENUE =
  /(?<![\p{L}])(?:event|venue|join\s+us|held\s+at|takes?\s+place|drop[\s-]in|clinic|hub|exhibition|museum|library|hall|church|school|station|hotel|office|offices|building|house|shop|store|caf[eé]|restaurant|pub|open\s+day|site|depot|court|tribunal|jobcentre|opening|opens|now\s+open|visit)(?![\p{L}])/iu;

export default defineRule({
  id: 'home-address',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G29', 'G14'],
  description: 'Home addresses: a street address or postcode next to a private person, not a published venue or office address.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    if (!/\d/.test(text)) return [];
    const official = ctx.account === 'official';
    const hits: Hit[] = [];
    const postcodes = allMatches(POSTCODE, text.toUpperCase()).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const add = (start: number, end: number) => {
      hits.push({
        start,
        end,
        message: `“${text.slice(start, end)}” looks like a private person’s address, which is personal data and must never be posted.`,
        suggestion: 'Remove the address; a town or area is enough, or take the conversation to a private message.',
      });
    };
    const isPublicPlace = (start: number, end: number) =>
      hasNearby(text, start, end, 60, VENUE) || hasNearby(text, start, end, 60, ORGANISATION_CUE);

    for (const m of allMatches(STREET, text)) {
      const start = m.index;
      let end = start + m[0].length;
      const { before } = windowAround(text, start, end, 40);
      // A flat or apartment number is somebody's home, whoever else ("the council's housing team") is named nearby.
      const named = RESIDENT.test(before) || /^(?:Flat|Apartment|Apt)\s/u.test(m[0]);
      const person = named || hasNearby(text, start, end, 50, PERSON_CUE);
      const postcode = postcodes.find((p) => p.start >= end && p.start - end <= 40);
      if (!named && isPublicPlace(start, end)) continue;
      // A department posting a street and postcode is giving its own or a venue's address; a person posting one is not.
      if (!(person || (postcode && !official))) continue;
      if (postcode) end = postcode.end;
      add(start, end);
    }
    for (const p of postcodes) {
      const written = text.slice(p.start, p.end);
      if (written !== written.toUpperCase()) continue;
      const { before } = windowAround(text, p.start, p.end, 40);
      if (RESIDENT.test(before) && !isPublicPlace(p.start, p.end)) add(p.start, p.end);
    }
    return hits;
  },
});
