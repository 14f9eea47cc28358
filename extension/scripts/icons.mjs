// The toolbar and store icons, drawn here at build time (no artwork is copied): a blue rounded square with a white
// arrow turning back on itself (money going back). Each pixel is sampled 4×4 times for smooth edges, and the PNG is
// written by the small encoder below (signature, IHDR, one IDAT, IEND; CRC-32 computed here, deflate from node:zlib).
import { deflateSync } from 'node:zlib';

export const iconSizes = [16, 32, 48, 128];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (width × height × 4 bytes) as a PNG file. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = 6; // RGBA
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The shape in unit coordinates (0..1, y down): what colour a point is, or null for transparent.
const blue = [15, 108, 189];
const white = [255, 255, 255];

function inRoundedSquare(x, y) {
  const r = 0.22;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

function inArrow(x, y) {
  // A ring open at the top left (angles measured clockwise on screen from 3 o'clock); at its top end an arrowhead
  // points back, anticlockwise, into the opening.
  const cx = 0.5;
  const cy = 0.54;
  const d = Math.hypot(x - cx, y - cy);
  let angle = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
  if (angle < 0) angle += 360;
  const onRing = d >= 0.2 && d <= 0.3 && !(angle > 185 && angle < 262);
  // Arrowhead: its base across the ring at 262°, its tip along the ring's tangent there.
  const tip = [0.29, 0.268];
  const back1 = [0.443, 0.124];
  const back2 = [0.489, 0.46];
  const side = (p, a, b) => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
  const p = [x, y];
  const s1 = side(p, back1, tip);
  const s2 = side(p, tip, back2);
  const s3 = side(p, back2, back1);
  const inHead = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  return onRing || inHead;
}

function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  return inArrow(x, y) ? white : blue;
}

/** One icon of `size` pixels as PNG bytes. */
export function drawIcon(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return encodePng(size, size, rgba);
}

/** Where each icon goes in the built extension. */
export const iconPath = (size) => `icons/icon-${size}.png`;
