/**
 * Round thirty-eight, fix38d (tuned-styles-northern: Norwegian, Danish, Swedish, Finnish, Dutch, German): a leading
 * mention asked in those languages with a colleague's spare moment or away from the machine; how long, in their number
 * words, with their corrections; Finnish case endings on a unit's name; the Nordic and Finnish verbs, nouns and turns
 * of a request; a door's key hanging somewhere. Sentences of our own of each kind, and look-alikes that keep their
 * reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a leading mention asked in another language, with a spare moment or away from the machine: a person’s', () => {
  nothingAsked([
    '<@U02KARI55> kan du slette nøkkelen til fish-tracker når du har tid?',
    '<@U02OLLE77> kan du återkalla nyckeln för order-bot när du har tid?',
    '<@U02HANNE9> kan du lave en nøgle til pallet-scan? min computer er død',
    '<@U02MIKKO3> voitko luoda avaimen yksikölle crane-watch? olen junassa',
    '<@U02URS11> chasch mir en Key für lager-bot mache? bin im Zug',
    '<@U02SAM44> can you make me a token for 2h? my laptop is with IT',
  ]);
  // look-alike: the same asked of the bot, with nobody away, is still a request
  keeps([
    ['kan du lage en nøkkel til fish-tracker?', 'create_key', 'fish-tracker'],
    ['voitko luoda avaimen yksikölle crane-watch?', 'create_key', 'crane-watch'],
  ]);
  // (merge38: "<@U…> kan du skapa en nyckel åt mig till order-bot?", with nobody away, is the README's leading mention
  // taken for the bot's, as "<@U…> can you create a key for me for order-bot?" is: a request, not a colleague's.)
});

describe('how long, in Danish, Norwegian, Swedish, Finnish, Dutch and spoken German number words', () => {
  slots([
    ['token i tre timer takk', { intent: 'token', ttlSeconds: 10800 }],
    ['et token i fem timer, nej, syv', { intent: 'token', ttlSeconds: 25200 }],
    ['kan jeg få et token i halvanden time?', { intent: 'token', ttlSeconds: 5400 }],
    ['token i et kvarter', { intent: 'token', ttlSeconds: 900 }],
    ['en token i fyra timmar tack', { intent: 'token', ttlSeconds: 14400 }],
    ['token i tre kvart till Frankfurt', { intent: 'token', ttlSeconds: 2700, region: 'eu-central-1' }],
    ['en token i en och en halv timme', { intent: 'token', ttlSeconds: 5400 }],
    ['token kahdeksaksi tunniksi', { intent: 'token', ttlSeconds: 28800 }],
    ['token puolitoista tuntia', { intent: 'token', ttlSeconds: 5400 }],
    ['token van 3u graag', { intent: 'token', ttlSeconds: 10800 }],
    ['token 3 uur, of nee, 2 uur', { intent: 'token', ttlSeconds: 7200 }],
    ['bruch es Token für drüü Stund', { intent: 'token', ttlSeconds: 10800 }],
    ['brauche ein Token für eine Dreiviertelstunde', { intent: 'token', ttlSeconds: 2700 }],
  ]);
  // look-alike: an English text with the same short words keeps its reading
  slots([['token to fire off the nightly batch, 2h', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('Finnish case endings on a unit’s name or a mention', () => {
  reads([
    ['luo avain crane-watchille', 'create_key', 'crane-watch'],
    ['näytä crane-watchin avaimet', 'details', 'crane-watch'],
    ['peru avain order-bot:lta heti', 'revoke', 'order-bot'],
    ['kierrätä pallet-scanin avain', 'rotate', 'pallet-scan'],
  ]);
  // look-alike: an English name ending in "-in" is not cut
  keeps([['create a key for sso-login', 'create_key', 'sso-login']]);
});

describe('Danish, Norwegian and Swedish verbs and turns of a request', () => {
  reads([
    ['trekk tilbake nøkkelen til fish-tracker', 'revoke', 'fish-tracker'],
    ['bytt ut nøkkelen for pallet-scan', 'rotate', 'pallet-scan'],
    ['spær nøglen til order-bot med det samme', 'revoke', 'order-bot'],
    ['dra in nycklarna för crane-watch', 'revoke', 'crane-watch'],
  ]);
  slots([
    ['hvilke enheder er jeg ejer af?', { intent: 'list', owner: 'me' }],
    ['vilka bu:er är mina?', { intent: 'list', owner: 'me' }],
    ['finnes det Mistral-modeller i Irland?', { intent: 'models', provider: 'mistral', region: 'eu-west-1' }],
  ]);
  // look-alikes: a change not to be made, and one taken back
  neverActs(['rotera inte nyckeln för order-bot nu', 'legg ned fish-tracker? nei, behold den']);
});

describe('a door’s key hanging somewhere, in Norwegian: not ours', () => {
  nothingAsked(['nøkkelen til lagerrommet henger på kontoret']);
  // look-alike: a key of ours for a unit is still asked for
  stillActs(['ny nøkkel til fish-tracker takk']);
});

describe('Dutch and German verbs, split around their object or read as nothing', () => {
  reads([
    ['trek de key van ticket-scan in', 'revoke', 'ticket-scan'],
    ['hef de unit zomer-promo op, de actie is klaar', 'deprovision', 'zomer-promo'],
    ['blokkeer de key van kassa-sync', 'revoke', 'kassa-sync'],
    ['tausch den Key von lager-bot aus', 'rotate', 'lager-bot'],
    ['rotier den Schlüssel von lager-bot', 'rotate', 'lager-bot'],
    ['die ganze Unit messe-2024 stilllegen bitte', 'deprovision', 'messe-2024'],
  ]);
  slots([
    ['Kosten für lager-bot vor drei Monaten', { intent: 'spend', period: { kind: 'month', monthsAgo: 3 } }],
    ['Verlauf von lager-bot im Vormonat', { intent: 'history', period: { kind: 'month', monthsAgo: 1 } }],
  ]);
  // look-alikes: a question put to the people, and an English "trek"
  neverActs(['weiß jemand, ob die Keys von lager-bot schon gesperrt sind?']);
  nothingAsked(['the team trek in the alps was great']);
});

describe('Finnish "älä" (don’t) before the verb: not to be done', () => {
  neverActs(['älä peru crane-watchin avainta vielä']);
  // look-alike: the same verb without it is the request
  keeps([['peru crane-watchin avain', 'revoke', 'crane-watch']]);
});

describe('questions and commands of the last batch: Finnish, Danish and Dutch', () => {
  slots([
    ['paljonko crane-watch maksoi viime kuussa?', { intent: 'spend', businessUnit: 'crane-watch' }],
    ['wanneer is de key van kassa-sync gemaakt?', { intent: 'history', businessUnit: 'kassa-sync' }],
    ['van welke teams ben ik eigenaar?', { intent: 'list', owner: 'me' }],
  ]);
  reads([['luk enheden fish-tracker helt ned', 'deprovision', 'fish-tracker']]);
  // look-alike: a unit closed down, then kept, is asked for nothing
  neverActs(['legg ned fish-tracker? nei, vi beholder den']);
});
