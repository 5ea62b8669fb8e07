// A phrase lookup over tokens: vocabularies are matched word by word through one map, not by regex alternations.

import { inflections, type Inflect } from './inflect.ts';
import type { Token } from './tokens.ts';

/** One vocabulary entry as written in a data file: a plain phrase, or a phrase with how to inflect it. */
export type PhraseSpec = string | { phrase: string; inflect?: Inflect; cased?: boolean };

export interface PhraseMatch<T> {
  /** Index in the token array of the first and one past the last token of the match. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  words: string[];
  /** Compared with the token as written (a party's capital letter), not its lower-case form. */
  cased: boolean;
  value: T;
}

/**
 * Phrases indexed by their first word. Matching looks each token up once and compares the few entries
 * that start with it, so the cost is linear in the post and independent of the vocabulary's size.
 * A `*` word matches any one word. Words of a phrase may be written with spaces or hyphens between them
 * ("pen pusher", "pen-pusher"), and hyphenated entries also match written as one word ("penpusher").
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly wildcardFirst: Entry<T>[] = [];

  constructor(groups: Iterable<{ specs: readonly PhraseSpec[]; value: T }>) {
    for (const { specs, value } of groups) for (const spec of specs) this.addSpec(spec, value);
    // Longest first, so "top secret" wins over "secret".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private addSpec(spec: PhraseSpec, value: T): void {
    const { phrase, inflect, cased = false } = typeof spec === 'string' ? expandSpec(spec) : spec;
    for (const form of inflections(phrase.trim(), inflect)) {
      const norm = cased ? form : form.toLowerCase().replace(/’/g, "'");
      const words = norm.split(/[\s\u2010\u2011-]+/).filter(Boolean);
      if (!words.length) continue;
      this.add({ words, cased, value });
      if (/[\u2010\u2011-]/.test(form) && words.length > 1) this.add({ words: [words.join('')], cased, value });
    }
  }

  private add(entry: Entry<T>): void {
    const key = entry.words[0]!;
    if (key === '*') {
      this.wildcardFirst.push(entry);
      return;
    }
    const list = this.byFirst.get(key);
    if (list) {
      if (!list.some((e) => e.value === entry.value && e.cased === entry.cased && e.words.join(' ') === entry.words.join(' '))) list.push(entry);
    } else this.byFirst.set(key, [entry]);
  }

  /** Every match in the tokens, in order; where matches overlap, the earliest and then longest is kept. */
  match(tokens: readonly Token[], joined: readonly boolean[]): PhraseMatch<T>[] {
    const steps = this.matchInSteps(tokens, joined, Infinity);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same matches, pausing after every `tokensPerStep` tokens, so a host can spread a long text's matching over
   * several short tasks. The result is identical whatever the step size.
   */
  *matchInSteps(tokens: readonly Token[], joined: readonly boolean[], tokensPerStep: number): Generator<void, PhraseMatch<T>[], void> {
    const out: PhraseMatch<T>[] = [];
    // Per value, where its last match ended: a shorter phrase inside a longer one of the same value is not reported again.
    const endOf = new Map<T, number>();
    let sinceStep = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (++sinceStep > tokensPerStep) {
        sinceStep = 0;
        yield;
      }
      const t = tokens[i]!;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      for (const m of this.longestAt(tokens, joined, i)) {
        if ((endOf.get(m.value) ?? -1) > i) continue;
        endOf.set(m.value, m.last);
        out.push(m);
      }
    }
    return out;
  }

  /** All entries (of different values) that match starting at token `i`, the longest for each value. */
  longestAt(tokens: readonly Token[], joined: readonly boolean[], i: number): PhraseMatch<T>[] {
    const t = tokens[i]!;
    const candidates = this.byFirst.get(t.norm);
    const stemmed = t.stem !== t.norm ? this.byFirst.get(t.stem) : undefined;
    const written = casedForm(t);
    const cased = written !== t.norm ? this.byFirst.get(written) : undefined;
    const out: PhraseMatch<T>[] = [];
    // The word a longer phrase would continue with, looked up once: most entries fail on it, without a full match attempt.
    const j = joined[i] ? nextWord(tokens, i) : -1;
    const next = j >= 0 && (tokens[j]?.kind === 'word' || tokens[j]?.kind === 'number') ? tokens[j] : undefined;
    if (candidates) this.collect(tokens, joined, i, candidates, out, next);
    if (stemmed) this.collect(tokens, joined, i, stemmed, out, next);
    if (cased) this.collect(tokens, joined, i, cased, out, next);
    if (this.wildcardFirst.length) this.collect(tokens, joined, i, this.wildcardFirst, out, next);
    return out;
  }

  private collect(tokens: readonly Token[], joined: readonly boolean[], i: number, list: readonly Entry<T>[], out: PhraseMatch<T>[], next: Token | undefined): void {
    for (const e of list) {
      if (e.words.length > 1) {
        const want = e.words[1]!;
        if (!next) continue;
        if (want !== '*' && !(e.cased ? casedForm(next) === want || next.text === want : next.norm === want || next.stem === want)) continue;
      }
      if (out.some((m) => m.value === e.value)) continue;
      const last = this.matchEntry(tokens, joined, i, e);
      if (last > 0) out.push({ first: i, last, start: tokens[i]!.start, end: tokens[last - 1]!.end, value: e.value });
    }
  }

  /** Index one past the last token when `e` matches at `i`, else -1. */
  private matchEntry(tokens: readonly Token[], joined: readonly boolean[], i: number, e: Entry<T>): number {
    let k = i;
    for (let w = 0; w < e.words.length; w++) {
      const t = tokens[k];
      if (!t || (t.kind !== 'word' && t.kind !== 'number')) return -1;
      if (w > 0 && !joined[k - 1]) return -1;
      const want = e.words[w]!;
      if (want !== '*') {
        const ok = e.cased ? casedForm(t) === want || t.text === want : t.norm === want || t.stem === want;
        if (!ok) return -1;
      }
      k = nextWord(tokens, k);
    }
    return prevWordEnd(tokens, k);
  }
}

