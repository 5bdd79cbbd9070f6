import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so that the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The content seal: SHA-256 over the canonical form of everything the sealed version says. */
export function computeSeal(content: unknown): string {
  return sha256Hex(canonicalJson(content));
}

/** „a1b2 c3d4 e5f6 0718" – the first 16 hex digits in groups, for footers and the screen. */
export function shortSeal(seal: string): string {
  return (seal.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
