// Splits a post into sentences and counts words, for rules that judge sentence by sentence.

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (and any closing quotes or brackets) followed by white space, or at a line break.
const SENTENCE = /[^\n]+?(?:[.!?…]+["'”’)\]]*(?=\s|$)|(?=\n)|$)/gu;

/** [start, end) of each sentence, trimmed of surrounding white space; empty sentences are skipped. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

const LINK_OR_TAG = /(?:https?:\/\/|www\.)\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)+\/\S*|[#@][\p{L}\p{N}_]+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Words in a piece of text, not counting links, hashtags or mentions. */
export function countWords(text: string): number {
  let n = 0;
  const plain = /[#@/]|www\./u.test(text) ? text.replace(LINK_OR_TAG, ' ') : text;
  for (const _ of plain.matchAll(WORD)) n++;
  return n;
}
