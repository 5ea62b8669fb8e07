// One config, three builds: `--mode chrome` → dist/chrome, `--mode firefox` → dist/firefox (the two
/// <reference types="vitest/config" />
// extensions), `--mode lib` → dist/lib (the core and the `civil-post` command line for Node).

import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { compactSpec, type PhraseSpec } from './src/core/text/phrases.ts';
import { CHECKER_ENTRY, CHECKER_FILE, SHARED_MODULES } from './src/content/checker-contract.ts';

type Browser = 'chrome' | 'firefox';

/**
 * MV3 gives promises in both browsers (Firefox's `browser`, Chrome's `chrome`), so the extension builds use
 * the native API instead of webextension-polyfill (4 kB gzipped in every script); its types still apply.
 * Aliases also reach crxjs's separate content-script build, where plugins do not.
 */
const extensionAliases = () => [
  { find: /^webextension-polyfill$/, replacement: fileURLToPath(new URL('./scripts/shims/browser-api.js', import.meta.url)) },
  { find: /^preact$/, replacement: preactWithoutInnerHtml() },
  // The rule pages bundle each rule's test table as its examples; there, testRule just records the table.
  { find: /^\.\.\/\.\.\/testing\/rule-tester\.ts$/, replacement: fileURLToPath(new URL('./src/ui/rules/collect.ts', import.meta.url)) },
  dataAlias(),
];

/** Only src/core imports data files, always as ../data/… or ../../data/…, so both name src/core/data. */
const dataAlias = () => ({ find: /^(?:\.\.\/){1,2}data\/(.+\.json)$/, replacement: `${dataWithoutAbout()}$1.js` });

/**
 * Our data files carry an `about` line for the people who edit them, which no code reads: the extension
 * builds import copies without it (4 kB gzipped of the content script). An alias rather than a plugin,
 * because crxjs builds the content script with the config's aliases but none of its plugins.
 */
function dataWithoutAbout(): string {
  const from = fileURLToPath(new URL('./src/core/data/', import.meta.url));
  const to = fileURLToPath(new URL('./node_modules/.cache/civil-post/data/', import.meta.url));
  for (const file of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.json')) continue;
    const { about: _about, ...data } = JSON.parse(readFileSync(`${from}${file}`, 'utf8')) as Record<string, unknown>;
    // Cue vocabularies ship their entries as "phrase|flags" strings (see compactSpec in src/core/text/phrases.ts).
    if (file.startsWith('cues') && data.cues) data.cues = Object.fromEntries(Object.entries(data.cues as Record<string, PhraseSpec[]>).map(([tag, specs]) => [tag, specs.map(compactSpec)]));
    mkdirSync(dirname(`${to}${file}`), { recursive: true });
    writeFileSync(`${to}${file}.js`, packedModule(data, `${to}${UNPACK}`));
  }
  writeFileSync(`${to}${UNPACK}`, UNPACK_SOURCE);
  return to;
}

/**
 * The data ships as JavaScript, not JSON: each list of strings is one string split at load (a character no entry
 * holds), and lists of single words, which are sorted, are front-coded (each word says how many leading characters
 * it shares with the one before; gzip cannot see that for itself). Decoding is a split and a loop per list, and
 * gives back exactly the values the JSON holds (the lib build reads the same modules, so the eval checks it).
 */
