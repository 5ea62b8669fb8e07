// Finds emoji (a whole sequence such as a flag, a skin tone or a family counts once) for the emoji and X length rules.

import type { Match } from './terms.ts';
import { allMatches } from './matches.ts';

// Pictographs with their modifiers and joiners, regional-indicator pairs (flags) and keycaps.
const EMOJI =
  /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;
// Extended_Pictographic includes symbols that everyone types as text.
const NOT_EMOJI = new Set(['©', '®', '™', '‼', '⁉', '↔', '↕']);

export function findEmoji(text: string): Match[] {
  const out: Match[] = [];
  for (const m of allMatches(EMOJI, text)) {
    if (NOT_EMOJI.has(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function countEmoji(text: string): number {
  return findEmoji(text).length;
}