/** The token as written, without a possessive: "Labour's" is "Labour". */
function casedForm(t: Token): string {
  return t.stem !== t.norm ? t.text.slice(0, t.stem.length) : t.text;
}

/** The next word after token k, skipping a hyphen that joins a compound. */
function nextWord(tokens: readonly Token[], k: number): number {
  const next = tokens[k + 1];
  if (next && next.kind === 'punct' && next.glued && /^[-\u2010\u2011]$/.test(next.text)) return k + 2;
  return k + 1;
}

function prevWordEnd(tokens: readonly Token[], k: number): number {
  // k is one past the last matched word (or past a joining hyphen after it): step back to just after the word.
  let j = k;
  while (j > 0 && tokens[j - 1]!.kind === 'punct') j--;
  return j;
}

/**
 * For each token, whether a phrase may continue from it to the next word: only spaces or one hyphen
 * between, within the same sentence. Commas, full stops and line breaks end a phrase.
 */
export function phraseJoins(tokens: readonly Token[], text: string): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let j = k + 1;
    const hyphen = tokens[j];
    if (hyphen && hyphen.kind === 'punct' && hyphen.glued && /^[-\u2010\u2011]$/.test(hyphen.text)) j++;
    const next = tokens[j];
    if (!next || next.sentence !== t.sentence) continue;
    out[k] = next.start - t.end <= 3 && onlySpaceOrHyphen(text, t.end, next.start);
    if (j === k + 2) out[k + 1] = out[k]!;
  }
  return out;
}

function onlySpaceOrHyphen(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011)) return false;
  }
  return true;
}

// The extension builds ship cue entries compactly: "falsify|v" is { phrase: 'falsify', inflect: 'verb' }, "PM|c" is
// cased (about 1.5 kB gzipped of the content script). No phrase contains "|", so a plain string is just a phrase.
const FLAG_INFLECT: Record<string, Inflect> = { v: 'verb', n: 'noun', a: 'adjective' };

/** A data file's entry as one string, for the extension builds. */
export function compactSpec(spec: PhraseSpec): string {
  if (typeof spec === 'string') return spec;
  const flags = `${spec.inflect ? spec.inflect[0] : ''}${spec.cased ? 'c' : ''}`;
  return flags ? `${spec.phrase}|${flags}` : spec.phrase;
}

/** The entry a compact string stands for. */
export function expandSpec(spec: string): { phrase: string; inflect?: Inflect; cased?: boolean } {
  const bar = spec.lastIndexOf('|');
  if (bar < 0) return { phrase: spec };
  const flags = spec.slice(bar + 1);
  const inflect = FLAG_INFLECT[flags[0] ?? ''];
  return { phrase: spec.slice(0, bar), ...(inflect ? { inflect } : {}), ...(flags.includes('c') ? { cased: true } : {}) };
}
