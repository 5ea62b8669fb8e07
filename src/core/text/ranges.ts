// A set of disjoint ranges with a binary-search overlap test, so keeping the first of overlapping matches is not quadratic.

/** The first index in [0, length) for which `before(i)` is false, where `before` is true up to some index and false after. */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when [start, end) lies inside one of the sorted, disjoint ranges: a binary search, not a scan per hit. */
export function insideSorted(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  const range = ranges[lowerBound(ranges.length, (i) => ranges[i]![1] < end)];
  return range !== undefined && range[0] <= start && end <= range[1];
}

/**
 * Ranges kept so far (a rule's hits, abuse matches): disjoint, so sorted by start they are sorted by end too, and the overlap test for a new hit
 * is a binary search instead of a scan over every hit so far (quadratic on a post with thousands of hits).
 */
export class DisjointRanges {
  private starts: number[] = [];
  private ends: number[] = [];

  /** Index of the first kept range ending after `at`. */
  private firstEndingAfter(at: number): number {
    return lowerBound(this.ends.length, (i) => this.ends[i]! <= at);
  }

  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i < this.starts.length && this.starts[i]! < end;
  }

  /** Adds a range that overlaps none kept (rules mostly report in order, so this is usually an append). */
  add(start: number, end: number): void {
    const i = this.firstEndingAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}

