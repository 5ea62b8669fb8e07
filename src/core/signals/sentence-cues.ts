// Cue matches grouped by the sentence they start in, for rules that combine two cues in one sentence (a cue of a kind plus a target).

import type { Analysed, Context } from '../context.ts';
import type { CueMatch } from '../text/cues.ts';
import { lowerBound } from '../text/ranges.ts';

export interface SentenceView {
  /** Index of the sentence in `words.sentences`. */
  index: number;
  start: number;
  end: number;
  first: number;
  last: number;
}

// Memo keys per tag, built once: signals ask for a tag's matches per sentence thousands of times in a long post, and a
// key concatenated on every call costs more than the look-up it names.
const KEYS = new Map<string, Map<string, string>>();
function keyFor(kind: string, tag: string): string {
  let byTag = KEYS.get(kind);
  if (byTag === undefined) KEYS.set(kind, (byTag = new Map()));
  let key = byTag.get(tag);
  if (key === undefined) byTag.set(tag, (key = `${kind}:${tag}`));
  return key;
}

/** Sentence index → matches of `tag` that start in it, for the post (`reply` false) or the post replied to. */
export function cuesBySentence(ctx: Context, tag: string, reply = false): Map<number, CueMatch[]> {
  return ctx.memo(keyFor(reply ? 'cues-by-sentence:reply' : 'cues-by-sentence', tag), () => {
    const words = reply ? ctx.replyWords : ctx.words;
    const out = new Map<number, CueMatch[]>();
    for (const m of reply ? ctx.replyCues(tag) : ctx.cues(tag)) {
      const s = words.tokens[m.first]!.sentence;
      const list = out.get(s);
      if (list) list.push(m);
      else out.set(s, [m]);
    }
    return out;
  });
}

/** Matches of `tag` in sentence `s`. */
export function cuesIn(ctx: Context, tag: string, s: number, reply = false): readonly CueMatch[] {
  return cuesBySentence(ctx, tag, reply).get(s) ?? [];
}

/** Indices of the post's tokens inside any match of `tag` (memoised, so several signals share one set). */
export function cueTokens(ctx: Context, tag: string): ReadonlySet<number> {
  return ctx.memo(keyFor('cue-tokens', tag), () => {
    const out = new Set<number>();
    for (const m of ctx.cues(tag)) for (let k = m.first; k < m.last; k++) out.add(k);
    return out;
  });
}

/**
 * Matches of `tag` in the post whose first token is in [from, to), by binary search: the matches are in token order,
 * so a look-up near one token never scans the whole post (which made such look-ups quadratic in a long post).
 */
export function cuesFrom(ctx: Context, tag: string, from: number, to: number): readonly CueMatch[] {
  const all = ctx.cues(tag);
  if (all.length === 0 || to <= from) return [];
  const lo = lowerBound(all.length, (i) => all[i]!.first < from);
  let end = lo;
  while (end < all.length && all[end]!.first < to) end++;
  return lo === end ? [] : all.slice(lo, end);
}

/** Whether any of `tags` has a match anywhere in the post (or the reply). */
export function anyCue(ctx: Context, tags: readonly string[], reply = false): boolean {
  return tags.some((t) => (reply ? ctx.replyCues(t) : ctx.cues(t)).length > 0);
}

/** The post's sentences as spans with their token ranges. */
export function sentencesOf(words: Analysed): SentenceView[] {
  return words.sentences.map((s, index) => ({ index, ...s }));
}

/** The word tokens [first, last) of a sentence, lower-cased, for small look-ups by position. */
export function wordsIn(words: Analysed, s: { first: number; last: number }): string[] {
  const out: string[] = [];
  for (let k = s.first; k < s.last; k++) if (words.tokens[k]!.kind === 'word') out.push(words.tokens[k]!.norm);
  return out;
}
