// Crafted worst-case inputs for the core: long runs of every character class, repeated words and markings, unclosed quotes, hostile user terms.
// Shared by the worst-case regression suite and `npm run bench`, so both time the same inputs.

export interface WorstCase {
  /** A short name that says what the input is ("run of spaces", "'SECRET '×n"). */
  name: string;
  /** The post's text, about `n` characters long. */
  text: string;
  replyTo?: string;
  settings?: Record<string, unknown>;
}

type Family = { name: string; make: (n: number) => Omit<WorstCase, 'name'> };

const fill = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, Math.max(n, unit.length));
const around = (head: string, unit: string, tail: string, n: number) => `${head}${fill(unit, n - head.length - tail.length)}${tail}`;

/** One character (or short unit) repeated: each character class the rules' patterns quantify over. */
const RUNS = [
  ' ', '\t', '\n', '\r\n', '\n\n', '\u00A0', '\u2009', '\u3000', '\u200B', '\uFEFF',
  '0', '1', '9', 'a', 'A', 'x', 'é', 'ß', 'Ж', 'ا', '-', '–', '—', '_', '.', ',', '!', '?', '…', ':', ';', '/', '\\', '*', '#', '@', '$', '£', '%', '&', '+', '=', '(', ')', '[', '|',
  "'", '"', '“', '”', '‘', '’', '«', '`', '😀', '👍🏽', '🇬🇧', 'e\u0301', '\uD83D', '\uDC00', '\u202E',
];

/** Words and fragments repeated with their separators: what repeats in a long paste, and what the rules' patterns chain on. */
const REPEATS = [
  'Minister ', 'SECRET ', 'TOP SECRET ', 'OFFICIAL ', 'OFFICIAL-SENSITIVE ', 'OFFICIAL SENSITIVE ', 'SECRET\n', 'RESTRICTED ', 'NOT FOR PUBLICATION ',
  'embargoed ', 'EMBARGO ', 'fuck ', 'f*ck ', 'sh!t ', 'f u c k ', 'fuckfuck', 'idiot ', 'idiots and ', 'you ', 'you lot ', 'we ', 'our ', 'I ', 'I work at ',
  'the ', 'a ', 'and ', 'Labour ', 'vote ', 'Tory ', 'Mr ', 'Dr ', 'Dear ', 'diagnosed with ', "he's ", 'born ', 'DOB ', 'password ', 'password: ',
  'eyJ', 'eyJJJ0e-0-', 'a@', 'a.', 'a@b.', '@a ', '@a', '#a ', '#', 'http://a', 'www.', 'gov.uk/', 'bit.ly/', 'x.co/',
  '0 ', '0.', '0-', '0.0', '1 2 ', '12-34-56 ', '12345678 ', '07700 ', '+44 ', '+', '0300 ', '(0)', '4111 ', 'GB82 ', 'QQ ', 'AB 12 ',
  'SW1A ', '10 ', 'Road ', 'Flat 1, ', 's/c ', 'sort code ', 'account ', 'acc no ', 'IBAN ', 'Ref: ', 'ref ', 'REF.', 'case ', 'your case ',
  'Subject:\rTo:\r', 'Subject: ', 'From: ', 'NF/R', 'n.', 'T.', '-P', 'Y-P', 'AS\t', 'as ', 'as * as ', '\n\t', '\t\n', '\t ', ' \t', ' ,-', '- ', ' -', '!~', '?!',
  'eq', 'chi', 'CHI ', 'NHS ', 'NI ', 'GDP ', 'ONS ', 'stats ', '2% ', '£1,000 ', 'figures ', 'tomorrow ', 'Department for ', 'DfT ', 'Red ', 'Kite ',
  'watch this space ', 'heads up ', 'call us ', 'phone ', 'online ', 'app ', 'always ', 'always reply ', 'DM ', 'reply ', 'DV ', 'SC ', 'cleared ',
  'allegedly ', 'fraud ', 'liar ', 'the whole ', 'article ', 'world-class ', 'AMAZING ', 'very ', 'very, ', 'great!!! ', 'CAPS ', 'WE ', 'I\'m ',
  'a-b-', 'a_b_', 'a.b.', 'a/b/', 'a b ', 'A B ', 'aA', 'Aa ', 'a1', '1a', 'ab-', 'pen-', '"a" ', '“a” ', '‘a’ ', "'a' ",
  // What this session's signals read per match: inside claims, instructions, pictures, plates, streets, staffing, inside news.
  'Speaking as a caseworker, ', 'as someone who drafted ', 'been told to hit 400 ', "we've been told to ", 'Pic of my laptop you can see ', 'KP19 XRT ',
  'Mrs Patel from Orchard Way ', '4 of us covering wings ', 'CCTV broken ', 'our office is closing next year ', "She's announcing ", "can't share specifics ",
  'the 19-year-old lad ', 'Translation: ', 'door code 4471 ', 'for a living ', 'TYET-ANOTHER-0-N', 'another-a-',
];

