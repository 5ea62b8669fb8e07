// SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex: the hashed codewords' one hash, in a few
// hundred bytes instead of @noble/hashes' classes and checks (now the test oracle, sha256.test.ts).

// The constants are the first 32 bits of the fractional parts of the square roots (H0) and cube roots (K) of
// the first 8 and 64 primes, computed at load rather than shipped; the test compares them with the standard's.
export const H0: number[] = [];
export const K: number[] = [];
for (let n = 2; K.length < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  if (H0.length < 8) H0.push(((Math.sqrt(n) % 1) * 2 ** 32) | 0);
  K.push(((Math.cbrt(n) % 1) * 2 ** 32) | 0);
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
const W = new Int32Array(64);

let buffer = new Uint8Array(256);

/** UTF-8 as TextEncoder gives it (a lone surrogate becomes U+FFFD), then the padding: 0x80, zeros, the bit length. Returns the padded length. */
function padded(text: string): number {
  // At most 3 bytes a UTF-16 unit, then 9 of padding, rounded up to whole 64-byte blocks.
  const size = Math.ceil((text.length * 3 + 9) / 64) * 64;
  if (buffer.length < size) buffer = new Uint8Array(size * 2);
  const bytes = buffer;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) {
      const next = text.charCodeAt(i + 1);
      if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) (c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00)), i++;
      else c = 0xfffd;
    }
    if (c < 0x80) bytes[n++] = c;
    else if (c < 0x800) (bytes[n++] = 0xc0 | (c >> 6)), (bytes[n++] = 0x80 | (c & 63));
    else if (c < 0x10000) (bytes[n++] = 0xe0 | (c >> 12)), (bytes[n++] = 0x80 | ((c >> 6) & 63)), (bytes[n++] = 0x80 | (c & 63));
    else (bytes[n++] = 0xf0 | (c >> 18)), (bytes[n++] = 0x80 | ((c >> 12) & 63)), (bytes[n++] = 0x80 | ((c >> 6) & 63)), (bytes[n++] = 0x80 | (c & 63));
  }
  const bits = n * 8;
  const end = Math.ceil((n + 9) / 64) * 64;
  bytes[n++] = 0x80;
  bytes.fill(0, n, end - 8);
  const high = Math.floor(bits / 2 ** 32);
  for (let i = 0; i < 4; i++) (bytes[end - 8 + i] = (high >>> (24 - 8 * i)) & 255), (bytes[end - 4 + i] = (bits >>> (24 - 8 * i)) & 255);
  return end;
}

export function sha256Hex(text: string): string {
  const length = padded(text);
  const bytes = buffer;
  const h = H0.slice();
  for (let at = 0; at < length; at += 64) {
    for (let t = 0; t < 64; t++) {
      if (t < 16) W[t] = (bytes[at + 4 * t]! << 24) | (bytes[at + 4 * t + 1]! << 16) | (bytes[at + 4 * t + 2]! << 8) | bytes[at + 4 * t + 3]!;
      else {
        const a = W[t - 15]!, b = W[t - 2]!;
        W[t] = ((rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10)) + W[t - 7]! + W[t - 16]!) | 0;
      }
    }
    let [a, b, c, d, e, f, g, k] = h as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t]! + W[t]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      (k = g), (g = f), (f = e), (e = (d + t1) | 0), (d = c), (c = b), (b = a), (a = (t1 + t2) | 0);
    }
    [a, b, c, d, e, f, g, k].forEach((x, i) => (h[i] = (h[i]! + x) | 0));
  }
  return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
