#!/usr/bin/env node
// For administrators: turns a file of codewords (one per line) into salted hashes for a policy, so the plain list never reaches users' machines.
//
//   node scripts/hash-codewords.mjs codewords.txt [--salt <text>] > hashes.json
//
// Prints {"codewordHashes": {"salt": …, "hashes": […]}}: paste that value into the policy (docs/admin.md).
// Without --salt a random salt is made; keep it to add codewords later to the same list.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hashCodeword, MAX_HASHED_WORDS, normaliseCodeword } from 'civil-post';

const args = process.argv.slice(2);
const saltAt = args.indexOf('--salt');
const salt = saltAt >= 0 ? args[saltAt + 1] : randomBytes(16).toString('hex');
const file = args.find((a, i) => !a.startsWith('--') && !(saltAt >= 0 && i === saltAt + 1));
if (!salt || salt.length < 8) fail('--salt needs at least 8 characters.');
if (!file) fail('usage: node scripts/hash-codewords.mjs <codewords.txt | -> [--salt <text>]');

const text = readFileSync(file === '-' ? 0 : file, 'utf8');
const hashes = new Set();
text.split(/\r?\n/).forEach((line, i) => {
  const phrase = line.trim();
  if (!phrase || phrase.startsWith('#!')) return;
  const words = phrase.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  if (words.length > MAX_HASHED_WORDS) fail(`line ${i + 1}: "${phrase}" has ${words.length} words; hashed codewords may have at most ${MAX_HASHED_WORDS}.`);
  if (normaliseCodeword(phrase).length < 3) fail(`line ${i + 1}: "${phrase}" is too short to match safely (3 letters or digits at least).`);
  hashes.add(hashCodeword(phrase, salt));
});
if (hashes.size === 0) fail('no codewords found in the file.');
// Sorted, so the order gives nothing away about the original list.
process.stdout.write(`${JSON.stringify({ codewordHashes: { salt, hashes: [...hashes].sort() } }, null, 2)}\n`);
console.error(`hash-codewords: ${hashes.size} codeword${hashes.size === 1 ? '' : 's'} hashed with salt ${salt}`);

function fail(message) {
  console.error(`hash-codewords: ${message}`);
  process.exit(2);
}
