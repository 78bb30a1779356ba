import { randomBytes } from 'node:crypto';
import type { IdSource } from '../core/clock.js';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomText(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** Request IDs are 120 bits of randomness: unguessable, so a button value alone grants nothing. */
export const cryptoIds: IdSource = {
  requestId: () => `r${randomBytes(15).toString('base64url')}`,
  reference: () => `${randomText(4)}-${randomText(4)}`,
};
