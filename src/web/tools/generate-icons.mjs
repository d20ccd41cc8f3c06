// Draws Palier's icons (a staircase landing on the brand blue) as real PNG files,
// with Node's built-in modules only, so no image tool has to be installed.
// Run: node src/web/tools/generate-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x63, 0xc0];
const WHITE = [0xff, 0xff, 0xff];

// Geometry on a 512 × 512 grid; the steps stay inside the maskable safe zone (centre circle of radius 205).
const STEPS = [
  [150, 293, 223, 366],
  [223, 220, 296, 366],
  [296, 147, 369, 366],
];

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 512 - radius);
  const cy = Math.min(Math.max(y, radius), 512 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideSteps(x, y) {
  return STEPS.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

function render(size, { cornerRadius }) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let foreground = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 512) / size;
          const y = ((py + (sy + 0.5) / samples) * 512) / size;
          if (!insideRoundedSquare(x, y, cornerRadius)) continue;
          if (insideSteps(x, y)) foreground++;
          else background++;
        }
      }
      const covered = background + foreground;
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round((BLUE[c] * background + WHITE[c] * foreground) / covered);
      }
      pixels[offset + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return encodePng(size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
const icons = [
  ['icon-192.png', 192, { cornerRadius: 96 }],
  ['icon-512.png', 512, { cornerRadius: 96 }],
  // Maskable icons must fill the whole square: the platform applies its own mask.
  ['maskable-512.png', 512, { cornerRadius: 0 }],
  ['apple-touch-icon.png', 180, { cornerRadius: 0 }],
];
for (const [name, size, options] of icons) {
  writeFileSync(new URL(name, out), render(size, options));
  console.info(`écrit : ${name} (${size} × ${size})`);
}