const UNPACK = '_unpack.js';
const UNPACK_SOURCE = `// Decoders for the packed data modules (vite.config.ts, packedModule).
export const L = (s) => s.slice(1).split(s[0]);
export function F(s) {
  const out = s.slice(1).split(s[0]);
  for (let i = 0, prev = ''; i < out.length; i++) prev = out[i] = prev.slice(0, out[i].charCodeAt(0) - 48) + out[i].slice(1);
  return out;
}
`;
/** The decoders as the data modules run them, to prove at build time that every file decodes to its JSON. */
const UNPACKERS = new Function(`${UNPACK_SOURCE.replace(/^export /gm, '')}; return { L, F };`)() as Record<'L' | 'F', (s: string) => string[]>;
const SEPARATORS = [',', ';', '~', '^', '\n', '\t', '\u0001'];
function frontCoded(list: string[]): string[] {
  return list.map((w, i) => {
    const prev = list[i - 1] ?? '';
    let k = 0;
    while (k < 40 && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    return String.fromCharCode(48 + k) + w.slice(k);
  });
}
function packedModule(data: unknown, unpack: string): string {
  type Front = 'never' | 'sorted' | 'smaller';
  const packed = (list: string[], front: boolean) => {
    const items = front ? frontCoded(list) : list;
    const sep = SEPARATORS.find((c) => items.every((v) => !v.includes(c)));
    return sep === undefined ? undefined : `${front ? 'F' : 'L'}(${JSON.stringify(sep + items.join(sep))})`;
  };
  const encode = (value: unknown, front: Front): string => {
    if (Array.isArray(value)) {
      if (value.length >= 3 && value.every((v) => typeof v === 'string')) {
        const plain = packed(value, false);
        const coded = front !== 'never' && value.every((v, i) => i === 0 || value[i - 1]! <= v) ? packed(value, true) : undefined;
        const choice = !coded ? plain : !plain || front === 'sorted' || gzipSync(coded).length < gzipSync(plain).length ? coded : plain;
        if (choice) return choice;
      }
      return `[${value.map((v) => encode(v, front)).join(',')}]`;
    }
    if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${encode(v, front)}`).join(',')}}`;
    return JSON.stringify(value);
  };
  // Front coding only where it makes the file smaller once gzipped (sorted words, mostly; rarely phrases).
  const body = (['never', 'sorted', 'smaller'] as const).map((f) => encode(data, f)).reduce((a, b) => (gzipSync(b).length < gzipSync(a).length ? b : a));
  if (JSON.stringify(new Function('L', 'F', `return ${body};`)(UNPACKERS.L, UNPACKERS.F)) !== JSON.stringify(data)) throw new Error('packedModule: a data file does not decode to its JSON');
  return `import { L, F } from ${JSON.stringify(unpack)};\nexport default ${body};\n`;
}

/**
 * preact with its one `innerHTML` assignment (the dangerouslySetInnerHTML prop, which we never use) made a
 * `textContent` one, so the shipped code can never write HTML and `web-ext lint` has nothing to warn about.
 * Fails the build if a preact update changes that code, so the patch is looked at again.
 */
function preactWithoutInnerHtml(): string {
  const source = readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8');
  const assignments = source.match(/\b\w+\.innerHTML=\w+\.__html\b/g) ?? [];
  if (assignments.length !== 1 || source.split('innerHTML=').length !== 2) throw new Error('preact changed its innerHTML code: review preactWithoutInnerHtml() in vite.config.ts');
  const dir = fileURLToPath(new URL('./node_modules/.cache/civil-post/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}preact.mjs`, source.replace(/\b(\w+)\.innerHTML=(\w+)\.__html\b/, '$1.textContent=$2.__html'));
  return `${dir}preact.mjs`;
}

/**
 * The checker, loaded on the first focused compose box: runtime.ts and everything below it, built as a script of
 * its own (src/content/checker.js) that the background injects into that frame's content-script world, so the
 * content script every matching page loads stays small. runtime.ts is bundled with every module the entry already
 * loads left as an import; those imports become look-ups in the modules the content script hands over
 * (inject-checker.ts), so they stay one copy with one state. The content script build imports a stand-in for
 * runtime.ts (an alias, which crxjs's content-script build applies) whose startRuntime injects, then starts, it.
 */
async function prebuiltRuntime(mode: Browser): Promise<{ aliases: { find: RegExp; replacement: string }[]; checker: string }> {
  const aliases = extensionAliases();
  const root = fileURLToPath(new URL('./', import.meta.url));
  const bundle = async (entry: string, external: (id: string) => boolean, format: 'es' | 'iife' = 'es') => {
    const result = await build({
      configFile: false,
      root,
      mode,
      logLevel: 'warn',
      plugins: [{
        name: 'civil-post:external',
        enforce: 'pre',
        async resolveId(source, importer) {
          if (!importer) return null;
          const resolved = await this.resolve(source, importer, { skipSelf: true });
          return resolved && external(resolved.id) ? { id: resolved.id, external: true } : null;
        },
      }, withoutRuleDescriptions()],
      resolve: { alias: aliases },
      build: { write: false, minify: format === 'iife', target: 'es2022', lib: { entry, formats: [format], name: 'civilPostChecker', fileName: () => 'out.js' }, rollupOptions: { makeAbsoluteExternalsRelative: false } },
    });
    const output = (Array.isArray(result) ? result[0] : result) as { output: { type: string; isEntry?: boolean; code?: string; modules?: Record<string, unknown> }[] };
    return output.output.find((o) => o.type === 'chunk' && o.isEntry)!;
  };
  const runtime = `${root}src/content/runtime.ts`;
  // What the entry already bundles, without the checker.
  const entry = await bundle(`${root}src/content/main.ts`, (id) => id === runtime);
  const shared = new Set(Object.keys(entry.modules ?? {}));
  const { code = '' } = await bundle(runtime, (id) => shared.has(id));
  const lines = code.split('\n');
  const exported = code.match(/^export \{ (\w+) \};$/m);
  if (!exported || exported[1] !== 'startRuntime') throw new Error('prebuiltRuntime: runtime.ts should export startRuntime alone: review vite.config.ts');
  // Each `import … from "/file"` becomes a constant read from the content script's copy of that module.
  const files: string[] = [];
  const lookUps = lines.filter((l) => /^import /.test(l)).map((line) => {
    const m = line.match(/^import (?:(\w+)|\* as (\w+)|(\w+)?,? ?\{ ([^}]*) \})? ?(?:from )?"(\/[^"]+)";$/);
    if (!m) throw new Error(`prebuiltRuntime: cannot read the import ${JSON.stringify(line)}: review vite.config.ts`);
    const [, defaultName, namespace, defaultWithNamed, named, file] = m;
    const module = `__shared[${files.push(file!) - 1}]`;
    if (namespace) return `const ${namespace} = ${module};`;
    const names = [...(defaultName ?? defaultWithNamed ? [`default: ${defaultName ?? defaultWithNamed}`] : []), ...(named ? named.split(', ').map((n) => n.replace(' as ', ': ')) : [])];
    return names.length ? `const { ${names.join(', ')} } = ${module};` : '';
  });
  const body = lines.filter((l) => !/^import /.test(l) && l !== exported[0]).join('\n');
  const dir = fileURLToPath(new URL('./node_modules/.cache/civil-post/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const scope = (name: string) => `globalThis[Symbol.for(${JSON.stringify(name)})]`;
  writeFileSync(`${dir}checker-${mode}.js`, `(() => {\nconst __shared = ${scope(SHARED_MODULES)};\n${lookUps.join('\n')}\n${body}\n${scope(CHECKER_ENTRY)} = startRuntime;\n})();\n`);
  const checker = (await bundle(`${dir}checker-${mode}.js`, () => false, 'iife')).code ?? '';
  writeFileSync(
    `${dir}runtime-${mode}.js`,
    `${files.map((f, i) => `import * as m${i} from ${JSON.stringify(f)};`).join('\n')}\nimport { injectChecker } from ${JSON.stringify(`${root}src/content/inject-checker.ts`)};\n` +
      `export const startRuntime = (options) => injectChecker([${files.map((_, i) => `m${i}`).join(', ')}]).then((start) => start(options));\n`,
  );
  return { aliases: [{ find: /^\.\/runtime\.ts$/, replacement: `${dir}runtime-${mode}.js` }], checker };
}

/** Writes the checker script prebuiltRuntime made next to the content script. */
function checkerScript(checker: string): Plugin {
  return {
    name: 'civil-post:checker-script',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CHECKER_FILE, source: checker });
    },
  };
}

