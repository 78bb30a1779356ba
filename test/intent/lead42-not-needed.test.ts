/**
 * Round forty-two, the lead: a credential named and then said not to be needed, in the languages whose word-for-word
 * gloss the English reader did not take for that ("токен не нужен" read as a token asked for, with a question). Each
 * asks nothing now (more-languages.ts, read as "token not needed" by declined-credential.ts); a request beside it keeps
 * its reading, and so does a token asked for before another credential said not to be needed ("token for 2h, key not
 * needed", which the English reader too had read as nothing).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, nothingAsked } from './acted.js';

describe('a credential not needed, in other languages', () => {
  nothingAsked([
    'token nie jest potrzebny',
    'Byłem w Londynie, token nie jest potrzebny',
    'klucz już nie jest potrzebny, dzięki',
    'токен не нужен',
    'токен уже не нужен, спасибо',
    'В Лондоне идёт дождь, токен не нужен',
    'токен не потрібен',
    'token už není potřeba',
    'geen token meer nodig',
    'token ei tarvita',
    'en tarvitse tokenia',
    'nøkkelen trengs ikke lenger',
    'jeg trenger ikke token likevel',
    'token behövs inte längre, tack',
    'behöver inte token längre',
    'token không cần nữa',
    'token ki zarurat nahi hai',
  ]);
  keeps([
    ['токен не нужен, ключ для team-ru на 30 дней', 'create_key', 'team-ru'],
    ['potrzebuję tokena na 2 godziny, klucz nie jest potrzebny', 'token'],
    ['token na 2 godziny, klucz nie jest potrzebny', 'token'],
    ['токен на 2 часа, ключ не нужен', 'token'],
  ]);
});

describe('the credential not needed is the one named last in its clause', () => {
  it.each([
    ['token for 2h, key not needed', 7200],
    ['token for 2 hours, the key is not needed', 7200],
  ])('%j is a token', (text, ttl) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.ttlSeconds]).toEqual(['token', ttl]);
  });
  nothingAsked(['token for 2h no longer needed', 'token 2h - not needed', 'key for marketing not needed']);
});
