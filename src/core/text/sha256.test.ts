// Our SHA-256 against @noble/hashes (the library it replaced in the shipped code) on every length around the block edges and on any UTF-16.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { H0, K, sha256Hex } from './sha256.ts';

const noble = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

describe('sha256Hex', () => {
  it('computes the standard constants', () => {
    expect(H0.map((x) => (x >>> 0).toString(16))).toEqual(['6a09e667', 'bb67ae85', '3c6ef372', 'a54ff53a', '510e527f', '9b05688c', '1f83d9ab', '5be0cd19']);
    expect(K).toHaveLength(64);
    expect([K[0], K[1], K[62], K[63]].map((x) => (x! >>> 0).toString(16))).toEqual(['428a2f98', '71374491', 'bef9a3f7', 'c67178f2']);
  });

  it('gives the published digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with @noble/hashes at every length up to three blocks, in ASCII and beyond', () => {
    for (let n = 0; n <= 200; n++) {
      for (const unit of ['a', 'é', '€', '😀', '\ud800']) expect(sha256Hex(unit.repeat(n))).toBe(noble(unit.repeat(n)));
    }
  });

  it('agrees with @noble/hashes on any UTF-16, lone surrogates included', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('\ud83d\ude00', 'a', ' ', '\u0000'));
    fc.assert(fc.property(fc.string({ unit, maxLength: 300 }), (text) => sha256Hex(text) === noble(text)), { numRuns: 3000 });
  });
});