/**
 * A rule's `description` is the sentence the options page, the rule pages and the command line show; nothing in
 * the content script reads it, so its copy of the checker gets empty ones (2 kB gzipped). Only in the prebuilt
 * checker above: the extension pages and dist/lib keep them.
 */
function withoutRuleDescriptions(): Plugin {
  type Node = { type: string; start: number; end: number; [key: string]: unknown };
  return {
    name: 'civil-post:without-rule-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/core\/rules\/.+(?<!\.test)\.ts$/.test(id) || !code.includes('defineRule(')) return null;
      const values: Node[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        const n = node as Node;
        const callee = n.callee as Node | undefined;
        const [meta] = (n.arguments as Node[] | undefined) ?? [];
        if (n.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'defineRule' && meta?.type === 'ObjectExpression') {
          for (const p of meta.properties as Node[]) {
            const key = p.key as Node | undefined;
            if (p.type === 'Property' && key?.type === 'Identifier' && key.name === 'description') values.push(p.value as Node);
          }
        }
        for (const value of Object.values(n)) if (value && typeof value === 'object') visit(value);
      };
      visit(parseAst(code, { lang: 'ts' }, id));
      let out = code;
      for (const v of values.sort((a, b) => b.start - a.start)) {
        // Only plain string literals, and only where the offsets read back the same string.
        if (v.type !== 'Literal' || typeof v.value !== 'string' || !/^'[^'\n]*'$/.test(out.slice(v.start, v.end)) || out.slice(v.start + 1, v.end - 1) !== v.value) continue;
        out = `${out.slice(0, v.start)}''${out.slice(v.end)}`;
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Each browser gets only the manifest keys it understands, so neither warns about the other's. */
function manifestFor(browser: Browser): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, any>;
  // The background injects the checker into a frame whose compose box was focused (and, in Chrome, the new content
  // script into tabs open at an update). Same sites as the content scripts, so no new permission warning.
  manifest.permissions = [...manifest.permissions, 'scripting'];
  manifest.host_permissions = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    delete manifest.background.scripts;
  } else {
    delete manifest.background.service_worker;
    // Firefox defines no schema for managed storage; policies.json is read as it is. Its id is gecko.id, not `key`.
    delete manifest.storage;
    delete manifest.key;
  }
  return manifest as ManifestV3Export;
}

/** Writes Chrome's managed-storage schema from the settings declaration, so it never drifts from it. */
function managedSchemaPlugin(): Plugin {
  return {
    name: 'civil-post:managed-schema',
    async generateBundle() {
      const { managedSchema, RULES } = await import('./src/core/index.ts');
      const { default: messages } = await import('./public/_locales/en_GB/messages.json', { with: { type: 'json' } });
      const text = (key: string) => (messages as Record<string, { message: string } | undefined>)[key]?.message ?? '';
      const describe = (key: string) => ({ title: text(`settingsLabel_${key}`) || key, description: text(`settingsHelp_${key}`) });
      this.emitFile({
        type: 'asset',
        fileName: 'managed_schema.json',
        source: JSON.stringify(managedSchema(RULES.map((r) => r.id), describe), null, 2),
      });
    },
  };
}

export default defineConfig(async ({ mode, command }): Promise<UserConfig> => {
  if (mode === 'lib') {
    return {
      publicDir: false,
      // The command line reads the same compact data as the extensions, so `npm run eval` scores what ships.
      resolve: { alias: [dataAlias()] },
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        lib: { entry: { index: 'src/core/index.ts', cli: 'src/cli/main.ts' }, formats: ['es'] },
        // The command line's own packages are CommonJS written for Node: Node loads them from node_modules.
        rollupOptions: { external: [/^node:/, 'papaparse', 'cli-progress', 'picocolors'] },
      },
    };
  }
  if (mode === 'chrome' || mode === 'firefox') {
    // The checker script in builds only (the dev server serves the modules); CIVIL_POST_MODULES=1 leaves it out
    // too, for scripts/content-size.mjs, which lists the parts module by module.
    const prebuilt = command === 'build' && !process.env.CIVIL_POST_MODULES ? await prebuiltRuntime(mode) : null;
    return {
      plugins: [
        preact(),
        crx({ manifest: manifestFor(mode), browser: mode, contentScripts: { standaloneFiles: ['src/content/main.ts'] } }),
        ...(mode === 'chrome' ? [managedSchemaPlugin()] : []),
        ...(prebuilt ? [checkerScript(prebuilt.checker)] : []),
      ],
      resolve: { alias: [...(prebuilt?.aliases ?? []), ...extensionAliases()] },
      build: {
        outDir: `dist/${mode}`,
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        // No modulepreload polyfill: it fetches scripts, and every supported browser preloads modules itself.
        modulePreload: { polyfill: false },
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
