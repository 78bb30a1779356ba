/**
 * Round forty-five, fix45c (tuned-forms, -waste, -dental, -airport, -ski): kinds of writing the parser misread. Sentences of
 * our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { slots } from './acted.js';

describe('a request line in a form, then a field on the next line: the name ends with its line', () => {
  slots([
    [
      'Change: revoke the Bedrock key for growth\nWindow: tonight 22:00',
      { intent: 'revoke', businessUnit: 'growth' },
    ],
    [
      'Request: new api key for claims\nSchedule: before Friday',
      { intent: 'create_key', businessUnit: 'claims', keyKind: 'api-key' },
    ],
    ['rotate the key for kyc-scoring\nDate: Thursday', { intent: 'rotate', businessUnit: 'kyc-scoring' }],
    ['please rotate the key for payments\nwhen: tonight', { intent: 'rotate', businessUnit: 'payments' }],
  ]);
  // look-alikes: the words on one line stay one name; a field's value is read as before
  slots([
    ['rotate key for payments window', { intent: 'rotate', businessUnit: 'payments-window' }],
    [
      'new key for claims-triage\nExpiry: 60 days',
      { intent: 'create_key', businessUnit: 'claims-triage', expiryDays: 60 },
    ],
  ]);
});
