// The manifest key fixes the Chrome id that the docs and sample policies name, whatever folder the extension is loaded from.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionIdFromKey } from './extension-id.mjs';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as { key: string };
const ID = 'hehlhfhhfjgjbbnaepicjeoakpkidlpa';

describe('extension id', () => {
  it('is the one derived from the manifest key', () => {
    expect(extensionIdFromKey(manifest.key)).toBe(ID);
  });
  it('is the id every Chrome/Edge sample policy and docs/admin.md name', () => {
    const dir = new URL('../docs/policies/', import.meta.url);
    const chromeSamples = readdirSync(dir).filter((f) => /chrom|edge/i.test(f) && readFileSync(new URL(f, dir), 'utf8').includes('3rdparty'));
    expect(chromeSamples.length).toBeGreaterThan(0);
    for (const f of chromeSamples) expect(readFileSync(new URL(f, dir), 'utf8'), f).toContain(ID);
    expect(readFileSync(new URL('../docs/admin.md', import.meta.url), 'utf8')).toContain(ID);
  });
});
