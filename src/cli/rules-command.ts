// `civil-post rules`: every rule with its category, severity, guidance lines and what it looks for.

import { RULES, severityLabel } from '../core/index.ts';
import type { Output } from './output.ts';

export function runRules(format: 'text' | 'json', out: Output): 0 {
  if (format === 'json') {
    const rules = RULES.map((r) => ({ id: r.id, category: r.category, severity: r.severity, guidance: [...r.guidance], description: r.description }));
    out.write(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(...RULES.map((r) => r.id.length)) + 2;
  // "error/warning": error from an official account, warning from a personal one.
  const severityWidth = Math.max(...RULES.map((r) => severityLabel(r).length)) + 2;
  for (const r of RULES) {
    out.write(`${r.id.padEnd(idWidth)}${r.category.padEnd(16)}${severityLabel(r).padEnd(severityWidth)}${r.guidance.join(', ').padEnd(16)}${r.description}\n`);
  }
  return 0;
}
