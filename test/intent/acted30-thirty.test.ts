/**
 * Round thirty, acted30: kinds of non-request that round thirty's blind files had acted on. Sentences of our own
 * (other trades, words, languages), and the near requests that must still act.
 */
import { describe } from 'vitest';
import { nothingAsked, reads, stillActs } from './acted.js';

describe('a physical key lost or asked after, in another language, is a thing one carries (lost-key-abroad.ts)', () => {
  nothingAsked([
    'Hat jemand meinen Autoschlüssel gesehen? Roter Anhänger, irgendwo in der Kantine verloren',
    'Haustürschlüssel in der Werkstatt liegen lassen, hat ihn jemand gefunden? rotes Band dran',
    'ik ben mijn kluissleutel kwijt, heeft iemand hem gevonden? rode hanger',
    "j'ai perdu ma clé de vestiaire à la cantine, quelqu'un l'a trouvée ?",
    'he perdido la llave de la taquilla en el comedor, ¿alguien la ha encontrado?',
    'lost my bike key at the canteen, anyone found it?',
  ]);
  // look-alikes: a key of ours lost, a unit named: the request stands
  reads([['Ich habe meinen API-Schlüssel verloren, bitte für lager-scan rotieren', 'rotate', 'lager-scan']]);
});

describe('a colleague addressed by name and asked "kun jij / kannst du / potresti …" is asked, not the bot', () => {
  nothingAsked([
    'Marta, kannst du den Key von lager-scan rotieren, wenn du Zeit hast?',
    'Pieter, kun jij de key van dock-planner intrekken? ik sta de hele dag op de kade',
    'Giulia, potresti ruotare la chiave di menu-bot?',
    'Jonas, kannst du den Key von lager-scan rotieren? Ich bin den ganzen Tag in der Werkstatt',
    'Anouk, can you rotate the bakery-pos key when you have a minute?',
  ]);
  // look-alikes: the bot addressed, or no one: the request stands
  reads([
    ['bot, kun jij de key van dock-planner roteren?', 'rotate', 'dock-planner'],
    ['Bedrock, kannst du den Key von lager-scan rotieren?', 'rotate', 'lager-scan'],
    ['Thanks, can you rotate the growth key?', 'rotate', 'growth'],
  ]);
});

describe('an exchange retold with speaker labels is a story; a request on its own line after it acts (retold-exchange.ts)', () => {
  nothingAsked([
    'me: can i get a token for 4h\nbot: sure, here\nmy boss: why do you need 4h\nme: ...\nfun times',
    '10:02 me: rotate the ledger key\n10:03 bot: done\n10:04 me: wait wrong one\nwhat a morning',
    'me: token 2h\nbot: here you go\nme: *forgets to copy it*\nclassic friday',
  ]);
  stillActs([
    'me: token 2h\nbot: here you go\nme: *forgets to copy it*\nanyway, token for 2h please',
    'unit: ledger-sync\nduration: 2h\ntoken please',
  ]);
});

describe("a person's device asked to be deprovisioned is IT's, not ours (not-ours.ts, MACHINE_TAKEN)", () => {
  nothingAsked([
    "please deprovision Maria's phone, she left last week",
    "can IT deprovision Omar's MacBook? his last day was Thursday",
    "IT please deprovision Sven's iPad, he left on Monday",
    'deprovision the iPad of Sanne from the front desk, she left',
  ]);
  // look-alikes: a unit named after a device, a unit whose owner left: the request stands
  reads([
    ['deprovision the kees-ipad-app unit', 'deprovision', 'kees-ipad-app'],
    ['deprovision harbour-pilot, he left on Friday', 'deprovision', 'harbour-pilot'],
  ]);
});

describe('a leading mention asked "can you …" by a writer at or on a place all day is put to that person (tied-up.ts)', () => {
  nothingAsked([
    "<@U04ABCDE12> could you rotate the bakery-pos key? I'm at the market till 6",
    '<@U04ABCDE12> can you revoke the kiln-monitor key? stuck on site till 6',
    "<@U04ABCDE12> can you rotate the dental-imaging key? I'm in the chair all day",
    "<@U04ABCDE12> can you revoke the quarry-scale key? I'm on the weighbridge all day",
  ]);
  // look-alikes: no "can you" put to the one mentioned, or a token for the writer: the request stands
  reads([
    ["<@U04ABCDE12> rotate the quarry-scale key, I'm on the weighbridge all day", 'rotate', 'quarry-scale'],
    ["<@U04ABCDE12> token for 3h please, I'm in the lab all day", 'token', null],
  ]);
});
