// Sorts every word list in src/core/data and every cue file in src/core/data/cues (case-insensitive), dropping duplicates and keeping other keys.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/core/data/', import.meta.url);
const key = (s) => s.toLowerCase();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const url = new URL(file, dir);
  const data = JSON.parse(readFileSync(url, 'utf8'));
  if (!Array.isArray(data.terms)) continue;
  const seen = new Set();
  data.terms = data.terms
    .map((t) => t.trim())
    .filter((t) => t && !seen.has(key(t)) && seen.add(key(t)))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  writeFileSync(url, `${JSON.stringify(data, null, 2)}\n`);
}

// Cue files (src/core/data/cues/*.json): each tag's phrases, sorted by their phrase, duplicates dropped.
const cueDir = new URL('../src/core/data/cues/', import.meta.url);
const phraseOf = (spec) => (typeof spec === 'string' ? spec : spec.phrase);
for (const file of readdirSync(cueDir).filter((f) => f.endsWith('.json'))) {
  const url = new URL(file, cueDir);
  const data = JSON.parse(readFileSync(url, 'utf8'));
  for (const [tag, specs] of Object.entries(data.cues)) {
    const seen = new Set();
    data.cues[tag] = specs
      .filter((s) => !seen.has(JSON.stringify(s)) && seen.add(JSON.stringify(s)))
      .sort((a, b) => (key(phraseOf(a)) < key(phraseOf(b)) ? -1 : key(phraseOf(a)) > key(phraseOf(b)) ? 1 : 0));
  }
  writeFileSync(url, `${JSON.stringify(data, null, 2)}\n`);
}
