// Finds the sentence around a match, the unit within which a word's meaning usually settles.

const END = /[.!?\n]/;

/** [start, end) of the sentence containing [start, end): from after the previous . ! ? or newline to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !isBoundary(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !isBoundary(text, e)) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

// A full stop between letters or digits ("gov.uk", "2.5%", "J. Keeling" aside) does not end a sentence.
function isBoundary(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!END.test(ch)) return false;
  if (ch === '.' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) return false;
  return true;
}

/** The first match of global `re` within [start, end) of `text` for which `keep` holds (for example, not inside quotes). */
export function firstMatchIn(
  re: RegExp,
  text: string,
  start: number,
  end: number,
  keep: (start: number, end: number) => boolean,
): string | undefined {
  for (const m of text.slice(start, end).matchAll(re)) {
    if (keep(start + m.index, start + m.index + m[0].length)) return m[0];
  }
  return undefined;
}
