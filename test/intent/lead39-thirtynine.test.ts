/**
 * Round thirty-nine, the lead: the one non-request of the new blind files carried out when first scored (the casino
 * file: a Tagalog request to a mentioned colleague "when you have time"). Asking for someone's spare time is what one
 * asks a person; the bot answers at once. Said in English and in the languages the corpus's writers use, after a
 * leading mention, it puts the message to that person (the data README's "Whom a message is put to").
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, reads, stillActs } from './acted.js';

describe('"when you have time" to a mentioned colleague: put to that person, never carried out', () => {
  const toColleague = [
    '<@U07NADIA> can you rotate the payroll-sync key when you have time?',
    '<@U07NADIA> revoke the old kiosk key whenever you have some free time',
    '<@U07NADIA> pa-rotate naman ng key ng loyalty-app kapag may oras ka',
    '<@U07NADIA> paki-delete yung key ng shift-planner pag free ka',
    '<@U07NADIA> tolong revoke key kiosk-sync kalau sempat ya',
    '<@U07NADIA> bisa rotate key loyalty-app kalau ada waktu?',
    '<@U07NADIA> tu peux faire la rotation de la clé de loyalty-app quand tu auras un moment ?',
    '<@U07NADIA> puoi revocare la chiave di kiosk-sync quando hai un attimo?',
    '<@U07NADIA> ¿puedes revocar la clave de kiosk-sync cuando tengas tiempo?',
    '<@U07NADIA> loyalty-app ki key rotate kar dena jab time mile',
  ];
  neverActs(toColleague);
  it.each(toColleague)('%j is nothing asked of the bot', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('look-alikes keep their reading', () => {
  // the bot spoken to with no spare time asked, and a time that is a slot or a limit
  reads([
    ['<@U0BOTID> pa-revoke yung key ng kiosk-sync', 'revoke', 'kiosk-sync'],
    ['<@U0BOTID> rotate the loyalty-app key, no rush', 'rotate', 'loyalty-app'],
  ]);
  stillActs(['<@U0BOTID> token for 2h, I have time till 5 then a flight']);
  it('"if you have time limits on tokens" asks the bot about its limits', () => {
    expect(parseRequest('<@U0BOTID> if you have time limits on tokens, what are they?').intent).toBe('help');
  });
});
