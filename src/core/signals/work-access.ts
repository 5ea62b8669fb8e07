// Work access used or offered for private ends: looking someone up on the system, seeing everyone's records.

import type { Context } from '../context.ts';

export interface Lookup {
  start: number;
  end: number;
  sentence: number;
  /** Offered or boasted of ("I can find out a lot more about you"), rather than done. */
  threat: boolean;
}

/** Where the post says records or systems at work were, or could be, used to look at a person. */
export function workLookups(ctx: Context): Lookup[] {
  return ctx.memo('work-access.lookups', () => {
    const { tokens } = ctx.words;
    const found = (tag: string, threat: boolean) => ctx.cues(tag).map((m) => ({ start: m.start, end: m.end, sentence: tokens[m.first]!.sentence, threat }));
    return [...found('access.lookup', false), ...found('access.capability', true)].sort((a, b) => a.start - b.start);
  });
}