/** A prefix that wakes a rule up, then a long run: where a rule's gap or tail quantifier meets a run it cannot end. */
const PREFIXED: Array<[string, string, string]> = [
  ['s/c', ' \t', 's'], ['s/c', '\t', ''], ['s/c', ' ', '12-34-56'], ['sort code', ' ', '1'], ['account', ' ', '1'], ['IBAN', ' ', 'GB'],
  ['chi', '\t', 's'], ['REF.', '\t', ''], ['Ref', ' ', '#'], ['TOP SECRET', ' ', 'x'], ['SECRET', '-', 'x'], ['OFFICIAL', '-', 'x'],
  ['password', ' ', 'x'], ['password:', ' ', ''], ['eyJ', 'a', '.'], ['he\'s diagnosed', '\t', 'x'], ['your PIP', '\t', 'T'],
  ['I work at', ' ', 'the'], ['views', ' ', 'x'], ['Minister', ' ', 'x'], ['born', ' ', '1'], ['Mr', ' ', 'x'], ['@', 'a', ''],
  ['http://', 'a', ''], ['https://www.', 'a.', ''], ['john', '.', '@'], ['a@', 'b.', ''], ['07', '0', ''], ['+44', ' ', '7'], ['(', '0', ')'],
  ['Subject:', '\r', 'To:'], ['To:', ' ', ''], ['case', ' ', 'ref'], ['always', ' ', 'reply'], ['online', ' ', 'is'], ['once', ' ', 'x'],
  ['the whole', ' ', 'article'], ['vote', ' ', 'Labour'], ['–', '\n\t', ''], ['\n', '\n\t', 'N'], ['', '\t\n', 's'], ['', '?', '\u0000'],
  ['\t', '!', '\u0000'], ['', ')', '\u0000)'], ['', '\t', '--'], ['', '!', '\u0000!'], ['', '.', '\u0000.'], ['', 'A', '\u0000A'],
];

/** Quotes opened and never closed, and quote marks everywhere: the quote finder must not rescan the rest of the text per mark. */
const QUOTES: Array<[string, string]> = [
  ['"', 'word '], ['“', 'word '], ['‘', 'word '], ['«', 'word '], ['"', '"word '], ['“', '“ '], ['‘', '‘ '], ['', "don't "], ['', 'it’s '],
  ['', '"a '], ['', '“a '], ['', '‘a '], ['', '«a '], ['', '’a '], ['“', 'TOP SECRET '], ['"', 'fuck '],
];

