// Splits a post into tokens (words, numbers, links, mentions, hashtags, emoji, punctuation) and sentences in one linear pass.

import contractions from '../data/contractions-without-apostrophe.json' with { type: 'json' };

export type TokenKind = 'word' | 'number' | 'url' | 'mention' | 'hashtag' | 'emoji' | 'punct';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes straightened, a contraction typed without its apostrophe restored ("dont" →
   *  "don't"): what phrase lists are matched against. */
  norm: string;
  /** `norm` without a possessive ("labour's" → "labour", "tenants'" → "tenants"); equal to `norm` otherwise. */
  stem: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True when the token follows the previous one with no space between (a hyphenated compound, "pen-pusher"). */
  glued: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Tokens [first, last) of this sentence. */
  first: number;
  last: number;
}

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
}

const enum C {
  Tab = 9, NL = 10, CR = 13, Space = 32, Quote = 39, Hyphen = 45, Dot = 46, Slash = 47, Colon = 58, At = 64, Hash = 35, Under = 95,
}

// Letters of any script count as word characters; the test is per code unit, with a fast ASCII path.
const LETTER_RE = /[\p{L}\p{M}]/u;
const nonAsciiLetter = new Map<number, boolean>();
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = nonAsciiLetter.get(c);
  if (known === undefined) nonAsciiLetter.set(c, (known = LETTER_RE.test(String.fromCharCode(c))));
  return known;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === C.Space || c === C.Tab || c === C.NL || c === C.CR || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
const isApostrophe = (c: number) => c === C.Quote || c === 0x2019;
const isHyphen = (c: number) => c === C.Hyphen || c === 0x2010 || c === 0x2011;

// Contractions whose "'s" is "is"/"us", not a possessive.
const NOT_POSSESSIVE = new Set(["it's", "he's", "she's", "that's", "what's", "there's", "here's", "let's", "who's", "where's", "how's", "when's", "why's"]);
// "dont" → "don't": posts drop apostrophes, phrase lists are written with them.
const RESTORED = new Map(contractions.terms.map((c) => [c.replace("'", ''), c]));
const URL_START = /^(?:https?:\/\/|www\.)/i;
// A bare domain with a path or a known ending: gov.uk/renew, bit.ly/x, example.com.
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|com|org|net|gov|ly|io|co|me|info|eu|news|app)(?![a-z0-9-])/i;

