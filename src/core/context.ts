// Per-post facts that many rules need, computed at most once per check and only when asked for.

import type { Settings } from './settings.ts';
import type { Account, Platform } from './types.ts';
import { quotedRanges } from './text/quotes.ts';

export interface Context {
  /** The text being checked (the post, capped for very long input). */
  readonly text: string;
  /**
   * `text` with curly apostrophes (’) straightened, same length so offsets still fit: phones type ’,
   * and rules written with ' need not spell both. Computed once per check, on first use.
   */
  readonly plain: string;
  /** The full length of the post, which may exceed `text.length` when the post was capped. */
  readonly fullLength: number;
  readonly account: Account;
  readonly platform: Platform | undefined;
  /** The post being replied to, or '' for a new post. */
  readonly replyTo: string;
  readonly settings: Settings;
  /** True when [start, end) lies inside quotation marks. */
  isQuoted(start: number, end: number): boolean;
}

export function createContext(
  text: string,
  fullLength: number,
  account: Account,
  platform: Platform | undefined,
  replyTo: string,
  settings: Settings,
): Context {
  let quotes: Array<[number, number]> | undefined;
  let plain: string | undefined;
  return {
    text,
    get plain() {
      plain ??= text.replace(/’/g, "'");
      return plain;
    },
    fullLength,
    account,
    platform,
    replyTo,
    settings,
    isQuoted(start, end) {
      quotes ??= quotedRanges(text);
      // The ranges are sorted and disjoint: a binary search, not a scan per hit (a post of many quotes and many hits).
      let lo = 0;
      let hi = quotes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (quotes[mid]![1] < end) lo = mid + 1;
        else hi = mid;
      }
      const range = quotes[lo];
      return range !== undefined && range[0] <= start && end <= range[1];
    },
  };
}
