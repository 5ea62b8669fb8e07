// X's weighted length: a table of known counts, and a differential test against twitter-text's parseTweet (X's own library).

import { parseTweet } from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { findXLinks } from './x-links.ts';
import { X_LIMIT, xWeightedLength } from './x-weighted-length.ts';

/** Where twitter-text says the text stops fitting, as the length rule read it (its last fitting index, plus one). */
function oracle(text: string): { weightedLength: number; overflowAt: number } {
  const parsed = parseTweet(text);
  return { weightedLength: parsed.weightedLength, overflowAt: Math.min(parsed.validRangeEnd + 1, text.length) };
}

const links = (text: string) => findXLinks(text).map((s) => text.slice(s.start, s.end));

describe('xWeightedLength: counts', () => {
  const table: Array<[string, number, string]> = [
    ['', 0, 'empty'],
    ['Hello, world.', 13, 'ASCII weighs 1'],
    ['café naïve Zürich Łódź', 22, 'Latin accents weigh 1'],
    ['Привет Γειά שלום مرحبا', 22, 'Cyrillic, Greek, Hebrew and Arabic weigh 1'],
    ['नमस्ते สวัสดี', 13, 'Devanagari and Thai are below U+1100: 1'],
    ['日本語', 6, 'CJK weighs 2'],
    ['한국어', 6, 'Hangul weighs 2'],
    ['‘quoted’ – “dash” — ′', 21, 'quotes, dashes and primes in the 1-ranges'],
    ['… • €', 8, 'ellipsis, bullet and euro sign are outside them: 2'],
    ['🙂', 2, 'one emoji'],
    ['👍🏽', 2, 'skin tone: one sequence'],
    ['👨‍👩‍👧‍👦', 2, 'ZWJ family: one sequence'],
    ['🏳️‍🌈', 2, 'flag ZWJ sequence with a presentation selector'],
    ['🇬🇧🇮🇪', 4, 'two flags'],
    ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 2, 'Scotland: a tag sequence'],
    ['1️⃣ #️⃣', 5, 'keycaps and a space'],
    ['©', 1, 'a bare © is a Latin-1 sign'],
    ['©️', 2, 'with the emoji selector it is an emoji'],
    ['🙂︎', 4, 'a text-presentation selector is not part of the emoji'],
    ['⚡️', 2, 'an emoji selector after an emoji that also has a text form is part of it'],
    ['✅️ 🙂️', 9, 'after one with no text form it is a character of its own, as twitter-text counts it'],
    ['e\u0301', 1, 'a combining accent is counted in NFC, with its letter'],
    ['https://www.gov.uk/guidance/flood-alerts?area=york#how', 23, 'a link counts 23'],
    [`https://www.gov.uk/${'a'.repeat(500)}`, 23, 'however long'],
    ['Go to gov.uk', 29, 'a bare domain is a link'],
    ['report.pdf v1.2', 15, 'not every dotted word is a link'],
  ];
  for (const [text, weight, why] of table) {
    it(`${why}: ${JSON.stringify(text).slice(0, 40)} weighs ${weight}`, () => {
      expect(xWeightedLength(text)).toEqual({ weightedLength: weight, overflowAt: text.length });
    });
  }

  it('reports where the text stops fitting, never inside a link or an emoji', () => {
    expect(xWeightedLength(`${'a'.repeat(280)}b`).overflowAt).toBe(280);
    expect(xWeightedLength(`${'a'.repeat(279)}日`).overflowAt).toBe(279);
    expect(xWeightedLength(`${'a'.repeat(279)}👨‍👩‍👧`).overflowAt).toBe(279);
    expect(xWeightedLength(`${'a'.repeat(260)} https://gov.uk/x`).overflowAt).toBe(261);
    expect(xWeightedLength(`${'日'.repeat(140)}`)).toEqual({ weightedLength: 280, overflowAt: 140 });
  });

  it('maps the point back to the text as typed when NFC changes its length', () => {
    const decomposed = 'e\u0301'.repeat(300);
    expect(xWeightedLength(decomposed)).toEqual({ weightedLength: 300, overflowAt: 560 });
    const mixed = `${'a'.repeat(270)} cafe\u0301 cafe\u0301 cafe\u0301`;
    const { overflowAt } = xWeightedLength(mixed);
    expect(xWeightedLength(mixed.slice(0, overflowAt)).weightedLength).toBeLessThanOrEqual(X_LIMIT);
    expect(xWeightedLength(mixed.slice(0, overflowAt + 2)).weightedLength).toBeGreaterThan(X_LIMIT);
  });
});

