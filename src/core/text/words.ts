// Word-level helpers shared by rules.

const WORD_CHAR = /[\p{L}\p{N}'’_-]/u;

/** Widens [start, end) to the whole word(s) it touches, so an underline never cuts a word in half. */
export function wordAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && WORD_CHAR.test(text[s - 1]!)) s--;
  while (e < text.length && WORD_CHAR.test(text[e]!)) e++;
  // Trailing apostrophes and hyphens belong to punctuation, not the word.
  while (e > end && /['’_-]/u.test(text[e - 1]!)) e--;
  while (s < start && /['’_-]/u.test(text[s]!)) s++;
  return { start: s, end: e };
}
