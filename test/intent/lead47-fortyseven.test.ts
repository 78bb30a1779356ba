/**
 * Round forty-seven, the lead (tuned-styles-africa): a colleague asked by a Ghanaian, Nigerian, Kenyan, South African
 * or Ethiopian given name, with the Pidgin "abeg" or the Igbo "biko" after it. Sentences of our own, and look-alikes
 * that keep their reading.
 */
import { describe } from 'vitest';
import { nothingAsked, slots } from './acted.js';

describe('a colleague named, then "abeg" or "biko": put to that person', () => {
  nothingAsked([
    'Kwame abeg help me get token for 3h, my system don hang',
    'Ngozi biko create key for the triage bot when you fit',
    'Wanjiru please revoke the chama-bot key, I am in a matatu',
    'Themba, can you rotate the winelands key for me?',
  ]);
  // look-alikes: "abeg" to the bot, and a name that is the one the token is for, stay requests
  slots([
    ['abeg token 2h', { intent: 'token', ttlSeconds: 7200 }],
    ['abeg rotate the kyc-ocr key, e don leak', { intent: 'rotate', businessUnit: 'kyc-ocr' }],
    [
      'create key for ussd-helper, owner kofi@jua.co.ke',
      { intent: 'create_key', businessUnit: 'ussd-helper', owner: 'kofi@jua.co.ke' },
    ],
  ]);
});
