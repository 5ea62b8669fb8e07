// Every string the sidebar, hover card, popup and rule pages show comes from the catalogue under a sidebar…/notice…/popup…/rulePage… key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en_GB/messages.json' with { type: 'json' };
import { CATEGORIES } from '../core/index.ts';
import { DOCKS } from './sidebar/placement.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [join(dir, e.name)] : []));

const used = new Set<string>();
for (const file of [...files('src/ui'), ...files('src/content')]) {
  for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
  for (const m of readFileSync(file, 'utf8').matchAll(/'((?:sidebar|notice|popup|rulePage)[A-Za-z0-9_]+)'/g)) used.add(m[1]!);
}
for (const c of CATEGORIES) used.add(`sidebarCategory_${c}`);
for (const d of DOCKS) used.add(`sidebarDock_${d}`);

describe('UI strings', () => {
  const catalogue = messages as Record<string, unknown>;
  it('every key used exists in en_GB', () => {
    expect([...used].filter((k) => !(k in catalogue))).toEqual([]);
    expect(used.size).toBeGreaterThan(60);
  });
  it('keys are prefixed by the surface that shows them', () => {
    expect([...used].filter((k) => k !== 'extName' && !/^(sidebar|notice|popup|rulePage)/.test(k))).toEqual([]);
  });
});
