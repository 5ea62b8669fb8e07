#!/usr/bin/env node
// Fails the build if any shipped script of either extension can reach the network (fetch, XHR, WebSocket,
// beacons, event streams, worker imports): the promise in SECURITY.md, checked on what users install.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|RTCPeerConnection/g;
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));

let found = 0;
for (const browser of ['chrome', 'firefox']) {
  for (const file of files(join(ROOT, 'dist', browser))) {
    for (const m of readFileSync(file, 'utf8').matchAll(NETWORK)) {
      found++;
      console.error(`no-network: ${file.replace(ROOT, '')} contains ${m[0]} at ${m.index}`);
    }
  }
}
console.log(`no-network: ${found ? `${found} network call${found === 1 ? '' : 's'} in the shipped code` : 'no network API in the shipped code of either extension'}`);
process.exit(found ? 1 : 0);