describe('findXLinks: shapes', () => {
  const table: Array<[string, string[]]> = [
    ['see gov.uk, www.nhs.uk/conditions. and https://example.com:8080/a?b=1#c!', ['gov.uk', 'www.nhs.uk/conditions', 'https://example.com:8080/a?b=1#c']],
    ['(see gov.uk/apply).', ['gov.uk/apply']],
    ['https://en.wikipedia.org/wiki/Thing_(disambiguation), then', ['https://en.wikipedia.org/wiki/Thing_(disambiguation)']],
    ['詳細はhttps://www.gov.uk/をご覧 or 日本gov.ukを', ['https://www.gov.uk/', 'gov.uk']],
    ['https://bücher.de/x and https://xn--bcher-kva.de', ['https://bücher.de/x', 'https://xn--bcher-kva.de']],
    ['press@example.gov.uk, #gov.uk, $gov.uk, gov.uk@x, a..gov.uk', []],
    ['e.g. i.e. 3.5 v1.2.3 Node.js index.html U.K.', []],
    ['https://t.co/abc123/extra', ['https://t.co/abc123']],
    ['done.It was', ['done.It']],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text).slice(0, 60), () => expect(links(text)).toEqual(expected));
  }
});

/** A small deterministic generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['the', 'claim', 'service', 'Thanks', 'apply', 'today', 'DWP', 'HMRC', 'Jobcentre', 'a', 'is', 'in', 'to', 'No.10', '2,000', '£250', '9:30am', 'e.g.', 'i.e.', '3.5', 'v1.2.3', 'Node.js', 'report.pdf', 'U.K.', 'Mr.', '…', '—', '–', '•', '€10', '“quoted”', '‘it’s’', '(brackets)', '#Budget2026', '@DWP', '$GBP'];
const ACCENTED = ['café', 'naïve', 'Zürich', 'São Paulo', 'façade', 'Dvořák', 'Łódź', 'Ørsted', 'crème brûlée', 'Ærø', 'Ångström', 'Ελλάδα', 'Україна'];
// The same words typed with combining accents (as some keyboards and pasted text give them): X counts them in NFC.
const DECOMPOSED = ACCENTED.map((w) => w.normalize('NFD'));
const SCRIPTS = ['日本語のお知らせ', '中文通知', '한국어 안내', 'مرحبا بالعالم', 'שלום עולם', 'नमस्ते दुनिया', 'สวัสดี', 'ሰላም', 'ᄀᄁ', 'Привет'];
// Emoji that twemoji-parser 11 (twitter-text's) knows as one sequence; newer ones are in DIFFERENCES below.
const EMOJI = ['🙂', '😀', '👍', '👍🏽', '👋🏿', '❤️', '❤', '✅', '✔️', '☺️', '⚠️', '🎉', '🇬🇧', '🇮🇪', '🇪🇺', '🇺🇸', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '👨‍👩‍👧‍👦', '👩‍💻', '👨🏽‍💻', '🏳️‍🌈', '🕵️‍♀️', '🏃‍♂️', '🤷🏻‍♀️', '🦸🏻‍♂️', '👩‍❤️‍👨', '1️⃣', '#️⃣', '*️⃣', '🔟', '©', '®', '™', '‼️', '©️', '🙂︎', '🫡', '⚡️', '⭐️', '✅️', '👍️'];
const LINKS = [
  'https://www.gov.uk', 'https://www.gov.uk/', 'http://gov.uk/guidance/flood-alerts', 'HTTPS://WWW.GOV.UK/BROWSE', 'https://www.gov.uk/apply?ref=x&lang=cy#how',
  'https://example.com:8080/path/to/page.html', 'www.nhs.uk', 'www.nhs.uk/conditions/flu/', 'gov.uk', 'gov.uk/check-claim', 'GOV.UK', 'nhs.uk',
  'bit.ly/3xYzAbC', 'example.co.uk', 'sub.domain.example.org/a-b_c', 'service.gov.scot', 'gov.wales', 'llyw.cymru', 'europa.eu', 'data.gov.uk/dataset?q=x',
  'https://en.wikipedia.org/wiki/Thing_(disambiguation)', 'https://example.com/a/(b(c)d)/e', 'https://t.co/AbC123xyz', 'https://bücher.de/katalog',
  'https://xn--bcher-kva.de', 'https://пример.рф', 'https://www.gov.uk/search?q=%C2%A3&order=desc', `https://www.gov.uk/${'long-path/'.repeat(40)}`,
  'hello.world', 'report.zip', 'done.It', 'example.com.', 'example.com,', 'example.com!', 'example.com)', '(example.com)', '"gov.uk"', 'gov.uk/a?', 'gov.uk/a.',
  'press@example.gov.uk', 'jane.doe@gmail.com', '#gov.uk', 'x_y.abc.com', 'foo..gov.uk', '-abc.com', 'a.b.c.d.e.f.gov.uk/x/y/z', 'https://192.168.0.1/x',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', ', ', '. ', '', ' (', ') ', ': '];
const FAMILIES: Record<string, string[][]> = {
  ascii: [WORDS],
  accented: [WORDS, ACCENTED],
  scripts: [SCRIPTS, WORDS],
  emoji: [WORDS, EMOJI],
  links: [WORDS, LINKS],
  mixed: [WORDS, ACCENTED, SCRIPTS, EMOJI, LINKS],
  // Only in the first 100 characters (see corpus()): after the limit, twitter-text misplaces the point (DIFFERENCES).
  decomposed: [WORDS, DECOMPOSED],
};

function corpus(): Array<{ family: string; text: string }> {
  const next = random(20260401);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const out: Array<{ family: string; text: string }> = [];
  for (const [family, sources] of Object.entries(FAMILIES)) {
    for (let n = 0; n < 400; n++) {
      // Mostly near the limit, where the over-limit point matters; some short, some long posts.
      const target = n % 10 === 0 ? 1000 + Math.floor(next() * 4000) : n % 3 === 0 ? Math.floor(next() * 200) : 200 + Math.floor(next() * 200);
      let text = '';
      let afterLink = false;
      while (text.length < target) {
        const source = family === 'decomposed' && text.length > 100 ? WORDS : pick(sources);
        const separator = pick(SEPARATORS);
        // Words run into each other and into emoji, but not onto a link or after a full stop, which would make links
        // of words ("Mr.Ελλάδα"): the table has those, and DIFFERENCES the few we count otherwise.
        const glued = separator === '' && (afterLink || source === LINKS || text.endsWith('.'));
        text += (glued ? ' ' : separator) + pick(source);
        afterLink = source === LINKS;
      }
      out.push({ family, text });
    }
  }
  return out;
}

/**
 * Where we deliberately count otherwise than twitter-text 3.1.0, with the reason. Each must really differ (so the
 * list stays true), and the generated corpus avoids these shapes.
 */
