import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs (RFC 9562 §5.5, "version 5": SHA-1 of a namespace and a name). The same name
 * always gives the same UUID, which is what Apple profiles need: installing a profile whose
 * PayloadUUID and PayloadIdentifier match an installed one replaces it instead of adding a second
 * copy of the account.
 */

/** Mailguide's own namespace, so our UUIDs never collide with other name-based UUIDs. Never change it. */
export const MAILGUIDE_NAMESPACE = '5c7f3a52-9d1e-4b8a-a6f0-3e2d1c0b9a87';

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

export function uuidV5(name: string, namespace: string = MAILGUIDE_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
