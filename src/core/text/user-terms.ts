// Compiles terms people type into settings (codewords, the allow-list, department names and handles) into safe literal matchers.
//
// Everything a user types is escaped: a term is text, never a pattern, so `a\-b` or `(a+)+` is only ever those
// characters. A term is split into parts at separators (white space, hyphens, underscores), and parts are joined by
// at most MAX_GAP separators, so "Red-Kite" also finds "Red Kite", "RedKite", "red_kite" and "#RedKite". Parts are
// never empty and the gap between them is bounded, so no two quantifiers ever compete for the same characters:
// each try at a position costs at most the term's length, and a whole search is linear in the text.

import { escapeRegExp, type Match } from './terms.ts';
import { allMatches } from './matches.ts';

const SEPARATOR_CHARS = '\\s\\-‐‑‒–—_';
const SEPARATORS = new RegExp(`[${SEPARATOR_CHARS}]+`, 'u');
/** Separators allowed between two parts of a term: "Red - Kite" has three. */
const MAX_GAP = 3;
const MAX_PARTS = 12;
const MAX_LENGTH = 100;
const ALNUM = /[\p{L}\p{N}]/gu;

export interface UserTerm {
  text: string;
  /** Short capitalised handles ("DfT", "ONS") are matched exactly, so "dft" in a link or "ons" in prose stay quiet. */
  caseSensitive?: boolean;
}

/**
 * Why a term cannot be used, in words a person can act on, or undefined when it can. The options page shows this
 * at the field; the matcher skips such terms, so one bad entry never switches the others off.
 */
export function userTermProblem(term: unknown, minAlphanumerics = 2): string | undefined {
  if (typeof term !== 'string') return 'is not text.';
  const trimmed = term.trim();
  if (!trimmed) return 'is empty.';
  if (trimmed.length > MAX_LENGTH) return `is longer than ${MAX_LENGTH} characters.`;
  const bare = trimmed.replace(/^[#@]+/u, '');
  const alphanumerics = bare.match(ALNUM)?.length ?? 0;
  if (alphanumerics === 0) return 'has no letters or digits, only separators or symbols, so it would match ordinary punctuation.';
  if (alphanumerics < minAlphanumerics) return `is too short: it needs at least ${minAlphanumerics} letters or digits, or it would match inside ordinary words.`;
  if (partsOf(bare).length > MAX_PARTS) return `has more than ${MAX_PARTS} words.`;
  return undefined;
}

function partsOf(term: string): string[] {
  return term.split(SEPARATORS).filter(Boolean);
}

/** One part as a literal; a straight apostrophe also matches a curly one, and case is spelt out when asked. */
function literal(part: string, spellCase: boolean): string {
  let out = '';
  for (const ch of part) {
    if (ch === "'" || ch === '’') {
      out += "['’]";
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    // Only single code points go in a class; a letter whose case changes its length (ß → SS) stays as typed.
    if (spellCase && lower !== upper && [...lower].length === 1 && [...upper].length === 1) out += `[${lower}${upper}]`;
    else out += escapeRegExp(ch);
  }
  return out;
}

/** The pattern for one term, or undefined when the term cannot be used. */
function termPattern(term: UserTerm, spellCase: boolean, minAlphanumerics: number): string | undefined {
  if (userTermProblem(term.text, minAlphanumerics)) return undefined;
  const bare = term.text.trim().replace(/^[#@]+/u, '');
  const source = partsOf(bare)
    .map((part) => literal(part, spellCase && !term.caseSensitive))
    .join(`[${SEPARATOR_CHARS}]{0,${MAX_GAP}}`);
  try {
    // Escaping makes every pattern valid; the guard is there so that even a surprise costs one term, not all.
    new RegExp(source, 'u');
    return source;
  } catch {
    return undefined;
  }
}

/**
 * One regex finding any of the terms as whole words, with an optional leading # or @, longest terms first.
 * Case-insensitive unless a term asks otherwise. Null when no term can be used.
 */
export function userTermsRegExp(terms: ReadonlyArray<string | UserTerm>, minAlphanumerics = 2): RegExp | null {
  const list = terms.map((t) => (typeof t === 'string' ? { text: t } : t));
  const mixed = list.some((t) => t.caseSensitive);
  const patterns = [...new Set(list.map((t) => termPattern(t, mixed, minAlphanumerics)).filter((p): p is string => p !== undefined))];
  if (!patterns.length) return null;
  patterns.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}_])[#@]?(?:${patterns.join('|')})(?![\\p{L}\\p{N}_])`, mixed ? 'gu' : 'giu');
}

/** Every match of a user-terms regex (or none for null), as ranges in order. */
export function findUserTerms(re: RegExp | null, text: string): Match[] {
  if (!re) return [];
  const out: Match[] = [];
  for (const m of allMatches(re, text)) if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
