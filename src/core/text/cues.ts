// Cue vocabularies (src/core/data/cues/*.json) compiled into one phrase index, matched once per text: rules ask for matches by tag.

import access from '../data/cues/access.json' with { type: 'json' };
import copying from '../data/cues/copying.json' with { type: 'json' };
import decision from '../data/cues/decision.json' with { type: 'json' };
import engagement from '../data/cues/engagement.json' with { type: 'json' };
import identity from '../data/cues/identity.json' with { type: 'json' };
import impartiality from '../data/cues/impartiality.json' with { type: 'json' };
import people from '../data/cues/people.json' with { type: 'json' };
import politics from '../data/cues/politics.json' with { type: 'json' };
import reader from '../data/cues/reader.json' with { type: 'json' };
import secrecy from '../data/cues/secrecy.json' with { type: 'json' };
import stats from '../data/cues/stats.json' with { type: 'json' };
import timing from '../data/cues/timing.json' with { type: 'json' };
import tone from '../data/cues/tone.json' with { type: 'json' };
import wrongdoing from '../data/cues/wrongdoing.json' with { type: 'json' };
import type { Analysed } from '../context.ts';
import { PhraseIndex, type PhraseMatch, type PhraseSpec } from './phrases.ts';

/** A cue file: what it is for, and phrases under tags ("politics.party", "reader.you"). */
export interface CueFile {
  about: string;
  name: string;
  cues: Record<string, PhraseSpec[]>;
}

// Every cue file, listed once here; a tag is "<file name>.<tag>".
const FILES: readonly CueFile[] = [
  access as CueFile,
  copying as CueFile,
  decision as CueFile,
  engagement as CueFile,
  identity as CueFile,
  impartiality as CueFile,
  people as CueFile,
  politics as CueFile,
  reader as CueFile,
  secrecy as CueFile,
  stats as CueFile,
  timing as CueFile,
  tone as CueFile,
  wrongdoing as CueFile,
];

let index: PhraseIndex<string> | undefined;

function cueIndex(): PhraseIndex<string> {
  // Built on first use, not at load, so a page that never shows a compose box pays nothing.
  index ??= new PhraseIndex(FILES.flatMap((f) => Object.entries(f.cues).map(([tag, specs]) => ({ specs, value: `${f.name}.${tag}` }))));
  return index;
}

export type CueMatch = PhraseMatch<string>;

/** All cue matches in an analysed text, grouped by tag. */
export function matchCues(words: Analysed): Map<string, CueMatch[]> {
  return groupByTag(cueIndex().match(words.tokens, words.joins));
}

/** The same, pausing after every `tokensPerStep` tokens (see `PhraseIndex.matchInSteps`). */
export function* matchCuesInSteps(words: Analysed, tokensPerStep: number): Generator<void, Map<string, CueMatch[]>, void> {
  return groupByTag(yield* cueIndex().matchInSteps(words.tokens, words.joins, tokensPerStep));
}

function groupByTag(matches: readonly CueMatch[]): Map<string, CueMatch[]> {
  const byTag = new Map<string, CueMatch[]>();
  for (const m of matches) {
    const list = byTag.get(m.value);
    if (list) list.push(m);
    else byTag.set(m.value, [m]);
  }
  return byTag;
}

/** The names of every tag, for tests that check each file's tags are used. */
export function cueTags(): string[] {
  return FILES.flatMap((f) => Object.keys(f.cues).map((t) => `${f.name}.${t}`));
}
