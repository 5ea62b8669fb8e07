// Which quotations are someone else's words being reported (and so not the poster's own), and which the poster adopts or endorses.

import { quotedRanges } from './quotes.ts';

// Words near a quotation that say it is being reported: who said it, or that it is being passed on for action.
const REPORTING =
  /\b(?:said|says|saying|say|told|tells|called|calls|calling|wrote|writes|written|shouted|claimed|claims|accused|asked|asks|reported|reporting|report|posted|messaged|emailed|tweeted|replied|labelled|branded|described|headlines?|headlined|quoted|quoting|term|phrase|word|words|slogan|known\s+as|so-called|means|meaning|stands\s+for|marked|marking|warning|caller|abuse|abusive|insults?|threats?|comments?|DMs?|inbox|messages?|got\s+this|received|sent\s+(?:us|me))\b/i;
// Words that adopt a quotation as the poster's own view ("this", but not "this morning", a time, or "opened this in our
// inbox", "this came in", a thing received).
const ENDORSING =
  /(?:\b(?:agree|agreed|exactly|this(?!\s(?:morning|afternoon|evening|week|weekend|month|year|in|on|from|to|came|was|is|arrived|landed|popped|message|email|one))|so\s+true|spot\s+on|well\s+said|couldn['’]t\s+(?:have\s+)?(?:put|said)\s+it\s+better|nailed\s+it|hear\s+hear|preach|100%|facts|correct|right|true|amen)\b|[-–—]\s*me\b|\+1|💯|👏|🔥|👍|🙌)/i;

// Bounded gaps, so the end anchor cannot make the engine retry runs of white space.
const ATTRIBUTED = /\b(?:said|says|wrote|writes|told|added|explained|commented)(?:[ \t]{0,3}[:,])?[ \t]{0,3}$/i;

/**
 * Ranges of quotations that are reported speech: a quotation clears a finding only when the text around
 * it says whose words they are or that they are being reported, and nothing around it endorses them.
 * A quotation that is most of the post (a pasted export, a post wrapped in quotes) reports nothing.
 */
export function reportedQuoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const body = text.trim().length;
  for (const [s, e] of quotedRanges(text)) {
    const before = text.slice(Math.max(0, s - 60), s);
    const after = text.slice(e, Math.min(text.length, e + 60));
    // "The Chancellor said: '…'" is reported however long the quotation: an attribution just before it says whose it is.
    if (e - s >= body * 0.8 && !ATTRIBUTED.test(before)) continue;
    const around = `${before} ${after}`;
    if (ENDORSING.test(before.slice(-30)) || ENDORSING.test(after.slice(0, 30))) continue;
    // A short quoted word or phrase ("scare quotes") inside a sentence is the poster's own sneer, not a report.
    const inner = text.slice(s + 1, e - 1);
    const short = inner.trim().split(/\s+/).length <= 3;
    if (REPORTING.test(around) || (!short && /[:,]\s*$/.test(before))) out.push([s, e]);
  }
  return out;
}
