import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const PAGE = 4096;
/** SQLCipher 4's reserved bytes per page: a 16-byte IV, then the HMAC-SHA512. */
const RESERVE = 80;

/**
 * Every page of a SQLCipher 4 file (legacy=4: AES-256-CBC, PBKDF2-HMAC-SHA512 256,000 iterations for a passphrase)
 * decrypted in place, free pages included – as an attacker holding the secret would read it. (`PRAGMA rekey = ''`
 * cannot be used for this: SQLite3 Multiple Ciphers then vacuums and drops every free page.)
 */
export function decryptPages(path: string, secret: { passphrase?: string; key?: Buffer }): Buffer {
  const b = readFileSync(path);
  const salt = b.subarray(0, 16);
  const key = secret.key ?? pbkdf2Sync(Buffer.from(secret.passphrase!.normalize('NFC'), 'utf8'), salt, 256000, 32, 'sha512');
  const out = Buffer.alloc(b.length);
  for (let off = 0; off < b.length; off += PAGE) {
    const start = off === 0 ? 16 : 0;
    const iv = b.subarray(off + PAGE - RESERVE, off + PAGE - RESERVE + 16);
    const d = createDecipheriv('aes-256-cbc', key, iv);
    d.setAutoPadding(false);
    Buffer.concat([d.update(b.subarray(off + start, off + PAGE - RESERVE)), d.final()]).copy(out, off + start);
  }
  out.write('SQLite format 3\0', 0);
  return out;
}

/** Page numbers (from 1) of the free-list leaf pages: pages that hold no data. */
export function freeLeafPages(path: string, secret: { passphrase?: string; key?: Buffer }): number[] {
  const b = decryptPages(path, secret);
  const leaves: number[] = [];
  let trunk = b.readUInt32BE(32);
  while (trunk) {
    const at = (trunk - 1) * PAGE;
    const n = b.readUInt32BE(at + 4);
    for (let i = 0; i < n; i++) leaves.push(b.readUInt32BE(at + 8 + 4 * i));
    trunk = b.readUInt32BE(at);
  }
  return leaves;
}

/** Flips one byte inside page `page` (from 1), as bit rot would: the page's HMAC no longer matches. */
export function flipByteInPage(path: string, page: number): void {
  const bytes = readFileSync(path);
  const at = (page - 1) * PAGE + 200;
  bytes[at] = bytes[at]! ^ 0xff;
  writeFileSync(path, bytes);
}
