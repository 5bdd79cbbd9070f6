import { PNG } from 'pngjs';
import { AppError } from '../errors';
import { referatMessages as RM } from '../../../shared/text/referatMessages';

/** A drawn signature is a pad-sized picture; anything far larger is not one (and could exhaust memory). */
export const MAX_SIGNATURE_WIDTH = 2400;
export const MAX_SIGNATURE_HEIGHT = 1200;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function refuse(message: string): never {
  throw new AppError('INVALID_INPUT', message, 'imageDataUrl');
}

/**
 * A signature image from outside, made harmless (issue 13, item 4): its header's size is checked against sane bounds
 * before anything is allocated, it is decoded with a real PNG decoder (every chunk, CRC and the compressed data), and
 * it is re-encoded from its pixels – so what is stored and put into Word is a plain PNG of the size it says it is,
 * with no extra chunks.
 */
export function cleanSignaturePng(data: Buffer): Buffer {
  if (data.length < 33 || !data.subarray(0, 8).equals(PNG_MAGIC) || data.toString('ascii', 12, 16) !== 'IHDR') {
    refuse(RM.image.notPng);
  }
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (width < 1 || height < 1 || width > MAX_SIGNATURE_WIDTH || height > MAX_SIGNATURE_HEIGHT) {
    refuse(RM.image.badSize(width, height));
  }
  let png: PNG;
  try {
    png = PNG.sync.read(data);
  } catch {
    refuse(RM.image.damaged);
  }
  if (png.width !== width || png.height !== height || png.data.length !== width * height * 4) {
    refuse(RM.image.damaged);
  }
  const out = new PNG({ width, height });
  png.data.copy(out.data);
  return PNG.sync.write(out, { colorType: 6 });
}
