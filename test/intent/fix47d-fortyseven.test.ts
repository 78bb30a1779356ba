/**
 * Round forty-seven, fix47d: readings the classifier's retrain moved, decided by the rules by kind. A request taken
 * back and then named in brackets; a token got, told or asked of a person (in English, Czech and Japanese); another
 * person's plan reported. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a request taken back with "cancel" or "withdraw", then named in brackets: taken back whole', () => {
  nothingAsked([
    'cancel my request (the 2h token), the demo is off',
    'cancel my ask (token for 3h) pls, meeting moved',
    'cancel my request (the api key for growth), we will reuse the old one',
    'withdraw my request (the 4h token) please, the workshop moved to friday',
  ]);
  // look-alikes: a key cancelled is revoked; a request after the withdrawal is still asked
  keeps([['cancel the growth key (it leaked)', 'revoke', 'growth']]);
  slots([
    ['token 2h (for the demo)', { intent: 'token', ttlSeconds: 7200 }],
    [
      'cancel my request for the recsys key, then token 2h (for the demo)',
      { intent: 'token', ttlSeconds: 7200 },
    ],
  ]);
});

describe('a token got, told or asked of a person: nothing, whatever the classifier leans to', () => {
  nothingAsked([
    'Kolega v Londýně včera dostal token',
    'Dostal jsem token',
    'トークンもらった？',
    'got your token?',
    'has Mia received her token yet?',
    'my colleague got a token yesterday',
  ]);
  // look-alikes: a token asked for after the story, or asked in Japanese
  slots([
    ['Kolega dostal token, potřebuju taky token na 2 hodiny', { intent: 'token', ttlSeconds: 7200 }],
    ['トークンください', { intent: 'token' }],
  ]);
  neverActs(['got a token? need one too', 'did I get a token?']);
});

describe("another person's plan reported: what they will do, no request", () => {
  nothingAsked([
    'Rina td bilang mau revoke key gudang-ai abis makan siang',
    'Budi bilang dia mau rotate key kasir-ai besok',
    'Rina said she will revoke the gudang-ai key after lunch',
    'Tom says he’ll rotate the ads key tomorrow',
    'Rina said she wants to revoke the gudang-ai key after lunch',
  ]);
  // look-alikes: a request of one's own after the report, or a rule told to "you"
  keeps([['tolong revoke key gudang-ai abis makan siang', 'revoke', 'gudang-ai']]);
  neverActs([
    'my manager said you should revoke the gudang-ai key',
    'Rina said I will need to revoke the gudang-ai key',
  ]);
  slots([
    [
      'Rina said she will revoke the gudang-ai key, please rotate the ads key now',
      { intent: 'rotate', businessUnit: 'ads' },
    ],
  ]);
});
