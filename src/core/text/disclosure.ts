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
    // "one of my claimants", "my caseload": the people they serve at work.
    String.raw`\b(?:one\s+of\s+)?my\s+(?:claimants|caseload|customers\s+(?:today|at\s+work))\b`,
    String.raw`\bone\s+of\s+my\s+customers\b`,
    String.raw`\bwhere\s+I\s+work\b`,
    // "I'm a policy officer working on bus funding", "I lead the team that runs …"
    String.raw`\bI\s+(?:lead|run|manage|head)\s+(?:the|a|our|my)\s+(?:[A-Za-z-]+\s+){0,2}?(?:team|unit|directorate|programme)\b`,
    String.raw`\b(?:I'm|I’m|I\s+am)\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?:officer|adviser|advisor|analyst|manager|caseworker|coach|designer|researcher|official|civil\s+servant)\s+(?:working\s+)?(?:on|in|at|for)\b`,
    String.raw`\bI(?:'ve|’ve|\s+have)\s+(?:just\s+)?joined\s+the\b`,
    String.raw`\bI(?:'m|’m|\s+am)\s+(?:moving|joining|starting)\s+(?:to|at)\s+the\b`,
    String.raw`\bnot\s+speaking\s+(?:officially|for)\b`,
    // "As someone who actually works there", "I work there myself"
    String.raw`\bsomeone\s+who\s+(?:actually\s+|also\s+)?works?\s+(?:there|for\s+them|in\s+it)\b`,
    String.raw`\bI\s+(?:actually\s+|also\s+)?work\s+there\b`,
    String.raw`\bproud\s+to\s+have\s+(?:worked|helped)\s+on\b`,
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
    String.raw`\b(?:\d+|[a-z]+)\s+(?:[a-z]+\s+)?(?:years?|months?)\s+(?:at|with)\s+(?:the\s+)?[@#]?\p{Lu}`,
    // "four brilliant years as a data analyst at the Office for National Data"
    String.raw`\b(?:years?|months?)\s+as\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}?(?:at|with|in)\s+(?:the\s+)?[@#]?\p{Lu}`,
    // "I work at DWWS", "I'm at HMPTO", "I work in the passport office"
    String.raw`\bI(?:'m|’m|\s+am)\s+(?:at|with)\s+(?:the\s+)?[@#]?\p{Lu}`,
    String.raw`\bI\s+(?:work|worked)\s+on\s+(?:the\s+)?\p{Lu}`,
    // "Big few weeks ahead for us at DWW", "we at the Agency", "here at the Office", "colleagues across the Department for …"
    String.raw`\b(?:[Uu]s|[Ww]e|[Hh]ere)\s+at\s+(?:the\s+)?\p{Lu}`,
    String.raw`\bcolleagues\s+(?:at|across|in)\s+(?:the\s+)?\p{Lu}`,
    // "Statistician at the NSO here 👋"
    String.raw`\b(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}]+\s+here\b`,
    String.raw`#\s?One[A-Z][A-Za-z]+\b`,
  ].join('|'),
  'u',
);

/** True when the post says the writer works for a department or is a civil servant. */
export function disclosesEmployer(text: string): boolean {
  // Several rules ask about the same post on one keystroke: remember the last answer.
  if (text === lastText) return lastAnswer;
  lastText = text;
  lastAnswer = DISCLOSURE.test(text) || NAMED_EMPLOYER.test(text);
  return lastAnswer;
}

let lastText: string | undefined;
let lastAnswer = false;