/** User terms that an attacker or a slip of the keyboard could set, each against the runs that used to stack their quantifiers. */
const USER_TERMS: Array<{ name: string; settings: Record<string, unknown>; unit: string }> = [
  { name: "allow-list 'a - - - … b' against spaces", settings: { allowlist: [`a${' -'.repeat(40)} b`] }, unit: ' ' },
  { name: "allow-list 'a - - - … b' against ' - '", settings: { allowlist: [`a${' -'.repeat(40)} b`] }, unit: ' - ' },
  { name: "allow-list '- - - -' against hyphens", settings: { allowlist: ['- - - - - - - -'] }, unit: '-' },
  { name: 'allow-list of separators against spaces and hyphens', settings: { allowlist: ['a-b', '- -', 'a - b', '--', 'x y z'] }, unit: ' -' },
  { name: "codeword '_ _ _ …' against underscores", settings: { codewords: [`_${' _'.repeat(30)}`] }, unit: '_' },
  { name: "codeword 'a - - b' against spaces", settings: { codewords: ['a - - - - - - b', 'KESTREL'] }, unit: ' ' },
  { name: "codewords 'Red-Kite' and 'a\\-b' against 'Red '", settings: { codewords: ['Red-Kite', 'a\\-b', 'KESTREL'] }, unit: 'Red ' },
  { name: 'codeword of regex syntax against itself', settings: { codewords: ['(a+)+', '[a-z]*', '.*.*', 'a{1,99}'] }, unit: 'a' },
  { name: "department 'Department for Transport' against 'Department for '", settings: { department: 'Department for Transport' }, unit: 'Department for ' },
  { name: 'department of hyphens against hyphens', settings: { department: '- - - - - - - - - -' }, unit: '-' },
  { name: "handles 'DfT' and '@transportgovuk' against 'DfT '", settings: { handles: ['DfT', '@transportgovuk', '#DfT'] }, unit: 'DfT ' },
  { name: 'handles of separators against spaces', settings: { handles: ['- -', '_ _', '@ @'] }, unit: ' ' },
];

const FAMILIES: Family[] = [
  ...RUNS.map((unit) => ({ name: `run of ${JSON.stringify(unit)}`, make: (n: number) => ({ text: fill(unit, n) }) })),
  ...REPEATS.map((unit) => ({ name: `${JSON.stringify(unit)}×n`, make: (n: number) => ({ text: fill(unit, n) }) })),
  ...PREFIXED.map(([head, unit, tail]) => ({
    name: `${JSON.stringify(head)} + ${JSON.stringify(unit)}×n + ${JSON.stringify(tail)}`,
    make: (n: number) => ({ text: around(head, unit, tail, n) }),
  })),
  ...QUOTES.map(([head, unit]) => ({ name: `unclosed ${JSON.stringify(head)} + ${JSON.stringify(unit)}×n`, make: (n: number) => ({ text: around(head, unit, '', n) }) })),
  ...USER_TERMS.map(({ name, settings, unit }) => ({ name, make: (n: number) => ({ text: fill(unit, n), settings }) })),
  // Replies that repeat what a signal judges per match: a sign-off after every sentence, markings as emphasis, grumbles.
  ...['Thanks for asking. Have a nice day. ', 'free and CONFIDENTIAL ', 'anything marked SECRET ', "we're fed up ", 'Never change. ', 'so-called ', 'ahead of the election '].map((unit) => ({
    name: `reply of ${JSON.stringify(unit)}×n`,
    make: (n: number) => ({ text: fill(unit, n), replyTo: 'you lot are useless' }),
  })),
  // The replied-to post is written by anyone on the site and goes through the same expressions.
  ...['you idiots ', 'fuck ', ' ', '\t\n', '“', 'you lot are ', 'SECRET '].map((unit) => ({
    name: `replied-to post ${JSON.stringify(unit)}×n`,
    make: (n: number) => ({ text: 'Thanks for your message, we are looking into it.', replyTo: fill(unit, n) }),
  })),
];

/** Every crafted input at about `n` characters. */
export function worstCases(n: number): WorstCase[] {
  return FAMILIES.map((f) => ({ name: f.name, ...f.make(n) }));
}

/** How many families there are (without building them). */
export const WORST_CASE_FAMILIES = FAMILIES.length;
