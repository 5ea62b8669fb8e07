// Draws the icon (a white tick on a green rounded square) at every size the browsers and stores ask for; run when the design changes.
//   public/icons/icon-N.png: 16, 32 (toolbar), 48 (extensions page), 64, 96 (Firefox add-ons), 128 (Chrome Web Store, 96 px of artwork in 16 px padding)
//   docs/store/: edge-logo-300.png (Edge Add-ons store logo) and chrome-promo-440x280.png (Chrome Web Store small promo tile)
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Coverage of a point by the icon: 0 outside, 1 in the square, 2 on the tick. Supersampled for smooth edges. */
function shade(x, y) {
  const r = 0.22;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return 0;
  const seg = (ax, ay, bx, by) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
  };
  return Math.min(seg(0.27, 0.52, 0.43, 0.68), seg(0.43, 0.68, 0.74, 0.34)) < 0.075 ? 2 : 1;
}

/** An RGBA image of width × height with the icon drawn in a square of `box` pixels centred in it, on `background` (or transparent). */
function draw(width, height, box, background) {
  const rows = [];
  const n = 4;
  const x0 = (width - box) / 2;
  const y0 = (height - box) / 2;
  for (let py = 0; py < height; py++) {
    const row = [0];
    for (let px = 0; px < width; px++) {
      let green = 0, white = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const s = shade((px - x0 + (sx + 0.5) / n) / box, (py - y0 + (sy + 0.5) / n) / box);
          if (s === 1) green++;
          if (s === 2) white++;
        }
      const a = (green + white) / (n * n);
      const w = white / Math.max(1, green + white);
      const [r, g, b] = [Math.round(w * 255), Math.round(112 + w * 143), Math.round(60 + w * 195)];
      if (background) {
        const mix = (fg, bg) => Math.round(fg * a + bg * (1 - a));
        row.push(mix(r, background[0]), mix(g, background[1]), mix(b, background[2]), 255);
      } else row.push(r, g, b, Math.round(a * 255));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = (path, png) => writeFileSync(new URL(`../${path}`, import.meta.url), png);
for (const size of [16, 32, 48, 64, 96]) out(`public/icons/icon-${size}.png`, draw(size, size, size));
// The Chrome Web Store asks for 96 × 96 artwork inside a 128 × 128 icon.
out('public/icons/icon-128.png', draw(128, 128, 96));
mkdirSync(new URL('../docs/store/', import.meta.url), { recursive: true });
out('docs/store/edge-logo-300.png', draw(300, 300, 300));
out('docs/store/chrome-promo-440x280.png', draw(440, 280, 200, [243, 242, 241]));
