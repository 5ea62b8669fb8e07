// Looks for cue words in a window of text around a match, the context that separates data from lookalikes.

/** The text within `radius` characters either side of [start, end), stopping at blank lines. */
export function windowAround(text: string, start: number, end: number, radius: number): { before: string; after: string } {
  let before = text.slice(Math.max(0, start - radius), start);
  let after = text.slice(end, Math.min(text.length, end + radius));
  const cutBefore = before.lastIndexOf('\n\n');
  if (cutBefore >= 0) before = before.slice(cutBefore + 2);
  const cutAfter = after.indexOf('\n\n');
  if (cutAfter >= 0) after = after.slice(0, cutAfter);
  return { before, after };
}

/** True when `re` (non-global) matches within `radius` characters of [start, end). */
export function hasNearby(text: string, start: number, end: number, radius: number, re: RegExp): boolean {
  const { before, after } = windowAround(text, start, end, radius);
  return re.test(before) || re.test(after);
}

/** True when [start, end) overlaps any of the ranges. */
export function overlapsAny(ranges: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}
