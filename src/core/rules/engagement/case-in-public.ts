// One person's case discussed in public ("looking at your account...", a reference number, an amount owed), which belongs in a private channel (G14).

import { defineRule, type Hit } from '../../rule.ts';

const CASE_NOUN =
  '(?:account|claim|case|application|appeal|complaint|record|records|file|details|tax\\s+return|return|refund|rebate|payment|payments|benefit|benefits|award|pension|universal\\s+credit|pip|loan|licence|passport|visa|assessment|review|order|debt|arrears|balance|bill|tax\\s+code|form)';
// A case or customer reference: letters optional, then at least five characters with a digit first.
const ID = '[A-Z]{0,4}[-/]?\\d[\\dA-Z/-]{4,}';
// Outside a conversation a bare reference is personal data (a confidentiality matter), not a case discussed.
const BARE_REFERENCE = new RegExp(`\\b(?:(?:reference|ref|case|claim|customer|application|account)\\s{0,3}(?:number|no\\.?|ref)|ref\\.?)\\s{0,3}:?\\s{0,3}${ID}`, 'gi');
// Someone has looked the person up, or is telling them what their records say.
const LOOKUP = new RegExp(
  [
    `\\blooking\\s+(?:at|into|through)\\s+your\\s+${CASE_NOUN}`,
    `\\b(?:i|we)(?:['’]ve|\\s+have)?\\s+(?:just\\s+|now\\s+)?(?:checked|looked\\s+(?:at|into)|reviewed|pulled\\s+up|found|can\\s+see|could\\s+see)\\s+(?:on\\s+)?your\\s+${CASE_NOUN}`,
    `\\b(?:i|we)\\s+can\\s+see\\s+(?:that\\s+)?(?:your|you)\\b`,
    `\\b(?:i|we)(?:['’]ve|\\s+have)\\s+(?:just\\s+|now\\s+)?(?:checked|looked\\s+into\\s+(?:it|this))(?:\\s*,\\s*|\\s+and\\s+)(?:your|you)\\b`,
    `\\b(?:our|the)\\s+(?:records|system|systems|notes)\\s+(?:show|shows|say|says|indicate|suggest)`,
    `\\bon\\s+your\\s+(?:account|file|record|claim|case)\\b`,
    // "your accounts for Okafor Joinery Ltd were rejected": a short "for …" may name what the case is about.
    `\\byour\\s+${CASE_NOUN}s?(?:\\s+(?:for|on|from)\\s+[^\\s.,;!?][^.,;!?]{0,39}?)?\\s+(?:was|were|has\\s+been|had\\s+been|is\\s+being|got|has\\s+now\\s+been)\\s+(?:[a-z]+\\s+)?(?:reduced|rejected|refused|declined|stopped|suspended|closed|flagged|sanctioned|cancelled|withdrawn|held|paused|put\\s+on\\s+hold|overpaid|underpaid|adjusted|escalated|passed\\s+to|reassessed|capped|frozen|deducted|offset|recovered|clawed\\s+back|marked|returned|lost|sent\\s+back)`,
    `\\byou\\s+(?:still\\s+)?(?:owe|owed|owing)\\s+(?:us\\s+)?(?:£|\\$|€)\\s?\\d[\\d,]*(?:\\.\\d\\d)?`,
    `\\byou\\s+(?:were|have\\s+been)\\s+(?:over|under)paid\\b`,
    `\\byour\\s+(?:overpayment|debt|arrears|outstanding\\s+balance)\\s+(?:of|is|was)\\b`,
    `\\byour\\s+(?:reference|ref|case|claim|customer|application|account|tracking|booking)\\s{0,3}(?:number|no\\.?|ref)\\s{0,3}(?:is|was|:)?\\s{0,3}${ID}`,
  ].join('|'),
  'gi',
);
// Generic how-to advice: "once your application has been processed, you'll get a letter".
const CONDITIONAL_BEFORE = /\b(?:once|when|after|if|until|before|unless|whether|in\s+case)\s{1,3}(?:[a-z]+\s{1,3}){0,2}$/i;
// Asking for personal details to be posted in the open.
const ASK_PUBLIC = new RegExp(
  `\\b(?:reply|respond|comment|tweet|post|share|send|give|tell|pop|drop)\\s+(?:us\\s+|me\\s+)?(?:with\\s+|here\\s+with\\s+)?(?:your\\s+)(?:full\\s+name|name\\s+and\\s+address|home\\s+address|address|postcode|date\\s+of\\s+birth|dob|ni\\s+number|national\\s+insurance\\s+number|nhs\\s+number|reference(?:\\s+number)?|ref(?:\\s+number)?|case\\s+number|claim\\s+number|account\\s+number|customer\\s+number|phone\\s+number|mobile\\s+number|email\\s+address|bank\\s+details|details)`,
  'gi',
);
const PRIVATE = /\b(?:dm|dms|direct\s+message|private\s+message|privately|in\s+private|secure\s+(?:form|message|online\s+form)|webchat|web\s+chat|never|don['’]t|do\s+not|not\s+here|offline)\b/i;

export default defineRule({
  id: 'case-in-public',
  category: 'engagement',
  severity: 'warning',
  guidance: ['G14', 'G29'],
  description: 'One person’s case, records or reference number discussed in public instead of in a private channel.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    for (const m of text.matchAll(LOOKUP)) {
      if (CONDITIONAL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” discusses one person’s own case in public; individual cases belong in a private channel.`,
        suggestion: 'Reply briefly in public and ask them to send a direct message or use the secure online form, then discuss the case there.',
      });
    }
    if (ctx.replyTo.trim()) {
      for (const m of text.matchAll(BARE_REFERENCE)) {
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}” puts someone’s case reference in a public reply; individual cases belong in a private channel.`,
          suggestion: 'Ask them to send a direct message or use the secure online form, and discuss the case there.',
        });
      }
    }
    for (const m of text.matchAll(ASK_PUBLIC)) {
      const sentence = sentenceOf(text, m.index, m.index + m[0].length);
      if (PRIVATE.test(sentence)) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” asks for personal details in public, where anyone can read them.`,
        suggestion: 'Ask them to send the details by direct message or the secure online form, never in a public reply.',
      });
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
