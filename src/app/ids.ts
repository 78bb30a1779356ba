import { randomBytes } from 'node:crypto';
import type { IdSource } from '../core/clock.js';
import { newReference } from '../log/reference.js';

/** Request IDs are 120 bits of randomness: unguessable, so a button value alone grants nothing. */
export const cryptoIds: IdSource = {
  requestId: () => `r${randomBytes(15).toString('base64url')}`,
  reference: newReference,
};
