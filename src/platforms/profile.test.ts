// Profiles per account: handle lines beat site lines beat the default, and one click writes the right line.
import { describe, expect, it } from 'vitest';
import { profileFor, switchedProfiles } from './profile.ts';

describe('profileFor', () => {
  const lines = ['@DfTgov = official', 'linkedin.com = personal', 'x = personal', 'nonsense', 'facebook = maybe'];
  it('a handle line wins, case-insensitive, with or without @', () => {
    expect(profileFor(lines, 'personal', 'x', 'dftgov')).toEqual({ account: 'official', handle: 'dftgov', source: 'handle' });
    expect(profileFor(['DfTgov=official'], 'personal', 'x', 'DfTgov').account).toBe('official');
  });
  it('otherwise the site line, then the default account type', () => {
    expect(profileFor(lines, 'official', 'x', 'someone_else')).toMatchObject({ account: 'personal', source: 'site' });
    expect(profileFor(lines, 'official', 'linkedin', '')).toMatchObject({ account: 'personal', source: 'site' });
    expect(profileFor(lines, 'official', 'facebook', 'sam')).toMatchObject({ account: 'official', source: 'default' });
  });
});

describe('switchedProfiles', () => {
  it('flips the handle line, replacing an earlier one', () => {
    const p = profileFor(['@DfTgov = official', 'x = personal'], 'personal', 'x', 'DfTgov');
    expect(switchedProfiles(['@DfTgov = official', 'x = personal'], p, 'x')).toEqual(['x = personal', '@DfTgov = personal']);
  });
  it('writes a site line when the site shows no handle', () => {
    const p = profileFor([], 'personal', 'linkedin', '');
    const next = switchedProfiles([], p, 'linkedin');
    expect(next).toEqual(['linkedin.com = official']);
    expect(profileFor(next, 'personal', 'linkedin', '').account).toBe('official');
  });
});
