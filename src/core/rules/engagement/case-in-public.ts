// One person's case discussed in public (looked up, its facts stated, a reference repeated, details asked for, cases invited into a personal inbox): G14 says take it offline.

import { defineRule, type Hit } from '../../rule.ts';
import { caseTalk, type CaseTalkKind } from '../../signals/case-talk.ts';
import { allMatches } from '../../text/matches.ts';

// A case or customer reference after a label: "ref 88231-B", "case number 4471-0982".
const ID = '[A-Z]{0,4}[-/]?\\d[\\dA-Z/-]{4,}';
// Gaps are bounded (\s{0,3}) so adjacent optional gaps cannot trade a long run of white space between them.
const BARE_REFERENCE = new RegExp(`\\b(?:(?:reference|ref|case|claim|customer|application|account)\\s{0,3}(?:number|no\\.?|ref)?|ref\\.?)\\s{0,3}(?:is\\s{1,3}|was\\s{1,3})?:?\\s{0,3}${ID}`, 'gi');
// Asking for personal details to be posted in the open.
const ASK_PUBLIC = new RegExp(
  `\\b(?:reply|respond|comment|tweet|post|share|give|tell|pop|drop|tag)\\s+(?:below\\s+|here\\s+)?(?:us\\s+|me\\s+)?(?:with\\s+|here\\s+with\\s+|about\\s+)?your\\s+(?:(?:appeal|case|claim|application|account|booking|tax|benefit|visa)\\s+)?(?:full\\s+name|name\\s+and\\s+address|home\\s+address|address|postcode|date\\s+of\\s+birth|dob|ni\\s+number|national\\s+insurance\\s+number|nhs\\s+number|reference(?:\\s+number)?|ref(?:\\s+number)?|case\\s+number|claim\\s+number|account\\s+number|customer\\s+number|phone\\s+number|mobile\\s+number|email\\s+address|bank\\s+details|details|case|claim|income)`,
  'gi',
);
const PRIVATE = /\b(?:dm|dms|direct\s+message|private\s+message|privately|in\s+private|secure\s+(?:form|message|online\s+form)|webchat|web\s+chat|never|don['’]t|do\s+not|not\s+here|offline)\b/i;

const MESSAGE_OF: Record<CaseTalkKind, string> = { lookup: 'lookup', detail: 'detail', invite: 'invite', promise: 'promise' };

export default defineRule({
  id: 'case-in-public',
  category: 'engagement',
  severity: { official: 'warning', personal: 'warning' },
  guidance: ['G14', 'G29'],
  description: 'One person’s case, records or reference discussed in public, or cases invited into a personal inbox, instead of a private official channel.',
  checksQuotes: true,
  messages: {
    lookup: '“{words}” tells the person, in public, that their case was looked up; individual cases belong in a private channel.',
    detail: '“{words}” states the facts of one person’s case in public; individual cases belong in a private channel.',
    reference: '“{words}” puts someone’s case reference in a public reply; individual cases belong in a private channel.',
    ask: '“{words}” asks for personal details in public, where anyone can read them.',
    invite: '“{words}” invites people’s cases into a personal inbox, a channel the department cannot see or keep up.',
    promise: '“{words}” promises one person’s outcome in public; individual cases belong in a private channel.',
  },
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    const add = (start: number, end: number, messageId: string, suggestion: string) =>
      hits.push({ start, end, messageId, data: { words: text.slice(start, end) }, suggestion });
    const privately = 'Reply briefly in public and ask them to send a direct message or use the secure online form, then discuss the case there.';
    for (const c of caseTalk(ctx)) {
      add(c.start, c.end, MESSAGE_OF[c.kind], c.kind === 'invite' ? 'Point people to the official service or the department’s own channels; never work cases from a personal account.' : privately);
    }
    if (ctx.replyTo.trim()) for (const m of allMatches(BARE_REFERENCE, text)) add(m.index, m.index + m[0].length, 'reference', privately);
    for (const m of allMatches(ASK_PUBLIC, text)) {
      if (PRIVATE.test(sentenceOf(text, m.index, m.index + m[0].length))) continue;
      add(m.index, m.index + m[0].length, 'ask', 'Ask them to send the details by direct message or the secure online form, never in a public reply.');
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

function sentenceOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n')) + 1;
  const rest = text.slice(end).search(/[.!?](?:\s|$)|\n/u);
  return text.slice(from, rest < 0 ? text.length : end + rest + 1);
}
