// Finds the spans of text inside quotation marks, where the poster is reporting someone else's words.

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', '«': '»' };

/** Returns [start, end) ranges of quoted content, quotes included. Unclosed quotes are ignored. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const close = PAIRS[ch];
    // A ‘ after a letter is an apostrophe (don‘t), not an opening quote.
    if (close && !(ch === '‘' && /\p{L}/u.test(text[i - 1] ?? ''))) {
      const end = findClose(text, i + 1, close);
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

function findClose(text: string, from: number, close: string): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== close) continue;
    // A ’ followed by a letter is an apostrophe inside the quote (it’s), keep looking.
    if (close === '’' && /\p{L}/u.test(text[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}
