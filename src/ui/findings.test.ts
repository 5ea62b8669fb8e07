// Presenting findings: severity order, groups with counts, whole-post notes, keys that survive typing before the words.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/index.ts';
import { cleanSuggestion, present, signature } from './findings.ts';

const f = (rule: string, severity: Finding['severity'], start: number, end: number): Finding => ({
  rule, severity, start, end, category: 'style', message: `${rule} message`, guidance: 'G30',
});

describe('present', () => {
  const text = 'Going forward we will deliver OFFICIAL-SENSITIVE plans!!! and more words here.';
  const findings = [
    f('words-to-avoid', 'info', 0, 13),
    f('long-sentence', 'info', 0, text.length),
    f('shouting', 'warning', 55, 58),
    f('classification-marking', 'error', 30, 48),
  ];
  it('puts the most severe group first, each sorted by position, with counts', () => {
    const p = present(findings, text);
    expect(p.groups.map((g) => [g.severity, g.items.map((i) => i.finding.rule)])).toEqual([
      ['error', ['classification-marking']],
      ['warning', ['shouting']],
      ['info', ['words-to-avoid']],
    ]);
    expect(p.counts).toEqual({ error: 1, warning: 1, info: 2 });
    expect(p.worst).toBe('error');
  });
  it('shows a finding over the whole post as a note, not in a group', () => {
    const p = present(findings, text);
    expect(p.notes.map((i) => i.finding.rule)).toEqual(['long-sentence']);
  });
  it('keys stay the same when text is typed before the words', () => {
    const before = present([f('shouting', 'warning', 5, 8)], 'Wow! !!! ok').groups[0]!.items[0]!.key;
    const after = present([f('shouting', 'warning', 9, 12)], 'Wow! yes !!! ok').groups[0]!.items[0]!.key;
    expect(after).toBe(before);
  });
  it('repeated words get distinct keys', () => {
    const p = present([f('shouting', 'warning', 0, 2), f('shouting', 'warning', 5, 7)], '!! a !! b');
    const keys = p.groups[0]!.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('signature and suggestions', () => {
  it('changes when a finding moves, not when nothing changed', () => {
    const a = [f('x', 'info', 0, 2)];
    expect(signature(a)).toBe(signature([f('x', 'info', 0, 2)]));
    expect(signature(a)).not.toBe(signature([f('x', 'info', 1, 3)]));
  });
  it('drops a rule\'s own "Try:" so the card never says "Try: Try:"', () => {
    expect(cleanSuggestion('Try: use.')).toBe('use.');
    expect(cleanSuggestion(undefined)).toBe('');
  });
});
