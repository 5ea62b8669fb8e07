// Rewrites the Rules column of docs/guidance-coverage.md from the rule registry (run after adding a rule).
// Reasons for lines with no rule are kept; a line that gains a rule loses its reason.
import { readFileSync, writeFileSync } from 'node:fs';

const { RULES } = await import('../dist/lib/index.js');
const url = new URL('../docs/guidance-coverage.md', import.meta.url);
const lines = readFileSync(url, 'utf8').split('\n');
const out = lines.map((line) => {
  const cells = line.split('|');
  const id = cells[1]?.trim();
  if (!/^G\d+$/.test(id ?? '')) return line;
  const rules = RULES.filter((r) => r.guidance.includes(id)).map((r) => `\`${r.id}\``).sort();
  cells[3] = ` ${rules.length ? rules.join(', ') : '—'} `;
  if (rules.length) cells[4] = '  ';
  return cells.join('|');
});
writeFileSync(url, out.join('\n'));
