// Turns sorted word lists into one precompiled whole-word regular expression, and finds its matches.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive regex matching any of the phrases as whole words. Spaces in a phrase match
 * any run of white space or hyphens, so "world leading" also finds "world-leading", and a straight
 * apostrophe also matches a curly one (phones type ’).
 * Longest phrases first so "top secret" wins over "secret".
 */
export function phraseRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/(?:\\-|\s)+/g, '[\\s\\-‐–]+').replace(/['’]/g, "['’]"))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, flags);
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

/** All matches of a global regex, as ranges. The regex's lastIndex is reset first. */
export function findAll(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
