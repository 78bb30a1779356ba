/**
 * Round twenty-nine, fixforeign29: errors in the non-native and mixed-language style file
 * (tuned-styles-foreign.jsonl). Sentences of our own for each kind, written before the parser's answer was
 * looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a leading mention asked, in another language, by someone away from their machine is put to that person', () => {
  nothingAsked([
    '<@U0AB12CD3> kannst du bitte den Key von payments rotieren? Ich bin im Zug',
    '<@U0AB12CD3> könntest du den Schlüssel für growth-ml sperren? bin gerade im Auto',
    '<@U0AB12CD3> ¿puedes revocar la clave de ads-ml? estoy en el taxi',
    '<@U0AB12CD3> você pode rotacionar a chave do loyalty-br? estou no ônibus sem notebook',
    '<@U0AB12CD3> tu peux révoquer la clé de fraud-ml stp ? je suis dans le train',
    '<@U0AB12CD3> możesz zrotować klucz dla zakupy-pl? jestem w pociągu',
    '<@U0AB12CD3> kun je de sleutel van search-v2 intrekken? ik zit in de trein',
  ]);
  // look-alikes: asked of the bot (no one else first, or nothing about being away), or the English form
  reads([
    ['kannst du bitte den Key von payments rotieren?', 'rotate', 'payments'],
    ['Key von payments rotieren bitte, ich bin im Zug', 'rotate', 'payments'],
    ['¿puedes revocar la clave de ads-ml?', 'revoke', 'ads-ml'],
  ]);
  nothingAsked(['<@U0AB12CD3> can you rotate the payments key? I am on the train']);
  neverActs(['ich bin im Zug, der Key von payments wurde gestern rotiert']);
});

describe('a lifetime taken back in another language ("drei Stunden, nein, vier") is the last one said', () => {
  slots([
    ['Token für zwei Stunden, nein, drei. Danke', { ttlSeconds: 10800 }],
    ['token de 2h, no, mejor 6h por favor', { ttlSeconds: 21600 }],
    ['un jeton pour 2 heures, non, plutôt 4 heures', { ttlSeconds: 14400 }],
    ['token na 3 godziny, nie, 5', { ttlSeconds: 18000 }],
    ['token voor 2 uur, nee, 3 uur graag', { ttlSeconds: 10800 }],
    ['token per 2 ore, anzi 4', { ttlSeconds: 14400 }],
  ]);
  // look-alikes: a "no" that takes nothing back keeps the one lifetime
  slots([
    ['Token für drei Stunden bitte, nein ich brauche keinen Key', { ttlSeconds: 10800 }],
    ['token de 4h, no tengo prisa', { ttlSeconds: 14400 }],
    ['token for 3h, no rush', { ttlSeconds: 10800 }],
  ]);
  nothingAsked(['nein, danke, ich brauche keinen Token mehr']);
});

describe('one\'s own units named first, the list command after ("my units, list onegai") is a list owned by me', () => {
  slots([
    ['my units, list onegai', { intent: 'list', owner: 'me' }],
    ['my teams - show pls', { intent: 'list', owner: 'me' }],
    ['My business units: list please 🙏', { intent: 'list', owner: 'me' }],
    ['my units list kudasai', { intent: 'list', owner: 'me' }],
    ['*my units*, show?', { intent: 'list', owner: 'me' }],
  ]);
  // look-alikes: another reading follows, or the units are someone's, or nothing is asked
  slots([
    ['my units, list the keys of growth', { intent: 'details', owner: null }],
    ['units list please', { intent: 'list', owner: null }],
  ]);
  neverActs(['my units list is on the wiki, I keep it updated']);
});

describe('French "mes" before a noun is "my", not Spanish "mes" (month)', () => {
  slots([
    ['quelles sont mes unités ?', { intent: 'list', owner: 'me' }],
    ['montre-moi mes unités stp', { intent: 'list', owner: 'me' }],
    ['liste mes équipes svp', { intent: 'list', owner: 'me' }],
    ['combien ont coûté mes unités ce mois-ci ?', { intent: 'spend' }],
  ]);
  // look-alikes: Spanish "mes" is still a month
  slots([
    ['¿cuánto gastó ads-ml este mes?', { intent: 'spend', period: { kind: 'month', monthsAgo: 0 } }],
    ['token por un mes', { intent: 'token' }],
  ]);
  neverActs(['mes clés sont dans le tiroir du bureau']);
});

describe('French words of ours: "jeton" is a token, "montre-moi"/"donne-moi" are "show me"/"give me"', () => {
  slots([
    ['donne-moi un jeton pour 2 heures', { intent: 'token', ttlSeconds: 7200 }],
    ["salut, j'ai besoin d'un jeton pour 4 heures svp", { intent: 'token', ttlSeconds: 14400 }],
    ['montrez-moi les clés de ads-ml', { intent: 'details', businessUnit: 'ads-ml' }],
    [
      'un jeton de 90 minutes, région Paris, merci',
      { intent: 'token', ttlSeconds: 5400, region: 'eu-west-3' },
    ],
  ]);
  // look-alikes: a token of the car park or a café machine is no credential
  neverActs([
    'le jeton du parking ne marche plus',
    "donne-moi un jeton pour la machine à café, j'ai pas de monnaie",
    'les jetons de fidélité expirent dans 2 mois',
  ]);
});

describe('a help question asked in another language gets its topic (how long by default, who approves, the difference of two kinds, what the bot does)', () => {
  slots([
    ['Wie lange ist ein API-Key standardmäßig gültig?', { intent: 'help', topic: 'limits' }],
    ['wie lange hält so ein Token eigentlich?', { intent: 'help', topic: 'limits' }],
    ['¿cuánto dura un token por defecto?', { intent: 'help', topic: 'limits' }],
    ['Jak długo jest ważny token?', { intent: 'help', topic: 'limits' }],
    ['combien de temps dure un jeton par défaut ?', { intent: 'help', topic: 'limits' }],
    ['wer genehmigt die Keys? ich warte seit gestern', { intent: 'help', topic: 'approvals' }],
    ['¿quién aprueba los tokens?', { intent: 'help', topic: 'approvals' }],
    ['quem aprova as chaves?', { intent: 'help', topic: 'approvals' }],
    [
      'Was ist der Unterschied zwischen Token und API-Key?',
      { intent: 'help', topic: 'key-kinds', keyKind: null },
    ],
    [
      '¿cuál es la diferencia entre un token y una clave API?',
      { intent: 'help', topic: 'key-kinds', keyKind: null },
    ],
    ["qu'est-ce que tu peux faire ?", { intent: 'help', topic: 'general' }],
    ['was kann der Bot alles?', { intent: 'help', topic: 'general' }],
  ]);
  // look-alikes: a request with a lifetime stays one; other things' approval or duration is not ours
  slots([
    ['Token für 2 Stunden bitte', { intent: 'token', ttlSeconds: 7200 }],
    ['¿quién aprueba las vacaciones?', { intent: 'unknown' }],
  ]);
  neverActs([
    'wie lange dauert der Röstvorgang standardmäßig?',
    'Was ist der Unterschied zwischen Arabica und Robusta?',
    'wer genehmigt meinen Urlaubsantrag?',
  ]);
});

describe('after a removal asked, "not needed anymore" with its subject left out is why, not a take-back', () => {
  reads([
    ['revoke key of search-v2-staging, not needed anymore', 'revoke', 'search-v2-staging'],
    ['pls deprovision old-ocr — no longer needed', 'deprovision', 'old-ocr'],
    ['delete the api key of demo-bot. not needed any more', 'revoke', 'demo-bot'],
    ['Revoke *growth-lab* keys; not required anymore', 'revoke', 'growth-lab'],
  ]);
  // look-alikes: a turn before it, or nothing removed, takes the request back
  nothingAsked([
    'revoke the ads key? nvm, not needed anymore',
    'create a key for growth, no wait, not needed anymore',
  ]);
  neverActs(['revoke the ads key? not needed anymore']);
});

describe('Polish "zmień klucz" (change the key) is a rotation, as English "change the key" is', () => {
  reads([
    ['zmień klucz dla ads-ml proszę', 'rotate', 'ads-ml'],
    ['proszę zmienić klucz API dla growth-lab', 'rotate', 'growth-lab'],
    ['Zmień klucz `search-v2`, wyciekł', 'rotate', 'search-v2'],
    ['zmieńcie klucz dla zespołu logistyka', 'rotate', 'logistyka'],
  ]);
  // look-alikes: something else changed, or the change told of
  neverActs(['zmień zamek w drzwiach magazynu', 'wczoraj zmieniłem klucz dla ads-ml']);
});
