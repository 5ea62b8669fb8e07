// Recognises a personal account saying who it works for ("I work at DSLL, views my own"), which makes talking about that work open.

const DISCLOSURE = new RegExp(
  [
    // "I work at/for/in ...", "I used to work for ...", "I'm employed by ..."
    String.raw`\bI\s+(?:also\s+|currently\s+|used\s+to\s+|now\s+)?work(?:ed)?\s+(?:at|for|in|with|there)\b`,
    String.raw`\bI(?:'ve|’ve|\s+have)\s+(?:been\s+)?(?:also\s+|now\s+)?work(?:ed|ing)\s+(?:at|for|in|with|there)\b`,
    String.raw`\bI(?:'m|’m|\s+am)\s+(?:employed|based)\s+(?:by|at|in)\b`,
    String.raw`\b(?:I'm|I’m|I\s+am|as|fellow|me,?)\s+(?:a\s+)?(?:proud\s+|former\s+|serving\s+)?civil\s+servants?\b`,
    String.raw`#\s?(?:civilservant|civilservice)\b`,
    String.raw`\bviews?\s+(?:are\s+|here\s+are\s+)?(?:my\s+own|mine|my\s+own\s+and)\b`,
    String.raw`\bown\s+views\b`,
    String.raw`\bpersonal\s+(?:views?|account|capacity|opinion)\b`,
    String.raw`\bnot\s+(?:speaking|posting|writing)\s+(?:for|on\s+behalf\s+of)\b`,
    String.raw`\b(?:can't|can’t|cannot|can\s+not)\s+speak\s+for\b`,
    String.raw`\bdisclosure\s*[:\-–]`,
    String.raw`\bfull\s+disclosure\b`,
    String.raw`\bdeclar(?:e|ing)\s+(?:an\s+|my\s+)?interest\b`,
    String.raw`\bI(?:'m|’m|\s+am)\s+not\s+(?:neutral|impartial|unbiased)\b`,
    String.raw`\bmy\s+(?:employer|department|agency|ministry|day\s+job|colleagues\s+at|team\s+at)\b`,
    String.raw`\bwhere\s+I\s+work\b`,
  ].join('|'),
  'i',
);

// These need a capital letter after them (a name), so they are case-sensitive.
const NAMED_EMPLOYER = new RegExp(
  [
    // "I'm a statistician at the Office for ...", "I'm an adviser in DfE"
    String.raw`\b(?:I'm|I’m|I\s+am|i'm|i’m)\s+(?:a|an|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,3}?(?:at|for|in|with)\s+(?:the\s+)?[@#]?\p{Lu}`,
    String.raw`\b(?:[Oo]ur|[Mm]y)\s+team\s+(?:at|in)\s+(?:the\s+)?[@#]?\p{Lu}`,
    // A career note names the employer: "After 12 years at the Companies Registry Office I'm moving on".
    String.raw`\b(?:\d+|[a-z]+)\s+(?:years?|months?)\s+(?:at|with)\s+(?:the\s+)?[@#]?\p{Lu}`,
    String.raw`#\s?One[A-Z][A-Za-z]+\b`,
  ].join('|'),
  'u',
);

/** True when the post says the writer works for a department or is a civil servant. */
export function disclosesEmployer(text: string): boolean {
  return DISCLOSURE.test(text) || NAMED_EMPLOYER.test(text);
}