const DIFFERENCES: Array<{ text: string; why: string }> = [
  { text: '🧑‍🎓', why: 'Emoji 12 ZWJ sequence: twemoji-parser 11 does not know it, X counts every sequence as 2' },
  { text: '❤️‍🩹', why: 'Emoji 13.1 sequence, newer than twemoji-parser 11' },
  { text: '🏳️‍⚧️', why: 'Emoji 13 flag sequence, newer than twemoji-parser 11' },
  { text: '👁️‍🗨️', why: 'an RGI ZWJ sequence missing from twemoji-parser 11' },
  { text: 'http://localhost.zz', why: 'after http(s):// any alphabetic top-level domain counts (we keep a short list), so a made-up one does too' },
  { text: 'www.example.zz', why: 'after www. likewise' },
  { text: 'e.g.report.pdf', why: 'a bare domain needs a top-level domain from our short list, and .report is not on it' },
  { text: 'Mr.Ελλάδα', why: 'twitter-text links "Mr.Ελ" (.ελ, a Greek top-level domain, then more letters); we know no non-ASCII one without a scheme' },
  { text: `${'a'.repeat(270)} ${'cafe\u0301 '.repeat(10)}`, why: 'NFC shortens the text after the limit: twitter-text adds the whole shortening to its over-limit index, we map it back' },
  { text: `${'a'.repeat(100)}\ufeff${'b'.repeat(200)}`, why: 'twitter-text ends its valid range at an invalid character (U+FEFF); we report where the weight passes 280' },
];

describe('xWeightedLength: the same as twitter-text on a generated corpus', () => {
  const cases = corpus();
  for (const family of Object.keys(FAMILIES)) {
    it(`${family}: weighted length and over-limit point equal on every case`, () => {
      const mine = cases.filter((c) => c.family === family);
      expect(mine.length).toBe(400);
      const over = mine.filter((c) => oracle(c.text).weightedLength > X_LIMIT).length;
      // The corpus must exercise both sides of the limit.
      expect(over).toBeGreaterThan(50);
      expect(mine.length - over).toBeGreaterThan(50);
      // And NFC must move the over-limit point back in the text as typed.
      if (family === 'decomposed') expect(mine.filter((c) => c.text.normalize('NFC').length < c.text.length && oracle(c.text).weightedLength > X_LIMIT).length).toBeGreaterThan(50);
      const wrong = mine.filter((c) => JSON.stringify(xWeightedLength(c.text)) !== JSON.stringify(oracle(c.text)));
      expect(wrong.map((c) => ({ text: c.text, ours: xWeightedLength(c.text), twitterText: oracle(c.text) }))).toEqual([]);
    });
  }

  it('every emoji of the palette weighs the same in twitter-text (so the corpus tests what both know)', () => {
    for (const emoji of EMOJI) expect([emoji, xWeightedLength(emoji).weightedLength]).toEqual([emoji, oracle(emoji).weightedLength]);
  });

  for (const { text, why } of DIFFERENCES) {
    it(`differs on purpose: ${why}`, () => {
      expect(xWeightedLength(text)).not.toEqual(oracle(text));
    });
  }
});
