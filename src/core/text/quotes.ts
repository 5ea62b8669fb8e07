// Finds the spans of text inside quotation marks, where the poster is reporting someone else's words.

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', '«': '»' };
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
// British writing quotes with straight single marks ('you lot should be sacked'), which also serve as apostrophes
// (I've, students'): an opening ' follows no letter or digit and precedes a non-space, a closing one follows a
// non-space and precedes no letter or digit. A pair longer than this is more likely two apostrophes than a quote.
const MAX_SINGLE_QUOTE = 280;

/** Returns [start, end) ranges of quoted content, quotes included. Unclosed quotes are ignored. */
export function quotedRanges(text: string): Array<[number, number]> {
  // Every possible closing mark is listed once, so an opener finds its close by moving a pointer forward instead
  // of rescanning the rest of the text (which made a long post of unclosed quotes quadratic).
  const closes = new Map<string, { at: number[]; next: number }>();
  for (const close of Object.values(PAIRS)) closes.set(close, { at: [], next: 0 });
  for (let j = 0; j < text.length; j++) {
    const list = closes.get(text[j]!);
    // A ’ followed by a letter is an apostrophe inside the quote (it’s), not a close.
    if (list && !(text[j] === '’' && LETTER.test(text[j + 1] ?? ''))) list.at.push(j);
  }
  const singleCloses: number[] = [];
  for (let j = 1; j < text.length; j++) {
    if (text[j] === "'" && !SPACE.test(text[j - 1]!) && !WORD_CHAR.test(text[j + 1] ?? '')) singleCloses.push(j);
  }
  let nextSingle = 0;
  const ranges: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" && !WORD_CHAR.test(text[i - 1] ?? '') && !SPACE.test(text[i + 1] ?? ' ')) {
      while (nextSingle < singleCloses.length && singleCloses[nextSingle]! <= i) nextSingle++;
      const end = nextSingle < singleCloses.length ? singleCloses[nextSingle]! : -1;
      if (end > i + 1 && end - i <= MAX_SINGLE_QUOTE) {
        ranges.push([i, end + 1]);
        i = end + 1;
        continue;
      }
    }
    const close = PAIRS[ch];
    // A ‘ after a letter is an apostrophe (don‘t), not an opening quote.
    if (close && !(ch === '‘' && LETTER.test(text[i - 1] ?? ''))) {
      const list = closes.get(close)!;
      while (list.next < list.at.length && list.at[list.next]! <= i) list.next++;
      const end = list.next < list.at.length ? list.at[list.next]! : -1;
      if (end > i) {
        ranges.push([i, end + 1]);
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  return ranges;
}
