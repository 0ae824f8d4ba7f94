import { createHash } from 'node:crypto';

/** Our namespace for name-based UUIDs (RFC 9562 version 5): a fixed, random UUID. */
const NAMESPACE = 'a3d5c6e2-5b0f-4d8e-9c1a-7f24e0b6d913';

/**
 * A stable UUID for a record in the open data: HSDS needs UUIDs, Strapi gives documentIds. The same
 * kind and key always give the same UUID, in every build and every language.
 */
export function openDataId(kind: string, ...key: string[]): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(`${kind}:${key.join(':')}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
