// The string lookup falls back to the bundled en_GB catalogue outside the browser and fills in substitutions.
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en_GB/messages.json' with { type: 'json' };
import { t } from './i18n.ts';

describe('t', () => {
  it('returns the en_GB text for a key', () => {
    expect(t('extName')).toBe('Civil Post');
  });
  it('returns the key itself when it is unknown, so a missing string is visible', () => {
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
  it('every message has a description for translators', () => {
    for (const [key, entry] of Object.entries(messages as Record<string, { message: string; description?: string }>)) {
      expect(entry.description, key).toBeTruthy();
      expect(entry.message.length, key).toBeGreaterThan(0);
    }
  });
});
