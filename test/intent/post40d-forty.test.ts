/**
 * Round forty, the review of the merged fixers' words in more-languages.ts (fix40d, fix40e, fix40f): Italian "mi fai"
 * read as "can you get me" before any verb, Portuguese "mudar" (change) read as a rotation in a plan told, a German
 * perfect reaching across the request after it, Italian "dal" applied to an English name, a French future read as a
 * "when" question; each with look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('Italian "mi fai" takes what follows: only before a credential is it a get', () => {
  nothingAsked(['mi fai sapere quando hai revocato la chiave di ml-ops?']);
  neverActs(['mi fai tu la revoca della chiave di ml-ops?', 'mi fai vedere la chiave di ml-ops?']);
  it('"mi fai tu la revoca …" is never a new key', () => {
    expect(parseRequest('mi fai tu la revoca della chiave di ml-ops?').intent).not.toBe('create_key');
  });
  reads([['mi fai vedere la chiave di ml-ops?', 'details', 'ml-ops']]);
  nothingAsked(['mi fai un favore?', '<@U0FRIEND1> mi fai tu una chiave dal bot per kelp-map?']);
  // look-alike: a key asked of the bot keeps its request
  reads([['mi fai una chiave per ml-ops?', 'create_key', 'ml-ops']]);
});

describe('Portuguese "mudar" (change) in a plan told is no rotation', () => {
  nothingAsked(['vamos mudar a chave do ml-ops na próxima sprint', 'ele vai mudar a chave do ml-ops']);
  neverActs(['dá pra mudar a chave do ml-ops?', 'ele vai rotacionar a chave do ml-ops']);
  // look-alikes: the game's currency renamed asks nothing; a rotation asked outright is carried out
  nothingAsked(['a moeda do jogo (token) vai mudar de nome na 4.2']);
  stillActs(['troca a chave do ml-ops']);
});

describe('Danish "kan man få" without a unit: asked, never carried out', () => {
  neverActs(['kan man få en token på 4 timer?', 'can one get a 4 hour token?']);
  slots([['kan man få en access key i Irland?', { intent: 'help', topic: 'regions' }]]);
});

describe('the German perfect stops at a request begun after it', () => {
  reads([
    ['ich habe keine Rechte kannst du den Key von ml-ops widerrufen', 'revoke', 'ml-ops'],
    ['ich hab keinen Zugriff bitte den Key von ml-ops widerrufen', 'revoke', 'ml-ops'],
    ['ich habe keine Rechte kannst du den Key von ml-ops rotieren', 'rotate', 'ml-ops'],
  ]);
  // look-alikes: the perfect told or asked keeps its past
  nothingAsked([
    'hab den Key von ml-ops gestern widerrufen',
    'ich habe den Key von kelp-map heute widerrufen, nur zur Info',
  ]);
  reads([['wer hat den Schlüssel von kelp-map rotiert?', 'history', 'kelp-map']]);
});

describe('Italian "dal" only where Italian is known: "Dal" is a name', () => {
  reads([['Dal from finance needs a token', 'token', null]]);
  stillActs(['token for Dal please']);
});

describe('a French future told is a plan, not a "when" asked', () => {
  nothingAsked([
    'quand on aura fini, on révoquera la clé de ml-ops',
    'on supprimera la clé de ml-ops demain',
    'je révoquerai la clé de ml-ops',
    'nous révoquerons la clé de ml-ops la semaine prochaine',
  ]);
  // look-alikes: the imperative is carried out, the creation date still asked
  stillActs(['révoque la clé de ml-ops']);
  reads([['quand la clé de kelp-map a-t-elle été créée ?', 'history', 'kelp-map']]);
});

describe('a key named by its number in Portuguese is refused, never acted on', () => {
  neverActs(['rotate ml-ops chave 30']);
  it('"chave 30" is named as no key ID', () => {
    const parse = parseRequest('rotate ml-ops chave 30');
    expect(parse.intent).toBe('rotate');
    expect(parse.problems?.map((p) => p.slot)).toContain('keyId');
  });
});
