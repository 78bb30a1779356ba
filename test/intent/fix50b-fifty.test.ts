/**
 * Round fifty, fix50b (tuned-styles-romance, tuned-printing): our changes, their history, the periods and what was
 * spent, said in Italian, Spanish, Catalan, Galician, Portuguese and Romansh (romance-changes.ts): a change verb with one
 * of our nouns after it, the verb with its pronoun after a key named before, the whole unit taken down, who or when a
 * change was made, a period in the language's words, spend asked, a unit corrected by "the one of", "solo" (just) after
 * a refused change; and "reset the x.y key" with a service's dotted name (lay-words.ts). Sentences of our own of each
 * kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a change of ours said with one of our nouns, in the six languages', () => {
  reads([
    ['esborra totes les claus de crm-bot', 'revoke', 'crm-bot'],
    ['canvia la clau de crm-bot, si us plau', 'rotate', 'crm-bot'],
    ['esborra ara mateix la clau de crm-bot', 'revoke', 'crm-bot'],
    ['bórrame la clave de pagos-v2', 'revoke', 'pagos-v2'],
    ['apaga a chave do pagamentos-app', 'revoke', 'pagamentos-app'],
    ['disattiva la chiave di ocr-v2, non la usiamo più', 'revoke', 'ocr-v2'],
    ['revochescha la clav da crm-bot, grazia', 'revoke', 'crm-bot'],
    ['midai la clav da crm-bot per plaschair', 'rotate', 'crm-bot'],
    ['spegnimi la chiave di fatture-ocr, subito', 'revoke', 'fatture-ocr'],
  ]);
  slots([
    ['roda todas as chaves do faturas-ia', { intent: 'rotate', businessUnit: 'faturas-ia', all: true }],
    ['revoca le chiavi di fatture-ocr', { intent: 'revoke', businessUnit: 'fatture-ocr', all: true }],
    ['revoca la api key de pagos-v2', { intent: 'revoke', businessUnit: 'pagos-v2', keyKind: 'api-key' }],
    ['anul·la la clau núm. 4 de crm-bot', { intent: 'revoke', businessUnit: 'crm-bot', keyId: null }],
  ]);
  // look-alikes: a door's key, a keystone, a change told as done or not needed, an infinitive after a wish
  nothingAsked([
    'devo cambiare la chiave di casa',
    'la chiave di volta è il budget',
    'ho già ruotato la chiave di crm-bot ieri',
    'non serve ruotare la chiave di crm-bot',
  ]);
  neverActs([
    'se volessimo revocare la chiave di crm-bot, come si fa?',
    'não é preciso rodar a chave do pagamentos-app, foi engano',
    'non revocare la chiave di crm-bot, la usiamo ancora',
    'no esborris la clau de crm-bot',
  ]);
});

describe('the verb with its pronoun, of a key named before it', () => {
  reads([
    ['la clave de pagos-v2 salió en un pantallazo. rótala porfa', 'rotate', 'pagos-v2'],
    ['a chave do pagamentos-app foi parar a um slack público, roda-a agora', 'rotate', 'pagamentos-app'],
    ['la clau de crm-bot és en un repo públic, canvia-la si us plau', 'rotate', 'crm-bot'],
    ['la chiave di crm-bot è nel log, ruotala', 'rotate', 'crm-bot'],
  ]);
  neverActs(['non ruotarla adesso', 'no la ruotare, è ancora valida']);
});

describe('the whole unit taken down', () => {
  reads([
    ['tanquem tot el de crm-bot-old, ja no serveix', 'deprovision', 'crm-bot-old'],
    ['spegni tutto per sales-bot-old', 'deprovision', 'sales-bot-old'],
    ['desliga tudo do pagamentos-old', 'deprovision', 'pagamentos-old'],
    ['desativa a unidade pagamentos-app', 'deprovision', 'pagamentos-app'],
    ['cierra todo lo de pagos-v2', 'deprovision', 'pagos-v2'],
  ]);
  // look-alikes: the day's work closed, a unit of measure
  nothingAsked(['chiudi tutto e vai a casa', 'cierra todo, nos vamos', 'tanca tot el que tinguis obert']);
  neverActs(['chiudi tutto per oggi, ci vediamo domani', 'tanca tot per avui, fins demà']);
});

describe('who or when a change was made', () => {
  reads([
    ['qui va revocar la clau de crm-bot?', 'history', 'crm-bot'],
    ['quan es va rotar la clau de crm-bot?', 'history', 'crm-bot'],
    ['quen creou a chave de crm-bot?', 'history', 'crm-bot'],
    ['quem criou a chave do pagamentos-app?', 'history', 'pagamentos-app'],
    ['quando è stata revocata la chiave di sales-bot?', 'history', 'sales-bot'],
    ['quando è stata creata la chiave di ocr-v2?', 'history', 'ocr-v2'],
    ['qui ha esborrat la clau de crm-bot?', 'history', 'crm-bot'],
    ['chi ha toccato la chiave di fatture-ocr?', 'history', 'fatture-ocr'],
    ['registro delle rotazioni di fatture-ocr', 'history', 'fatture-ocr'],
  ]);
  slots([
    [
      'chi ha revocato chiavi negli ultimi 7 giorni?',
      { intent: 'history', period: { kind: 'days', days: 7 } },
    ],
    ['qui ha creat claus aquesta setmana?', { intent: 'history', period: { kind: 'days', days: 7 } }],
    ['quem rodou chaves nos últimos 30 dias?', { intent: 'history', businessUnit: null }],
  ]);
  // look-alikes: a holiday approved, a channel or a folder made or deleted
  nothingAsked([
    'chi ha approvato le ferie di Luca?',
    'chi ha creato questo canale?',
    'quem aprovou as férias do Rui?',
    'quan es va crear aquest canal?',
    'chi ha toccato il mio panino?',
    'cuándo rotaron por última vez las llantas?',
    'quem rodou o pneu do carro?',
    'qui ha tocat la meva cadira?',
  ]);
});

describe('periods and spend in the languages’ own words', () => {
  slots([
    [
      'historial de crm-bot del mes passat',
      { intent: 'history', businessUnit: 'crm-bot', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'storico di ocr-v2 della settimana scorsa',
      { intent: 'history', businessUnit: 'ocr-v2', period: { kind: 'days', days: 7 } },
    ],
    [
      'despesa de crm-bot dels últims 15 dies',
      { intent: 'spend', businessUnit: 'crm-bot', period: { kind: 'days', days: 15 } },
    ],
    [
      'quant ens ha costat crm-bot el mes passat?',
      { intent: 'spend', businessUnit: 'crm-bot', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'quant ha gastat crm-bot aquest mes?',
      { intent: 'spend', businessUnit: 'crm-bot', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'canto gastou crm-bot o mes pasado?',
      { intent: 'spend', businessUnit: 'crm-bot', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'spesa di fatture-ocr di 4 mesi fa',
      { intent: 'spend', businessUnit: 'fatture-ocr', period: { kind: 'month', monthsAgo: 4 } },
    ],
    [
      'custos de bedrock nesta semana',
      { intent: 'spend', businessUnit: null, period: { kind: 'days', days: 7 } },
    ],
  ]);
  // look-alikes: everyday prices and spending, and a past week told
  nothingAsked([
    'quanto costa un caffè al bar?',
    'quant hem gastat en el sopar d’equip?',
    'la setmana passada vam anar a Girona',
    '3 mesi fa ero in ferie',
  ]);
});

describe('a unit corrected by "the one of", "solo" (just), and a new one after a leak', () => {
  reads([
    ['revoca la chiave di sales-bot... no scusa, di sales-bot-eu', 'revoke', 'sales-bot-eu'],
    ['revoga a chave do pagamentos-app, não, do pagamentos-web', 'revoke', 'pagamentos-web'],
    ['no esborris la unitat crm-bot, només revoca la clau', 'revoke', 'crm-bot'],
    ['la chiave di fatture-ocr è finita su un forum... una nuova per favore', 'rotate', 'fatture-ocr'],
  ]);
  slots([
    ['c’è qualcosa di mistral?', { intent: 'models', provider: 'mistral' }],
    ['tem alguma coisa da anthropic?', { intent: 'models', provider: 'anthropic' }],
    [
      'ruota la chiave di fatture-ocr, sono passati 120 giorni',
      { intent: 'rotate', businessUnit: 'fatture-ocr', expiryDays: null },
    ],
  ]);
  nothingAsked(['una nuova per favore', 'tinc una nova per a vosaltres', 'hay algo de comer?']);
});

describe('English: reset a key named as a dotted service', () => {
  keeps([
    ['reset the invoice.parser key please', 'rotate', 'invoice-parser'],
    ['can you reset the ml.rank key?', 'rotate', 'ml-rank'],
  ]);
  stillActs(['reset the invoice.parser key please']);
});

describe('a key "of" a thing that is no unit’s name is a door’s or a locker’s, whatever the verb (lead, round fifty)', () => {
  neverActs([
    'revoga a chave do cacifo 14, o Rui perdeu-a',
    'ruota la chiave dello spogliatoio, la serratura è dura',
    'anula la llave del almacén 3 y pide otra al cerrajero',
    'roda a chave do vestiário feminino, a fechadura está dura',
  ]);
  reads([
    ['revoga a chave do triagem-bot, vazou', 'revoke', 'triagem-bot'],
    ['ruota la chiave di sinistri_ocr subito', 'rotate', 'sinistri-ocr'],
    ['anula la clave de origami.', 'revoke', 'origami'],
  ]);
});

describe('what someone spent on holidays, a dinner or presents is theirs, not ours (lead, round fifty)', () => {
  nothingAsked([
    'quanto hai speso per le vacanze di Natale?',
    'cuánto gastasteis en la cena de empresa?',
    'quanto gastaste nos presentes este ano?',
  ]);
});
