// Security classification markings (current and legacy) and national caveats pasted into a post.

import { defineRule, type Hit } from '../../rule.ts';
import { allMatches } from '../../text/matches.ts';

// Markings are written in capitals; matching them case-sensitively is what keeps
// "The secret to a good CV" and "official statistics" quiet.
// Caveat chains ("UK/US EYES ONLY") are bounded, so a long run of "AB/CD/…" is not rescanned from every letter.
const TIER = /(?<![\p{L}\p{N}-])(?:TOP[\s-]+SECRET|SECRET|RESTRICTED|CONFIDENTIAL|(?:OFFICIAL|Official)[\s‐–-]*(?:SENSITIVE|Sensitive)|[A-Z]{2,10}(?:\/[A-Z]{2,10}){0,8}\s{1,3}EYES\s+(?:ONLY|ALPHA|BRAVO))(?![\p{L}\p{N}])/gu;
// "official-sensitive" in any case is unambiguous once hyphenated.
const HYPHENATED_OS = /(?<![\p{L}\p{N}])official[‐–-]sensitive(?![\p{L}\p{N}])/giu;
// Lower-case tiers count when the sentence says something is marked or classified at that level.
const DESCRIBED = /(?<![\p{L}\p{N}])(?:classified|marked|graded|protectively marked)(?:\s+(?:as|at))?\s+(?:top[\s-]+secret|secret|restricted|confidential|official[\s‐–-]+sensitive)(?![\p{L}\p{N}])/giu;
// A bare OFFICIAL banner is only a marking alone on a line.
const BARE_OFFICIAL = /^[ \t]*OFFICIAL[ \t]*$/gmu;
// Legacy (pre-2014) banners: PROTECT, optionally with its descriptor, and the "not marked" lines that
// still show a text came out of an internal document. Alone on a line only: "PROTECT" is also a verb.
const LEGACY_BANNER =
  /^[ \t]*(?:PROTECT(?:[ \t]*[-–:][ \t]*(?:APPOINTMENTS|BUDGET|COMMERCIAL|CONTRACTS|HONOURS|INVESTIGATION|MANAGEMENT|MEDICAL|PERSONAL|POLICY|REGULATORY|STAFF|VISITS|LOCSEN))?|NOT[ \t]+PROTECTIVELY[ \t]+MARKED|UNCLASSIFIED)[ \t]*$/gmu;
