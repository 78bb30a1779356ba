/**
 * Short references such as "K7QM-2XD9": put in a log line and in the message a person sees
 * (an apology, an explained failure), so an operator can find one from the other.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomText(length: number): string {
  let out = '';
  for (const byte of randomBytes(length)) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

export function newReference(): string {
  return `${randomText(4)}-${randomText(4)}`;
}
