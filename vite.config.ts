// One config, three builds: `--mode chrome` → dist/chrome, `--mode firefox` → dist/firefox (the two
/// <reference types="vitest/config" />
// extensions), `--mode lib` → dist/lib (the core and the `civil-post` command line for Node).

import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Browser = 'chrome' | 'firefox';

/** Each browser gets only the manifest keys it understands, so neither warns about the other's. */
function manifestFor(browser: Browser): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, any>;
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    delete manifest.background.scripts;
  } else {
    delete manifest.background.service_worker;
    // Firefox defines no schema for managed storage; policies.json is read as it is.
    delete manifest.storage;
  }
  return manifest as ManifestV3Export;
}

/** Writes Chrome's managed-storage schema from the settings declaration, so it never drifts from it. */
function managedSchemaPlugin(): Plugin {
  return {
    name: 'civil-post:managed-schema',
    async generateBundle() {
      const { managedSchema, RULES } = await import('./src/core/index.ts');
      this.emitFile({
        type: 'asset',
        fileName: 'managed_schema.json',
        source: JSON.stringify(managedSchema(RULES.map((r) => r.id)), null, 2),
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        lib: { entry: { index: 'src/core/index.ts', cli: 'src/cli/main.ts' }, formats: ['es'] },
        rollupOptions: { external: [/^node:/] },
      },
    };
  }
  if (mode === 'chrome' || mode === 'firefox') {
    return {
      plugins: [
        preact(),
        crx({ manifest: manifestFor(mode), browser: mode, contentScripts: { standaloneFiles: ['src/content/main.ts'] } }),
        ...(mode === 'chrome' ? [managedSchemaPlugin()] : []),
      ],
      resolve: {
        // twitter-text bundles core-js 2, which looks for the global object with Function('return this')()
        // when window.Math !== Math: true in Firefox content scripts (Xray window), where MV3's CSP blocks
        // it and the whole content script dies. Aliases reach crxjs's separate content-script build; plugins don't.
        alias: [
          { find: /^\.\/_global(\.js)?$/, replacement: fileURLToPath(new URL('./scripts/shims/core-js-global.cjs', import.meta.url)) },
          // The rule pages bundle each rule's test table as its examples; there, testRule just records the table.
          { find: /^\.\.\/\.\.\/testing\/rule-tester\.ts$/, replacement: fileURLToPath(new URL('./src/ui/rules/collect.ts', import.meta.url)) },
        ],
      },
      build: {
        outDir: `dist/${mode}`,
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        // Pages the manifest does not name: the rule explanations, opened from the sidebar's cards.
        rollupOptions: { input: { rules: fileURLToPath(new URL('./src/ui/rules/index.html', import.meta.url)) } },
      },
      server: { cors: false },
    };
  }
  // Unit tests (vitest) and anything else: no extension plugins.
  return {
    plugins: [preact()],
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      environment: 'node',
    },
  };
});
