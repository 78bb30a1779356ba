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

/**
 * A colleague mentioned first and asked "could you …" by a writer who has only a phone with them, said as "with
 * only my phone" or "with just my phone" (fixthreads29 read "phone only" and "only have my phone"): put to that
 * person. The one non-request of this round's blind files acted on when first scored was of this kind (the
 * greenhouse file); the bot spoken to, or no mention, still asks the bot. "the phone only app" is an app.
 */
describe('a person asked first by a writer with only a phone is asked, not the bot', () => {
  neverActs([
    "<@U04TAMSIN> could you create the api key for hr-forms? I'm at the trade fair all day with only my phone",
    "<@U05MARK> can you rotate the ads key? I'm at the client's with just my phone",
    '<@U05MARK> could you revoke the billing key? only with my phone today',
  ]);
  reads([
    ['<@U0BEDROCK> key for expo-sales please', 'create_key', 'expo-sales'],
    [
      '<@U05MARK> the phone only app needs a key, can you make one for mobile-app?',
      'create_key',
      'mobile-app',
    ],
  ]);
});

/**
 * A token of another system named by its noun, with its TTL, expiry or lifetime raised, lowered or set: a setting
 * of that system, never one of our tokens asked for ("need the playback token TTL raised to 6h for the live event"
 * had issued a 6-hour token once the round's retrain turned the classifier). A token of ours, or none named, is
 * left to the other readers.
 */
describe("another system's token setting changed is not a token asked for", () => {
  neverActs([
    'need the playback token TTL raised to 6h for the live event',
    'can someone bump the session token expiry to 12h?',
    'the refresh token lifetime was set to 8 hours yesterday',
    'pls get the jwt token ttl extended to 4h before the demo',
    'our csrf token timeout got lowered to 2h, is that why logins fail?',
  ]);
  reads([
    ['token for 6h please, the session token ttl is fine', 'token', null],
    ['bedrock token for 3 hours pls', 'token', null],
  ]);
});
