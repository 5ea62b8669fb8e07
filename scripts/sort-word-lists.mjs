// Sorts every word list in src/core/data (case-insensitive) and drops duplicates, keeping the file's other keys.
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
