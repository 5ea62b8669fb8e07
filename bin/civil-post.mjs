#!/usr/bin/env node
// Entry point for the `civil-post` command: runs the command line built into dist/lib by `npm run build:lib`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'lib', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('civil-post: the command line is not built yet; run `npm run build:lib` (npm ci does it for you).\n');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
