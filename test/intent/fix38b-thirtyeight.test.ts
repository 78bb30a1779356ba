/**
 * Round thirty-eight, fix38b (tuned-textile): romanised and scripted Bengali; Turkish and Portuguese words the
 * glossary lacked; a spare moment asked of a person in Portuguese and Spanish; no laptop access as the reason for a
 * token; a signature's "Key Accounts"; a kind written with its noun ("api type"); "a 12h+ token possible?"; the spend
 * named as a command's purpose; canteen tokens; and (tuned-winery) a place "down that way", no outage. Sentences of our
 * own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('romanised Bengali: hours, asks, postpositions, last month, a unit closed', () => {
  slots([
    ['bhai ekta token din please, char ghonta', { intent: 'token', ttlSeconds: 14400 }],
    ['amar 2 ghontar jonno ekta token lagbe', { intent: 'token', ttlSeconds: 7200 }],
    ['gato mash e amader koto khoroch holo?', { intent: 'spend', period: { kind: 'month', monthsAgo: 1 } }],
    ['ami kon kon team er owner? dekhan', { intent: 'list', owner: 'me' }],
  ]);
  reads([
    ['ledger-sync er key ta rotate kore den', 'rotate', 'ledger-sync'],
    ['dye-lab er api key ta revoke koren', 'revoke', 'dye-lab'],
    ['fabric-qc unit ta bondho kore den, ar lagbe na', 'deprovision', 'fabric-qc'],
  ]);
  // look-alikes: not needed now, a thank-you, a canteen's tokens, a colleague asked to do it, what a person did
  nothingAsked([
    'ekhon token lagbe na, kal dekhbo',
    'onek dhonnobad bhai',
    'canteen er token gulo ke niyeche?',
    '<@U09SALMA> apa amar jonno ekta key niye den, laptop theke parchi na',
    'apni ki dye-lab er key ta revoke korechen?',
  ]);
});

describe('Bengali in its script: hours and need', () => {
  slots([['তিন ঘণ্টার একটা টোকেন দরকার', { intent: 'token', ttlSeconds: 10800 }]]);
});

describe('Turkish: permanent, mine, who got, approval, "dk" minutes', () => {
  slots([
    ['token lazım, 45 dk', { intent: 'token', ttlSeconds: 2700 }],
    ['hangi ekipler bende?', { intent: 'list', owner: 'me' }],
    ['geçen ay kimler key aldı?', { intent: 'history', period: { kind: 'month', monthsAgo: 1 } }],
    ['anahtar onayı kimde?', { intent: 'help', topic: 'approvals' }],
  ]);
  reads([['`kumas-ai` için kalıcı bir anahtar oluşturur musun? 30 gün', 'create_key', 'kumas-ai']]);
});

describe('Portuguese: a unit deactivated for good, no need to, sharing one’s token', () => {
  reads([['pode desativar de vez a unidade `malha-old`?', 'deprovision', 'malha-old']]);
  slots([['posso partilhar a minha chave com o estagiário?', { intent: 'help', topic: 'general' }]]);
  nothingAsked(['não é preciso revogar nada, já resolvemos']);
  // look-alike: "não é preciso" alone, a thing no longer needed
  nothingAsked(['o token já não é preciso, obrigado']);
});

describe('a spare moment asked of the person mentioned, in Portuguese and Spanish: unknown', () => {
  nothingAsked([
    '<@U04JOANA> quando puderes um minuto, rodas a chave da tinturaria?',
    '<@U04PEDRO> cuando tengas un momento, ¿revocas la llave de ventas-cl?',
  ]);
  // look-alike: the same asked of the bot with no person mentioned
  reads([['revoga a chave da tinturaria-ai por favor', 'revoke', 'tinturaria-ai']]);
});

describe('no laptop access is why a token is asked, not access to a thing', () => {
  slots([
    [
      'token for 3h for r.karim@example.com please, she is in the cutting room with no laptop access',
      { intent: 'token', ttlSeconds: 10800, owner: 'r.karim@example.com' },
    ],
  ]);
  // look-alike: laptop access itself is not ours
  neverActs(['revoke laptop access for r.karim please']);
});

describe('a signature’s "Key Accounts" title asks nothing and its city names no Region', () => {
  slots([
    [
      'Dear bot,\n\nCould I get a token for 3 hours please?\n\nBest regards,\nAmir Sayed\nKey Account Manager, Paris',
      { intent: 'token', ttlSeconds: 10800, region: null },
    ],
  ]);
});

describe('a key’s kind with its noun after it: "api type", "access kind"', () => {
  slots([
    [
      'key for dye-lab, access kind, 30 days',
      { intent: 'create_key', keyKind: 'access-key', expiryDays: 30 },
    ],
    ['new key for sizing-bot please, api type', { intent: 'create_key', keyKind: 'api-key' }],
  ]);
});

describe('a lifetime or more before token, asked whether possible: limits', () => {
  slots([['is a 24h+ token possible for the audit week?', { intent: 'help', topic: 'limits' }]]);
});

describe('the spend named as a command’s purpose: the command', () => {
  keeps([
    [
      'please deprovision `sample-tracker` so it stops showing up in our spend numbers',
      'deprovision',
      'sample-tracker',
    ],
  ]);
  // look-alike: the spend asked
  reads([['what did sample-tracker spend last month?', 'spend', 'sample-tracker']]);
});

describe('where a thing is, "down that way", is no outage told: the Region asked', () => {
  slots([
    [
      'do you do Sydney? our stores are down that way',
      { intent: 'help', topic: 'regions', region: 'ap-southeast-2' },
    ],
  ]);
  // look-alike: another provider down is told, nothing asked
  nothingAsked(['the courier portal is down, no labels printing']);
});
