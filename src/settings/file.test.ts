// The settings file: export → import round-trips exactly; a broken file is refused whole, with every reason.

import { describe, expect, it } from 'vitest';
import { FILE_FORMAT, parseSettingsFile, settingsFile } from './file.ts';

const mine = {
  account: 'official' as const,
  department: 'Department for Transport',
  codewords: ['KESTREL', 'Project Nightjar'],
  disabledRules: ['profanity'],
  severity: { codeword: 'warning' as const },
  electionPeriod: { start: '2026-04-01', end: '2026-05-07' },
};

describe('settings file', () => {
  it('writes the agreed format and reads it back to the same settings and the same bytes', () => {
    const text = settingsFile(mine);
    expect(JSON.parse(text)).toEqual({ format: FILE_FORMAT, version: 2, settings: mine });
    const parsed = parseSettingsFile(text);
    expect(parsed).toEqual({ ok: true, settings: mine });
    if (parsed.ok) expect(settingsFile(parsed.settings)).toBe(text);
  });

  it('accepts a bare settings object, migrated as version 1', () => {
    expect(parseSettingsFile('{"codewords": "KESTREL, Osprey"}')).toEqual({ ok: true, settings: { codewords: ['KESTREL', 'Osprey'] } });
  });

  it('refuses a broken file whole and says why', () => {
    const reasons = (text: string) => {
      const parsed = parseSettingsFile(text);
      if (parsed.ok) throw new Error('accepted');
      return parsed.problems.map((p) => (p.field ? `${p.field}: ${p.reason}` : p.reason));
    };
    expect(reasons('{"format": "civil-post-settings", "version": 2, "settings": {"account": "official",')[0]).toMatch(/^The file is not valid JSON \(/);
    expect(reasons('[1, 2]')).toEqual(['The file does not hold a settings object.']);
    expect(reasons('{"format": "other-tool", "version": 1, "settings": {}}')).toEqual(['The file\'s format is "other-tool", not "civil-post-settings".']);
    expect(reasons('{"format": "civil-post-settings", "version": 9, "settings": {}}')[0]).toMatch(/newer Civil Post/);
    expect(reasons(JSON.stringify({ format: FILE_FORMAT, version: 2, settings: { account: 'team', handels: [], codewords: ['A', 'a'] } }))).toEqual([
      'account: expected one of official, personal.', 'There is no setting called “handels”.', 'codewords: “a” is listed twice.',
    ]);
  });
});