// A legacy descriptor after PROTECT is unambiguous anywhere in the text.
const PROTECT_DESCRIPTOR = /(?<![\p{L}])PROTECT[ \t]*[-–:][ \t]*(?:APPOINTMENTS|BUDGET|COMMERCIAL|CONTRACTS|HONOURS|INVESTIGATION|MANAGEMENT|MEDICAL|PERSONAL|POLICY|REGULATORY|STAFF|VISITS|LOCSEN)(?![\p{L}])/gu;
// Teaching the scheme ("what do the markings mean", "SECRET and TOP SECRET are for…") or describing old files
// ("once classified SECRET", "classified SECRET for fifty years") names a marking without sharing marked material.
const TEACHING = /(?<![\p{L}])(?:markings?|classifications?|tiers?|declassified|once\s+classified|classified\s[A-Z-]{3,20}(?:\s[A-Z-]{3,20})?\sfor\s(?:\d+|\p{L}+)\syears|what\s+(?:do|does)\s+[^.?!\n]{0,40}mean|stands?\s+for|explainer|e-learning|handling\s+rules)(?![\p{L}])/iu;
// …unless the post also passes something on: "attached", "here's the doc", "reading an OFFICIAL-SENSITIVE briefing".
// "here's" shares only with a document after it ("here's the memo"), not "here's the short version" of a training session.
const SHARING = /(?<![\p{L}])(?:attached|attaching|(?:here['’]s|here\s+is)\s(?:(?:the|a|an|my|our|this)\s)?(?:leaked\s)?(?:copy|doc|document|memo|email|briefing|file|report|screenshot|pic|photo|picture|draft|slides?|extract|letter|page)|below|screenshot|leaked|found\s+a|reading\s+an?|pdf|slide|page\s+\d)(?![\p{L}])/iu;
// Common capitalised phrases that are not markings.
const NOT_A_MARKING = /^(?:SECRET\s+SANTA|SECRET\s+GARDEN)/u;

export default defineRule({
  id: 'classification-marking',
  definite: true,
  category: 'confidentiality',
  severity: 'error',
  guidance: ['G27', 'G24'],
  messages: {
    marking: '“{words}” is a security classification marking: material marked this way must never be posted.',
  },
  description: 'Security classification markings such as OFFICIAL-SENSITIVE, SECRET or TOP SECRET, and legacy markings; naming them to explain the scheme is fine.',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    // "FOR PUBLIC RELEASE" is the handling instruction that says a copy has been cleared.
    if (/FOR PUBLIC RELEASE/u.test(text)) return [];
    const tiers = allMatches(TIER, text);
    const distinct = new Set(tiers.map((m) => m[0].replace(/[\s‐–-]+/gu, ' ').toUpperCase()));
    const lines = new Map<number, LineStats>();
    // A banner ("TOP SECRET - UK EYES ONLY" heading a text) is marked material however many tiers it names.
    // Only the few characters after the tier are read: slicing the rest of the text per match would be quadratic.
    const banner = tiers.some((m) => endsHeading(text, m.index + m[0].length) && isBanner(lineStats(text, m.index, lines), m.index, m[0].length));
    // Whole-text tests run once, not once per tier: a paste repeating a tier thousands of times stays linear.
    const sharing = passesOn(text);
    let guidance: boolean | undefined;
    const inGuidance = () => (guidance ??= GUIDANCE_WORDS.test(text));
    const teaching = (distinct.size >= 2 || TEACHING.test(text) || tiers.some((m) => aboutTheScheme(text, m.index, m.index + m[0].length, inGuidance))) && !sharing && !banner;
    const hits: Hit[] = [];
    const add = (start: number, end: number, word: string, severity?: 'warning') =>
      hits.push({
        start,
        end,
        messageId: 'marking',
        data: { words: word },
        suggestion: 'Remove the marked material; if it has been cleared for release, post the published version instead.',
        ...(severity ? { severity } : {}),
      });

    for (const m of teaching ? [] : tiers) {
      const word = m[0];
      // Only the words after the match: slicing the rest of the text per match made a long paste quadratic.
      if (NOT_A_MARKING.test(text.slice(m.index, m.index + 16))) continue;
      const line = lineStats(text, m.index, lines);
      // An everyday word ending a sentence ("All calls are CONFIDENTIAL.") is not a banner; one opening a line, or set off after a separator, is.
      const atBanner = AMBIGUOUS.test(word) ? line.firstContent >= m.index || (line.lastContent < m.index + word.length && /[|:–—-]\s*$/u.test(text.slice(line.start, m.index))) : isBanner(line, m.index, word.length);
      if (isShouting(line, word) && !atBanner) continue;
      // "free and CONFIDENTIAL", "access is RESTRICTED", the "TOP SECRET" exhibition: in running text these words
      // are emphasis or a title; a marking stamps a document ("SECRET briefing", "marked SECRET") or is passed on.
      if (!atBanner && AMBIGUOUS.test(word) && !stampsDocument(text, m.index, m.index + word.length) && !sharing) continue;
      add(m.index, m.index + word.length, word);
    }
    for (const re of teaching ? [] : [HYPHENATED_OS, DESCRIBED]) {
      for (const m of allMatches(re, text)) {
        add(m.index, m.index + m[0].length, m[0]);
      }
    }
    for (const re of [LEGACY_BANNER, PROTECT_DESCRIPTOR]) {
      for (const m of allMatches(re, text)) {
        const word = m[0].trim();
        const start = m.index + m[0].indexOf(word);
        add(start, start + word.length, word, 'warning');
      }
    }
    for (const m of allMatches(BARE_OFFICIAL, text)) {
      const start = m.index + m[0].indexOf('OFFICIAL');
      add(start, start + 'OFFICIAL'.length, 'OFFICIAL', 'warning');
    }
    return hits;
  },
});

// A tier spoken of in general, as rules and training do: "anything marked OFFICIAL-SENSITIVE", "never post anything
// marked SECRET", "OFFICIAL-SENSITIVE or above", "handling OFFICIAL-SENSITIVE information", "files once marked TOP SECRET".
const GENERAL_BEFORE = /(?:\b(?:anything|everything|nothing|all|any|material|information|documents|files)\s+(?:\w+\s+){0,2}(?:marked|classified|labelled|graded)|\bonce\s+(?:marked|classified)|\bhandl(?:e|es|ing)|\bprotect(?:s|ing)?|\bstor(?:e|es|ing))\s+(?:as\s+)?$/iu;
// "OFFICIAL-SENSITIVE is a handling caveat for…", "…means it never goes in the team chat": the tier defined, as training does.
const GENERAL_AFTER = /^\s+(?:or\s+(?:above|higher)|and\s+above|(?:is|are)\s+(?:a|an|the|for|meant|used|only)|means|covers|applies)\b/iu;
const GUIDANCE_WORDS = /(?<![\p{L}])(?:guidance|training|reminder|remember|rules?|policy|never|always|must|should|suppliers|staff|colleagues|how\s+to)(?![\p{L}])/iu;
// An indefinite or hypothetical word, then at most a few words and no clause break, right before the tier.
const GENERIC_CLAUSE = /\b(?:if|whether|unless|anything|something|everything|nothing|any)\b[^.?!:;,\n]{0,30}$/iu;
const TIER_WORD = '(?:OFFICIAL[\\s‐–-]*SENSITIVE|OFFICIAL|TOP[\\s-]+SECRET|SECRET)';
const COMPARED_AFTER = new RegExp(`^['’"]?\\s+(?:or|vs\\.?|versus)\\s+(?:just\\s+|plain\\s+)?${TIER_WORD}(?![\\p{L}])`, 'u');
const COMPARED_BEFORE = new RegExp(`(?<![\\p{L}])${TIER_WORD}['’"]?\\s+(?:or|vs\\.?|versus)\\s+(?:just\\s+|plain\\s+)?$`, 'u');
function aboutTheScheme(text: string, start: number, end: number, inGuidance: () => boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (GENERAL_AFTER.test(text.slice(end, end + 16))) return true;
  if (/\bonce\s+(?:marked|classified)\s+$/iu.test(before)) return true;
  // "if it's marked SECRET, it doesn't leave the building", "anything marked SECRET": the rule, not a document.
  if (/\b(?:if|anything|whatever|everything|nothing)\s+(?:it['’]s\s+|it\s+is\s+|that['’]s\s+|is\s+)?(?:marked|classified)\s+$/iu.test(before)) return true;
  // A tier named as a kind, not stamped on a document: a hypothetical or indefinite subject earlier in its clause
  // ("if a document is marked …, it stays", "whether something's … or …", "anything … on your CV"), with no document
  // named right after it ("if anyone wants the SECRET briefing" still stamps one).
  if (GENERIC_CLAUSE.test(before) && !DOCUMENT_AFTER.test(text.slice(end, end + 40))) return true;
  // Set against another tier ("is this OFFICIAL-SENSITIVE or just OFFICIAL?"): the scheme compared, as questions about it do.
  if (COMPARED_AFTER.test(text.slice(end, end + 32)) || COMPARED_BEFORE.test(before)) return true;
  return GENERAL_BEFORE.test(before) && inGuidance();
}

// Tiers that are also everyday words in capitals; OFFICIAL-SENSITIVE and caveats ("UK EYES ONLY") are never anything else.
const AMBIGUOUS = /^(?:TOP[\s-]+SECRET|SECRET|RESTRICTED|CONFIDENTIAL)$/u;
// What a marking stamps: a document named right after it, or a stamping verb right before it.
const DOCUMENT_AFTER = /^[\s-]{1,3}(?:[A-Za-z'’-]+\s+)?(?:report|reports|briefing|briefings|memo|memos|document|documents|doc|docs|file|files|paper|papers|email|emails|slide|slides|deck|submission|submissions|minutes|annex|assessment|assessments|draft|drafts|cable|cables|dossier|material|plans?|folder|folders|pack|letter|letters|note|notes|intelligence|intel)(?![\p{L}])/iu;
const STAMPED_BEFORE = /(?:marked|stamped|classified|graded|labelled|labeled|headed)[\s:]{1,3}(?:as\s+|at\s+)?$/iu;
function stampsDocument(text: string, start: number, end: number): boolean {
  return DOCUMENT_AFTER.test(text.slice(end, end + 40)) || STAMPED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

// "Not even a cropped screenshot", "never attached to an email": a rule against passing things on is no passing on.
const SHARING_ALL = new RegExp(SHARING.source, 'giu');
const NEGATED_BEFORE = /(?:\bnever|\bno|\bnot|n['’]t)\s+(?:\S+\s+){0,3}$/iu;
function passesOn(text: string): boolean {
  for (const m of allMatches(SHARING_ALL, text)) if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}

/** Whether a tier ending at `at` is followed by a separator (":", "|", a dash) or the end of its line. */
function endsHeading(text: string, at: number): boolean {
  const after = text.slice(at, at + 64);
  if (/^[ \t]*(?:[:|–-]|\n)/u.test(after)) return true;
  return at + 64 >= text.length && /^[ \t]*$/u.test(after);
}

/** What the marking tests need to know about one line, computed once per line rather than once per match. */
interface LineStats {
  start: number;
  end: number;
  letters: number;
  upper: number;
  /** Offsets of the line's first and last character that is neither white space nor punctuation (-1 when none). */
  firstContent: number;
  lastContent: number;
}

function lineStats(text: string, at: number, memo: Map<number, LineStats>): LineStats {
  // Matches come in order, so the line of the previous match is checked first, before any scan for line breaks.
  for (const stats of memo.values()) if (at >= stats.start && at < stats.end) return stats;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const endRaw = text.indexOf('\n', at);
  const end = endRaw < 0 ? text.length : endRaw;
  const stats: LineStats = { start, end, letters: 0, upper: 0, firstContent: -1, lastContent: -1 };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (!/[\s\p{P}]/u.test(c)) {
      if (stats.firstContent < 0) stats.firstContent = i;
      stats.lastContent = i;
    }
    if (/\p{L}/u.test(c)) {
      stats.letters++;
      if (c === c.toUpperCase() && c !== c.toLowerCase()) stats.upper++;
    }
  }
  memo.clear();
  memo.set(start, stats);
  return stats;
}

/** True when the rest of the line around a match is mostly capitals anyway, so one capitalised word is just shouting. */
function isShouting(line: LineStats, word: string): boolean {
  const own = word.match(/\p{L}/gu) ?? [];
  const letters = line.letters - own.length;
  if (letters < 8) return false;
  const upper = line.upper - own.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters > 0.6;
}

/** True when the marking stands at the start or end of a line, where banners go (only white space and punctuation beside it). */
function isBanner(line: LineStats, start: number, length: number): boolean {
  return line.firstContent >= start || line.lastContent < start + length;
}
