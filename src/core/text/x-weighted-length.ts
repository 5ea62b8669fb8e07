// X's weighted length of a post from X's published counting rules (twitter-text config v3), and where it passes 280.

import { findXLinks, type Span } from './x-links.ts';
import { allMatches } from './matches.ts';

/** X's limit for a post, in weighted characters. */
export const X_LIMIT = 280;
/** Every link counts as this many characters, whatever its length (X shortens it to a t.co link). */
const LINK_WEIGHT = 23;
/** An emoji sequence (ZWJ sequence, skin tone, flag, keycap) counts as this many, however many code points it has. */
const EMOJI_WEIGHT = 2;

export interface XLength {
  /** The post's length as X counts it. */
  weightedLength: number;
  /** UTF-16 offset in the text of the first character that does not fit in 280; the text's length when all of it fits. */
  overflowAt: number;
}

/**
 * Config v3's ranges, where code points weigh 1: Latin, Greek, Cyrillic, Arabic, Hebrew and the other scripts below
 * U+1100, and general punctuation such as spaces, dashes and quotes. Everything else weighs 2: CJK, most symbols,
 * and every code point beyond the BMP.
 */
function lightCode(code: number): boolean {
  return code <= 0x10ff || (code >= 0x2000 && code <= 0x200d) || (code >= 0x2010 && code <= 0x201f) || (code >= 0x2032 && code <= 0x2037);
}
const ANY_HEAVY = /[^\0-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]/;

// One emoji: a pictograph with its skin tone, or with the emoji presentation selector (U+FE0F) where that selects
// something: after a pictograph shown as text by default (❤ ✔), or after one of those shown as emoji that also have
// a text form (⚡ ⭐ ♈; Unicode's emoji variation sequences). After the rest (🙂, ✅: every astral emoji-presentation
// pictograph and the BMP ones listed) a U+FE0F is a character of its own, as twitter-text counts it; so is a text
// presentation selector (U+FE0E) after any.
const PRESENTED_ALONE = String.raw`(?:[\u23e9-\u23ec\u23f0\u23f3\u26ce\u2705\u270a\u270b\u2728\u274c\u274e\u2753-\u2755\u2795-\u2797\u27b0\u27bf]|(?=\p{Emoji_Presentation})[\u{10000}-\u{10ffff}])\p{Emoji_Modifier}?`;
const ONE_EMOJI = String.raw`(?:${PRESENTED_ALONE}|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)`;
const TAG_FLAG = String.raw`\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}`;
// Sequences: keycaps; flags as regional-indicator pairs or tag sequences (England, Scotland, Wales); emoji joined by ZWJ.
// Sticky: it is tried only where a sequence may be (below), which on most text is nowhere.
const EMOJI_SEQUENCE = new RegExp(
  String.raw`[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{2}|${TAG_FLAG}|${ONE_EMOJI}(?:\u200D(?:${TAG_FLAG}|${ONE_EMOJI}))*`,
  'uy',
);
// Every sequence of more than one code point has one of these code units within its first three (FE0F, ZWJ, keycap,
// the lead surrogate of the regional indicators, skin tones and the flag before tags, or of the tags).
const SEQUENCE_PART = /[\uFE0F\u200D\u20E3\uD83C\uDB40]/g;

interface Unit extends Span {
  weight: number;
}

/** Emoji sequences of more than one code point (a single code point weighs as its range says: © is 1, 🙂 is 2). */
function emojiSequences(text: string): Unit[] {
  const out: Unit[] = [];
  let covered = 0;
  SEQUENCE_PART.lastIndex = 0;
  for (let part = SEQUENCE_PART.exec(text); part; part = SEQUENCE_PART.exec(text)) {
    // The sequence holding this part starts at most two code units before it, as a scan from the left would find it.
    for (let start = Math.max(covered, part.index - 2); start <= part.index; start++) {
      EMOJI_SEQUENCE.lastIndex = start;
      const m = EMOJI_SEQUENCE.exec(text);
      if (!m || m.index + m[0].length <= part.index) continue;
      const first = m[0].codePointAt(0)!;
      if (m[0].length > (first > 0xffff ? 2 : 1)) out.push({ start: m.index, end: m.index + m[0].length, weight: EMOJI_WEIGHT });
      covered = m.index + m[0].length;
      break;
    }
    SEQUENCE_PART.lastIndex = Math.max(SEQUENCE_PART.lastIndex, covered);
  }
  return out;
}

