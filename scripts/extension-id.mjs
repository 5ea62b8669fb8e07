// The Chrome extension id that a manifest `key` fixes: SHA-256 of the DER public key, first 16 bytes written with the letters a–p.
import { createHash } from 'node:crypto';

/** @param {string} key base64 DER public key, as in manifest.json */
export function extensionIdFromKey(key) {
  const digest = createHash('sha256').update(Buffer.from(key, 'base64')).digest().subarray(0, 16);
  return [...digest].map((b) => String.fromCharCode(97 + (b >> 4), 97 + (b & 15))).join('');
}