/** Tokenises `text`. Linear in its length: each character is looked at a bounded number of times. */
export function tokenise(text: string): Tokenised {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceStart = -1;
  let sentenceFirst = 0;
  const closeSentence = (end: number) => {
    if (sentenceStart < 0) return;
    sentences.push({ start: sentenceStart, end, first: sentenceFirst, last: tokens.length });
    sentence++;
    sentenceStart = -1;
  };
  const push = (start: number, end: number, kind: TokenKind, glued: boolean) => {
    const raw = text.slice(start, end);
    let norm = raw.toLowerCase();
    if (norm.indexOf('’') >= 0) norm = norm.replaceAll('’', "'");
    let stem = norm;
    if (kind === 'word') {
      norm = stem = RESTORED.get(norm) ?? norm;
      if (norm.endsWith("'s") && !NOT_POSSESSIVE.has(norm)) stem = norm.slice(0, -2);
      else if (norm.endsWith("s'")) stem = norm.slice(0, -1);
    }
    if (sentenceStart < 0) {
      sentenceStart = start;
      sentenceFirst = tokens.length;
    }
    tokens.push({ start, end, kind, text: raw, norm, stem, sentence, glued });
  };

  let i = 0;
  const n = text.length;
  let lastEnd = -1;
  let runEnd = 0;
  let runHasDot = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      // A blank line or a line break ends a sentence, as posts use lines for bullets and sign-offs.
      if (c === C.NL) closeSentence(i);
      i++;
      continue;
    }
    const glued = lastEnd === i || (lastEnd === i - 1 && isHyphen(text.charCodeAt(i - 1)) && tokens.length > 0 && tokens[tokens.length - 1]!.end === i - 1);
    // Links: http(s)://, www., or a bare domain such as gov.uk/renew.
    if (i >= runEnd) {
      // The run of non-space characters starting here, measured once, so a long run is not rescanned per token.
      runEnd = i;
      runHasDot = false;
      while (runEnd < n && !isSpace(text.charCodeAt(runEnd))) {
        if (text.charCodeAt(runEnd) === C.Dot) runHasDot = true;
        runEnd++;
      }
    }
    if (runHasDot && (isLetter(c) || isDigit(c))) {
      const rest = text.slice(i, i + 12);
      if (URL_START.test(rest) || (DOMAIN.test(text.slice(i, i + 80)) && looksLikeDomain(text, i))) {
        let j = i;
        while (j < n && !isSpace(text.charCodeAt(j))) j++;
        // Trailing punctuation belongs to the sentence, not the link.
        while (j > i && /[.,;:!?)\]"'”’]/.test(text[j - 1]!)) j--;
        push(i, j, 'url', false);
        lastEnd = i = j;
        continue;
      }
    }
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isLetter(d) || isDigit(d)) j++;
        // Apostrophes inside a word ("don't", "Labour's") and a possessive ("tenants'") stay with it.
        else if (isApostrophe(d) && j + 1 <= n && (isLetter(text.charCodeAt(j + 1)) || text[j - 1] === 's')) j++;
        else if (d === C.Dot && j + 1 < n && isLetter(text.charCodeAt(j + 1)) && j - i === 1) j++; // e.g, i.e
        else break;
      }
      // A trailing apostrophe that is not a possessive belongs to quoting; after an opening quote it closes it (‘customers’).
      const opened = i > 0 && (text.charCodeAt(i - 1) === 0x2018 || text.charCodeAt(i - 1) === C.Quote);
      while (j > i + 1 && isApostrophe(text.charCodeAt(j - 1)) && (text[j - 2] !== 's' || opened)) j--;
      push(i, j, 'word', glued);
      lastEnd = i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d) || isLetter(d)) j++;
        else if ((d === C.Dot || d === 44 || d === C.Colon) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j++;
        else break;
      }
      push(i, j, 'number', glued);
      lastEnd = i = j;
      continue;
    }
    if ((c === C.At || c === C.Hash) && i + 1 < n) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isLetter(d) || isDigit(d) || d === C.Under) j++;
        else break;
      }
      if (j > i + 1) {
        push(i, j, c === C.At ? 'mention' : 'hashtag', glued);
        lastEnd = i = j;
        continue;
      }
    }
    // Emoji and other symbols outside the Basic Multilingual Plane come as surrogate pairs: keep the pair whole.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      let j = i + 2;
      // Variation selectors, zero-width joiners and skin tones continue one emoji.
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x200d || d === 0xfe0f) j++;
        else if (d === 0xd83c && j + 1 < n && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) j += 2;
        else if (text.charCodeAt(j - 1) === 0x200d && d >= 0xd800 && d <= 0xdbff && j + 1 < n) j += 2;
        else break;
      }
      push(i, j, 'emoji', glued);
      lastEnd = i = j;
      continue;
    }
    if ((c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55) {
      let j = i + 1;
      if (j < n && text.charCodeAt(j) === 0xfe0f) j++;
      push(i, j, 'emoji', glued);
      lastEnd = i = j;
      continue;
    }
    // Punctuation: a run of the same mark is one token ("!!!", "..."), so emphasis is easy to see.
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === c && j - i < 50) j++;
    push(i, j, 'punct', glued);
    lastEnd = i = j;
    const mark = text[i - 1]!;
    if ((mark === '.' || mark === '!' || mark === '?' || mark === '…') && (i >= n || isSpace(text.charCodeAt(i)) || /["'”’)\]]/.test(text[i]!))) {
      // Closing quotes and brackets stay in the sentence they close.
      while (i < n && /["'”’)\]]/.test(text[i]!)) {
        push(i, i + 1, 'punct', true);
        lastEnd = ++i;
      }
      if (!isAbbreviation(tokens, tokens.length - 1)) closeSentence(i);
    }
  }
  closeSentence(n);
  return { tokens, sentences };
}

// "Mr." "Dr." "St." and single initials ("J. Keeling") do not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'cllr', 'prof', 'rev', 'sr', 'jr', 'vs', 'approx', 'dept', 'govt', 'inc', 'ltd', 'co', 'etc', 'eg', 'ie']);
function isAbbreviation(tokens: readonly Token[], dot: number): boolean {
  const t = tokens[dot];
  const prev = tokens[dot - 1];
  if (!t || t.text !== '.' || !prev || prev.end !== t.start || prev.kind !== 'word') return false;
  return ABBREVIATIONS.has(prev.norm) || (prev.text.length === 1 && /[A-Z]/.test(prev.text));
}

function looksLikeDomain(text: string, i: number): boolean {
  // Not the middle of a word or an email address.
  const before = text[i - 1];
  return before === undefined || !(/[\p{L}\p{N}@._-]/u.test(before));
}

/** The tokens of one sentence. */
export function sentenceTokens(t: Tokenised, s: Sentence): Token[] {
  return t.tokens.slice(s.first, s.last);
}

/** Word tokens only (not links, numbers, punctuation): what phrases are made of. */
export function isWord(t: Token): boolean {
  return t.kind === 'word';
}
