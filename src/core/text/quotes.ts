// Finds the spans of text inside quotation marks, where the poster is reporting someone else's words.

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', '«': '»' };
const LETTER = /\p{L}/u;

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
  const ranges: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
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
