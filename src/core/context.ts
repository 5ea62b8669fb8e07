// Per-post facts that many rules need, computed at most once per check and only when asked for.

import type { Settings } from './settings.ts';
import type { Account, Platform } from './types.ts';
import { matchCues, matchCuesInSteps, type CueMatch } from './text/cues.ts';
import { phraseJoins } from './text/phrases.ts';
import { quotedRanges } from './text/quotes.ts';
import { insideSorted } from './text/ranges.ts';
import { reportedQuoteRanges } from './text/reported-quotes.ts';
import { tokenise, type Tokenised } from './text/tokens.ts';

/** A text split into tokens and sentences, with which tokens a phrase may run across. */
export interface Analysed extends Tokenised {
  /** joins[k]: a phrase may continue from token k to the next word. */
  joins: boolean[];
}

export function analyse(text: string): Analysed {
  const t = tokenise(text);
  return { ...t, joins: phraseJoins(t.tokens, text) };
}

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
  /** True when [start, end) lies inside a quotation that reports someone else's words without endorsing them. */
  isReported(start: number, end: number): boolean;
  /** The post's tokens and sentences, computed once per check, on first use. */
  readonly words: Analysed;
  /** The replied-to post's tokens and sentences ('' gives none). */
  readonly replyWords: Analysed;
  /** Matches of a cue tag ("politics.party") in the post, in order; computed for every tag in one pass, on first use. */
  cues(tag: string): readonly CueMatch[];
  /** The same for the replied-to post. */
  replyCues(tag: string): readonly CueMatch[];
  /** Every cue tag's matches at once (the learned check reads them all). */
  allCues(): ReadonlyMap<string, readonly CueMatch[]>;
  allReplyCues(): ReadonlyMap<string, readonly CueMatch[]>;
  /** A per-check memo for signals several rules share: computed by the first rule that asks. */
  memo<T>(key: string, compute: () => T): T;
  /**
   * Computes `words` and the cue matches ahead of the rules, yielding a step name after the words and after every
   * `tokensPerStep` tokens of cue matching, so a stepped check of a long post has no long step of its own.
   */
  prepare(tokensPerStep: number): Generator<string, void, void>;
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
  let reported: Array<[number, number]> | undefined;
  let plain: string | undefined;
  let words: Analysed | undefined;
  let replyWords: Analysed | undefined;
  const memos = new Map<string, unknown>();
  let cues: Map<string, CueMatch[]> | undefined;
  let replyCues: Map<string, CueMatch[]> | undefined;
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
      return insideSorted(quotes, start, end);
    },
    isReported(start, end) {
      reported ??= reportedQuoteRanges(text);
      return reported.some(([s, e]) => start >= s && end <= e);
    },
    get words() {
      words ??= analyse(text);
      return words;
    },
    get replyWords() {
      replyWords ??= analyse(replyTo);
      return replyWords;
    },
    cues(tag) {
      return this.allCues().get(tag) ?? [];
    },
    *prepare(tokensPerStep) {
      const analysed = this.words;
      yield 'words';
      if (cues) return;
      const steps = matchCuesInSteps(analysed, tokensPerStep);
      for (;;) {
        const r = steps.next();
        if (r.done) {
          cues = r.value;
          break;
        }
        yield 'cues';
      }
      yield 'cues';
    },
    replyCues(tag) {
      return this.allReplyCues().get(tag) ?? [];
    },
    allCues() {
      cues ??= matchCues(this.words);
      return cues;
    },
    allReplyCues() {
      replyCues ??= matchCues(this.replyWords);
      return replyCues;
    },
    memo<T>(key: string, compute: () => T): T {
      // One lookup on the hot path (rules ask for the same signals many times per check); `has` only for a memoised undefined.
      const known = memos.get(key);
      if (known !== undefined || memos.has(key)) return known as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}