/** X's weighted length of `text`, and the offset in `text` from which it no longer fits in X's 280. */
export function xWeightedLength(text: string): XLength {
  // X counts the NFC form (an accent typed as a combining mark counts once with its letter).
  const normal = text.normalize('NFC');
  const { weight, overflowAt } = weigh(normal);
  return { weightedLength: weight, overflowAt: normal === text ? overflowAt : toOriginalOffset(text, overflowAt, normal.length) };
}

function weigh(text: string): { weight: number; overflowAt: number } {
  const units = inOrder(findXLinks(text), emojiSequences(text));
  units.push({ start: text.length, end: text.length, weight: 0 });
  // Most posts have no character of weight 2 at all (V8 answers that at once for Latin-1 text).
  const light = !ANY_HEAVY.test(text);
  let weight = 0;
  let overflowAt = -1;
  let i = 0;
  for (const unit of units) {
    if (unit.start < i) continue;
    if (light) {
      // A run of characters of weight 1: the first past the limit may be any of them.
      if (overflowAt < 0 && weight + unit.start - i > X_LIMIT) overflowAt = i + (X_LIMIT - weight);
      weight += unit.start - i;
    } else {
      for (; i < unit.start; i++) {
        const at = i;
        const code = text.charCodeAt(i);
        if (lightCode(code)) weight += 1;
        else {
          weight += 2;
          // A surrogate pair is one code point.
          if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
        }
        if (overflowAt < 0 && weight > X_LIMIT) overflowAt = at;
      }
    }
    // A link or emoji sequence fits whole or not at all.
    weight += unit.weight;
    if (overflowAt < 0 && weight > X_LIMIT) overflowAt = unit.start;
    i = unit.end;
  }
  return { weight, overflowAt: overflowAt < 0 ? text.length : overflowAt };
}

/** Links and emoji sequences in order of where they start; where one of each starts at the same place, the link first. */
function inOrder(links: Span[], emoji: Unit[]): Unit[] {
  const out: Unit[] = [];
  let e = 0;
  for (const link of links) {
    while (e < emoji.length && emoji[e]!.start < link.start) out.push(emoji[e++]!);
    out.push({ start: link.start, end: link.end, weight: LINK_WEIGHT });
  }
  while (e < emoji.length) out.push(emoji[e++]!);
  return out;
}

// Runs of code units from U+0300 up: a code unit below U+0300 is a starter that composes with nothing before it
// (checked over every code point), so NFC never changes across the start of one.
const HIGH_RUN = /[^\0-\u02ff]+/g;

/**
 * Maps an offset in the NFC form back to `text`: the stretches of low code units are the same in both, and each
 * high run (with the letter before it, which its marks may join) is normalised alone.
 */
function toOriginalOffset(text: string, normalOffset: number, normalLength: number): number {
  if (normalOffset >= normalLength) return text.length;
  let original = 0;
  let normal = 0;
  for (const m of allMatches(HIGH_RUN, text)) {
    const start = Math.max(original, m.index - 1);
    if (normalOffset < normal + (start - original)) break;
    normal += start - original;
    original = start;
    const piece = text.slice(start, m.index + m[0].length);
    const normalPiece = piece.normalize('NFC');
    if (normalOffset < normal + normalPiece.length) return original + offsetInPiece(piece, normalOffset - normal);
    normal += normalPiece.length;
    original += piece.length;
  }
  return original + (normalOffset - normal);
}

/** The longest prefix of `piece` whose NFC form is at most `target` code units long (binary search on the prefix). */
function offsetInPiece(piece: string, target: number): number {
  let lo = 0;
  let hi = piece.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (piece.slice(0, mid).normalize('NFC').length <= target) lo = mid;
    else hi = mid - 1;
  }
  // Never between the two halves of a surrogate pair.
  if (lo > 0 && (piece.charCodeAt(lo) & 0xfc00) === 0xdc00) lo--;
  return lo;
}
