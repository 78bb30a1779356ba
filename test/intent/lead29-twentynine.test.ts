/**
 * Round twenty-nine, the lead's fixes by kind (found while merging the round's branches).
 */
import { describe } from 'vitest';
import { neverActs, reads } from './acted.js';

/**
 * A credential named first and then said not to be needed, in one clause with nothing else asked: the request's own
 * words carry the withdrawal, with no take-back word before it ("token for 2h no longer needed", "key for marketing
 * not needed", Czech "token na 2 hodiny jsem nepotřeboval"). A token had been issued for 2 hours: the lifetime was
 * read and the "not needed" after it was not. (req29 found the Czech one once Czech lifetimes were read.)
 */
describe('a credential named, then said not to be needed, asks nothing', () => {
  neverActs([
    'token for 2 hours not needed',
    'token for 2h no longer needed',
    'token 2h - not needed',
    'key for marketing not needed',
    'token for 2 hours not required',
    'token for 2 hours: not needed, thanks',
    'api key for growth-lab no longer needed, sorry',
    'ok got it, token no longer needed, the job moved to other account',
    'the 3h token, we didn’t need it after all',
    'token na 2 hodiny jsem nepotřeboval',
    'schůzka trvala 2 hodiny, token jsem nepotřeboval',
  ]);
  reads([
    ['token for 2h please, not needed for longer', 'token', null],
    ['token 2h, i don’t need it for long', 'token', null],
    ['token needed for 2h', 'token', null],
    ['potřebuji token na 2 hodiny', 'token', null],
    ['no longer need the old key, create a new one for growth-lab', 'create_key', 'growth-lab'],
  ]);
});
