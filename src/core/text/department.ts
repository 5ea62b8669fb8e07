// Derives the ways a post may refer to the user's own department (names, initials, handles, topic words) from settings.

import topics from '../data/department-topics.json' with { type: 'json' };
import type { Settings } from '../settings.ts';
import { findAll, phraseRegExp, type Match } from './terms.ts';
import { userTermsRegExp, type UserTerm } from './user-terms.ts';

/** Words in a department's name that say nothing about what it does. */
const GENERIC = new Set(
  'a an and of the for to in on hm his her majesty majesty’s majesty\'s department departments agency office ministry national authority service services executive standards public local places register support uk british government council commission board directorate community general royal central lifelong new united kingdom england wales scotland northern ireland'.split(' '),
);
const JOINERS = new Set(['and', 'of', 'the', 'for', 'to', 'in', 'on', '&']);

const RELATED = new Map<string, string[]>(
  topics.terms.map((line) => {
    const [key, rest] = line.split(':') as [string, string?];
    return [key.trim(), (rest ?? '').split(',').map((w) => w.trim()).filter(Boolean)];
  }),
);

export interface DepartmentTerms {
  /** The department's full name, initials and configured handles/short names (null when none are set). */
  names: RegExp | null;
  /** Words for the department's area of work, from its name (null when none can be derived). */
  topics: RegExp | null;
}

let cacheKey = '';
let cached: DepartmentTerms = { names: null, topics: null };

/** Memoised on the settings it reads, so a rule can call it on every check for free. */
export function departmentTerms(settings: Pick<Settings, 'department' | 'handles'>): DepartmentTerms {
  const department = (settings.department ?? '').trim();
  const handles = settings.handles ?? [];
  const key = `${department}\u0000${handles.join('\u0000')}`;
  if (key === cacheKey) return cached;
  cacheKey = key;
  cached = { names: namesRegExp(department, handles), topics: topicsRegExp(department) };
  return cached;
}

/** Matches of a possibly-null regex. */
export function findTerms(re: RegExp | null, text: string): Match[] {
  return re ? findAll(re, text) : [];
}

// Names and handles are typed by users and administrators, so they go through the safe literal compiler: escaped,
// separators bounded, and an entry that cannot be used (only hyphens, one letter) skipped on its own.
function namesRegExp(department: string, handles: readonly string[]): RegExp | null {
  const words = department.split(/\s+/).filter(Boolean);
  const terms: UserTerm[] = [];
  if (department) terms.push({ text: department });
  // Initials of the name's capitalised words: "Department for Skills and Lifelong Learning" is DSLL.
  const initials = words
    .filter((w) => !JOINERS.has(w.toLowerCase()))
    .map((w) => (/^[A-Z]{2,3}$/.test(w) ? w : w[0]?.toUpperCase() ?? ''))
    .join('');
  if (initials.length >= 3) terms.push({ text: initials, caseSensitive: true });
  for (const h of handles) {
    const bare = h.trim().replace(/^[@#]/, '');
    if (bare.length < 2) continue;
    // Short all-capital forms are matched case-sensitively so "DfE" is not "dfe" in a URL and "ONS" not "ons".
    terms.push({ text: bare, caseSensitive: /^[A-Z][A-Za-z]{1,5}$/.test(bare) && /[A-Z].*[A-Z]/.test(bare) });
  }
  return terms.length ? userTermsRegExp(terms) : null;
}

/** A phrase and its other number on the last word: "pothole" and "potholes", "fishing licences" and "fishing licence". */
function numberForms(phrase: string): string[] {
  const last = phrase.split(' ').pop() ?? '';
  const head = phrase.slice(0, phrase.length - last.length);
  if (last.length < 4 || !/^[a-z]+$/.test(last)) return [phrase];
  if (last.endsWith('ies')) return [phrase, `${head}${last.slice(0, -3)}y`];
  if (/(?:ss|us|is)$/.test(last)) return [phrase];
  if (last.endsWith('s')) return [phrase, `${head}${last.slice(0, -1)}`];
  if (last.endsWith('y') && !/[aeiou]y$/.test(last)) return [phrase, `${head}${last.slice(0, -1)}ies`];
  return [phrase, `${head}${last}s`];
}

function topicsRegExp(department: string): RegExp | null {
  const words = department
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .filter((w) => w.length >= 4 && !GENERIC.has(w));
  const phrases = new Set<string>();
  for (const w of words) {
    phrases.add(w);
    // Simple singular and plural forms: "roads" finds "road", "flood" finds "floods".
    if (w.endsWith('ies')) phrases.add(`${w.slice(0, -3)}y`);
    else if (w.endsWith('s')) phrases.add(w.slice(0, -1));
    else phrases.add(`${w}s`);
    for (const r of RELATED.get(w) ?? []) for (const form of numberForms(r)) phrases.add(form);
  }
  return phrases.size ? phraseRegExp([...phrases]) : null;
}
