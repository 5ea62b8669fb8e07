// Passwords, API keys and tokens pasted into a post: once public they must be treated as compromised.

import { defineRule, type Hit } from '../../rule.ts';
import { sentenceAround } from '../../text/sentences.ts';
import { trimEndOf } from '../../text/terms.ts';
import { allMatches } from '../../text/matches.ts';

// Well-known key formats, each specific enough to need no context.
const KEYS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])/gu, 'an AWS access key'],
  [/(?<![\w])gh[pousr]_[A-Za-z0-9]{36,}(?![\w])/gu, 'a GitHub token'],
  [/(?<![\w])github_pat_[A-Za-z0-9_]{22,}/gu, 'a GitHub token'],
  [/(?<![\w])xox[abposr]-[A-Za-z0-9-]{10,}/gu, 'a Slack token'],
  [/(?<![\w])AIza[0-9A-Za-z_-]{35}(?![\w-])/gu, 'a Google API key'],
  [/(?<![\w])[sr]k_live_[0-9A-Za-z]{16,}/gu, 'a Stripe secret key'],
  [/(?<![\w-])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/gu, 'a signed access token (JWT)'],
  [/-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/gu, 'a private key'],
];
// "api_key=…", "client_secret: …", "token=…": the value must look machine-made (letters and digits, 12+).
// The separator is either "=" or ":" with spaces, or spaces alone: three white-space runs in a row made a long run quadratic.
const ASSIGNED = /(?<![\p{L}])(?:api[_-]?key|apikey|access[_-]?key|secret[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|bearer|token|secret)(?:\s*[:=]\s*|\s+)["']?(?=[A-Za-z0-9_\-./+]*\d)(?=[A-Za-z0-9_\-./+]*[A-Za-z])([A-Za-z0-9_\-./+]{12,})/giu;
// "password: Summer2024!", "the wifi password is bluebell7".
// What the password is for may sit in between ("password for the guest wifi at Carrick House is …"), and a
// username may come first ("login is admin / Summer2025").
const PASSWORD =
  /(?<![\p{L}])(?:pass(?:word|wd|code|phrase)|pwd|pin(?:\s+code)?|wi-?fi\s+(?:password|key)|login)(?:\s+(?:for|to|on)\s+(?:[\p{L}'-]+\s+){0,5}?[\p{L}'-]+(?=\s+(?:is|was)\s))?(?:\s+(?:is|was|=|:)|\s*[:=]|(?=\s))\s*["'“‘]?([^\s"'”’]{4,64}(?:\s?\/\s?[^\s"'”’]{4,64})?)/giu;
// Advice about passwords, not a password: "password: make it long", "password is case sensitive".
const NOT_A_SECRET = /^(?:required|needed|optional|incorrect|wrong|correct|invalid|valid|expired|changed|reset|strong|weak|long|short|unique|secure|safe|important|case[\s-]sensitive|never|not|too|your|the|a|an|my|our|their|still|now|always|only|make|use|just|same|different|simple|easy|hard|private|secret|required\.|four|five|six|eight|digits?|characters?|letters?|numbers?)[.,!?]*$/iu;

// "the door code is 4471#", "keypad code to the store: 2580": a building's or a safe's code, up to 80 characters later.
const ACCESS_CODE = /(?<![\p{L}])(?:door|entry|keypad|alarm|gate|building|lock|padlock|key\s?safe|safe|site|access)\s+(?:code|pin|combination)s?(?![\p{L}])/giu;
const CODE_VALUE = /(?<![\p{L}\p{N}£$€.,:/])\d{3,8}[#*]?(?![\p{L}\p{N}%]|[.,:]\d)/u;
const NOT_A_CODE = /^(?:19|20)\d\d$/u;

// A password-shaped string ("Tr4ffic!2025", "Welcome2024!"): letters, a digit, and a symbol or a word-and-year, in one chunk.
const CHUNK = /[^\s()[\]"'“”‘’,;]{8,40}/gu;
const LOGIN_WORD = /(?<![\p{L}])(?:pass(?:word|wd|code)s?|login|logins|log[\s-]?ins?|log\s+in|user(?:name)?|inbox|wi-?fi|credentials|account)(?![\p{L}])/iu;

/** True for a chunk that looks machine- or human-made as a password, not a word, a reference or a link. */
function passwordShaped(chunk: string): boolean {
  if (/^(?:https?:|www\.|@|#)/iu.test(chunk) || /\.[a-z]/iu.test(chunk)) return false;
  // A symbol, or the word-and-year habit ("Spring2025"); "iPhone15" is a product.
  return /[a-z]/u.test(chunk) && /\d/u.test(chunk) && (/[!@#$%^&*?£]/u.test(chunk) || /^[A-Z][a-z]+\d{2,}$/u.test(chunk)) && !/^\d/u.test(chunk);
}

export default defineRule({
  id: 'credential',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G22', 'G24'],
  messages: {
    credential: 'This looks like {what}; anything posted is public, so the credential would be compromised.',
  },
  description: 'Passwords, API keys, tokens and private keys pasted into a post.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    const add = (start: number, end: number, what: string) => {
      hits.push({
        start,
        end,
        messageId: 'credential',
        data: { what },
        suggestion: 'Remove it, and change or revoke the credential now if it was ever shared.',
      });
    };
    for (const [re, what] of KEYS) for (const m of allMatches(re, text)) add(m.index, m.index + m[0].length, what);
    for (const m of allMatches(ASSIGNED, text)) {
      const value = m[1] ?? '';
      const start = m.index + m[0].length - value.length;
      add(start, m.index + m[0].length, 'a secret key or token');
    }
    for (const m of allMatches(PASSWORD, text)) {
      const value = (m[1] ?? '').replace(/(?<![.,;)])[.,;)]+$/u, '');
      if (value.length < 4 || NOT_A_SECRET.test(value)) continue;
      // After "is", a plain dictionary-looking word is usually prose ("the password is changing"); want a digit or symbol.
      const viaIs = !/[:=]/u.test(m[0].slice(0, m[0].length - (m[1] ?? '').length));
      if (viaIs && !/[\d\W_]/u.test(value) && !/[a-z][A-Z]/u.test(value)) continue;
      const start = m.index + m[0].lastIndexOf(m[1] ?? '');
      add(start, start + value.length, 'a password or PIN');
    }
    for (const m of allMatches(ACCESS_CODE, text)) {
      const from = m.index + m[0].length;
      const code = CODE_VALUE.exec(text.slice(from, from + 80));
      if (!code || NOT_A_CODE.test(code[0]) || /(?:am|pm|hrs)/iu.test(text.slice(from + code.index + code[0].length, from + code.index + code[0].length + 4))) continue;
      add(from + code.index, from + code.index + code[0].length, 'a door or access code');
    }
    // "the password on the whiteboard is still Tr4ffic!2025", "log in as train01 / Welcome2025!": the shape gives it away.
    for (const m of allMatches(CHUNK, text)) {
      const chunk = trimEndOf(m[0], '.,:');
      if (!passwordShaped(chunk) || hits.some((h) => m.index < h.end && m.index + chunk.length > h.start)) continue;
      const s = sentenceAround(text, m.index, m.index + chunk.length);
      if (LOGIN_WORD.test(text.slice(s.start, s.end))) add(m.index, m.index + chunk.length, 'a password');
    }
    return hits;
  },
});
