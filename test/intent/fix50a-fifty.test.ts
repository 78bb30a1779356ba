/**
 * Round fifty, fix50a (tuned-printing, tuned-styles-romance): asking for a token, a key, the list or a unit's details in
 * Catalan, Romansh and Galician, and in the chat Italian, Spanish and Portuguese of the files (romance-asks.ts):
 * durations said in words and the Romance "per" before them, the verbs of asking, corrections mid-message, the asker's
 * own units, what a unit has and where its key is, a form's field names, and a token for a person named before their
 * mention (owner.ts). Sentences of our own of each kind, and look-alikes that keep
 * their reading.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked, reads, slots } from './acted.js';

describe('Catalan: the words of asking, the key, the unit, hours and months', () => {
  slots([
    ['necessito un token per dues hores, gràcies', { intent: 'token', ttlSeconds: 7200 }],
    ['em cal un token per a mitja hora, si us plau', { intent: 'token', ttlSeconds: 1800 }],
    ['un token de tres quarts d’hora per provar una cosa', { intent: 'token', ttlSeconds: 2700 }],
    ['em pots fer un token de 5 hores?', { intent: 'token', ttlSeconds: 18000 }],
    [
      'necessitem una clau API per a la unitat factures-bcn',
      { intent: 'create_key', businessUnit: 'factures-bcn', keyKind: 'api-key' },
    ],
    [
      'ens cal una clau per a rutes-taxi que caduqui d’aquí a tres mesos',
      { intent: 'create_key', businessUnit: 'rutes-taxi', expiryDays: 90 },
    ],
    [
      'podries crear una clau per a agenda-bot? la propietària és marta.vila@exemple.cat',
      { intent: 'create_key', businessUnit: 'agenda-bot', owner: 'marta.vila@exemple.cat' },
    ],
    ['llista d’unitats, totes', { intent: 'list', all: true }],
  ]);
  reads([
    ['què té la unitat factures-bcn?', 'details', 'factures-bcn'],
    ['que té rutes-taxi? claus i propietari', 'details', 'rutes-taxi'],
  ]);
});

describe('Romansh and Galician: a token for hours, a key for days, my units, what a unit has', () => {
  slots([
    ['jau hai basegn d’in token per trais uras', { intent: 'token', ttlSeconds: 10800 }],
    ['pos jau avair in token per in’ura, grazia', { intent: 'token', ttlSeconds: 3600 }],
    [
      'jau hai basegn d’ina clav per tschertga-hotels, 60 dis',
      { intent: 'create_key', businessUnit: 'tschertga-hotels', expiryDays: 60 },
    ],
    ['preciso un token para unha hora, grazas', { intent: 'token', ttlSeconds: 3600 }],
    ['cales son as unidades que teño?', { intent: 'list', owner: 'me' }],
  ]);
  reads([
    ['que ten porto-vigo-rutas agora mesmo?', 'details', 'porto-vigo-rutas'],
    ['hola! que tem a unidade faturas-pt?', 'details', 'faturas-pt'],
  ]);
  // look-alike: "que tem" inside a sentence is "that has", no question about a unit
  nothingAsked(['a equipa que tem a chave do faturas-pt mudou de andar']);
});

describe('Italian: mezz’ora, un paio d’ore, the verbs of asking, the AI password, my units', () => {
  slots([
    ['mi serve un token per mezz’ora, grazie', { intent: 'token', ttlSeconds: 1800 }],
    ['token per un paio d’ore, dai', { intent: 'token', ttlSeconds: 7200 }],
    ['token x mezz’ora pls', { intent: 'token', ttlSeconds: 1800 }],
    ['mi serve un token a Dublino per 3 ore', { intent: 'token', ttlSeconds: 10800, region: 'eu-west-1' }],
    ['mi dai la password dell’IA per stasera? tipo 4 ore', { intent: 'token', ttlSeconds: 14400 }],
    [
      'mi crei una chiave per turni-reparto? sessanta giorni',
      { intent: 'create_key', businessUnit: 'turni-reparto', expiryDays: 60 },
    ],
    [
      'vorrei una api key per fatture-ocr, 3 anni se si può',
      { intent: 'create_key', businessUnit: 'fatture-ocr', keyKind: 'api-key', expiryDays: 1095 },
    ],
    ['quali unit sono mie?', { intent: 'list', owner: 'me' }],
    ['che unità ho io?', { intent: 'list', owner: 'me' }],
  ]);
  reads([
    ['quante chiavi ha turni-reparto e quanti giorni mancano alla scadenza?', 'details', 'turni-reparto'],
  ]);
  // look-alike: a rate in English stays a rate ("per" is no lifetime there)
  slots([['what does it cost per 4 hours of use?', { ttlSeconds: null }]]);
});

describe('A value corrected mid-message: no aspetta, mejor, aliás, bueno no, perdón', () => {
  slots([
    ['token 3 ore... no aspetta, 4', { intent: 'token', ttlSeconds: 14400 }],
    ['vorrei un token di un’ora, no aspetta, meglio 2 ore', { intent: 'token', ttlSeconds: 7200 }],
    ['token de tres horas, no, mejor dos', { intent: 'token', ttlSeconds: 7200 }],
    ['token de 2h... bueno no, de 6h', { intent: 'token', ttlSeconds: 21600 }],
    ['token de 2 horas, aliás, 5 horas', { intent: 'token', ttlSeconds: 18000 }],
    [
      'precisamos de chave para faturas-pt, 60 dias, aliás 90',
      { intent: 'create_key', businessUnit: 'faturas-pt', expiryDays: 90 },
    ],
    [
      'clave para cobros-web, owner ana.ruiz@ejemplo.es, perdón, luis.gil@ejemplo.es',
      { intent: 'create_key', businessUnit: 'cobros-web', owner: 'luis.gil@ejemplo.es' },
    ],
  ]);
  reads([['qué hay en cobros-web? ah no perdona, en pagos-web', 'details', 'pagos-web']]);
});

describe('Spanish and Portuguese: what a unit has, the unit named, whose units', () => {
  reads([
    ['en qué región está la clave de cobros-web?', 'details', 'cobros-web'],
    ['em que região está a chave do faturas-pt?', 'details', 'faturas-pt'],
    ['in quale region è la chiave di turni-reparto?', 'details', 'turni-reparto'],
    ['cuántas claves tiene pagos-web y cuándo caducan', 'details', 'pagos-web'],
    ['a chave do faturas-pt ainda é válida ou já expirou?', 'details', 'faturas-pt'],
  ]);
  slots([
    [
      'una clave para el equipo de Cobros? la unidad se llama `cobros-mx`',
      { intent: 'create_key', businessUnit: 'cobros-mx' },
    ],
    ['units de luis.gil@ejemplo.es?', { intent: 'list', owner: 'luis.gil@ejemplo.es' }],
    ['which teams are under my name?', { intent: 'list', owner: 'me' }],
    [
      'token of 3 hours for Giulia <@U04GIULIA> please, she is on site',
      { intent: 'token', owner: 'U04GIULIA' },
    ],
    [
      'Solicitud de clave\nUnidad: cobros-web\nTipo: access key\nCaducidad: 60',
      { intent: 'create_key', businessUnit: 'cobros-web', keyKind: 'access-key', expiryDays: 60 },
    ],
  ]);
  // look-alikes: thanks and a greeting in Catalan ask nothing; "as minhas unidades" keeps its reading
  nothingAsked(['moltes gràcies per tot!', 'bon dia a tothom!']);
  keeps([['as minhas unidades?', 'list']]);
});
