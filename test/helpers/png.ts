import { crc32, deflateSync } from 'node:zlib';

export function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/** A real PNG of a wavy pen stroke, as a drawn signature would be (grey-alpha, transparent background). */
export function signaturePng(width = 240, height = 80, seed = 1): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 2);
    for (let x = 0; x < width; x++) {
      const curve = height / 2 + Math.sin((x / width) * Math.PI * (3 + seed)) * (height / 3);
      const on = Math.abs(y - curve) < 2.2 && x > 10 && x < width - 10;
      row[1 + x * 2] = 16;
      row[2 + x * 2] = on ? 255 : 0;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 4; // grey + alpha
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

export function signatureDataUrl(seed = 1): string {
  return `data:image/png;base64,${signaturePng(240, 80, seed).toString('base64')}`;
}

/** A fully transparent PNG of the given size: the same box as a signature, with no ink. */
export function blankPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) rows.push(Buffer.alloc(1 + width * 2));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 4;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
