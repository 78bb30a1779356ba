/**
 * Round forty, fix40d (tuned-styles-southern): number words before a unit of time in Hinglish/Urdu and Swahili, and
 * Turkish "bir buçuk saat için"; a person before Tamil "ku" or Hinglish "ke liye", after Tagalog "para kay" (for) as
 * the owner; a history of the tokens given to a person (English "given to", Hinglish "X ko … kitne tokens mile"); how
 * long a token may last asked as limits ("extended beyond", Swahili "kudumu kwa muda gani"). Sentences of our own of
 * each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a Hinglish or Urdu number word before its unit of time', () => {
  slots([
    ['mujhe paanch ghante ka token chahiye', { intent: 'token', ttlSeconds: 18_000 }],
    ['kelp-map ke liye nayi key chahiye, do mahine ki expiry', { intent: 'create_key', expiryDays: 60 }],
    ['kelp-map ke liye ek permanent key, expiry ek saal', { intent: 'create_key', expiryDays: 365 }],
    ['pichlay 2 mahine ka kharcha batayein', { intent: 'spend', period: { kind: 'days', days: 60 } }],
    // look-alike: a quarter past is still read by its own phrase
    ['sawa do ghante ka token chahiye', { intent: 'token', ttlSeconds: 8100 }],
  ]);
  // look-alike: Afrikaans "ek sal" (I shall) is no year
  neverActs([
    'ek sal more self die sleutel vir kelp-map skep',
    'kal do ghante ki meeting thi, token ki zaroorat nahi',
  ]);
});

describe('a Swahili unit of time before its number word', () => {
  slots([
    ['nahitaji token kwa saa moja tafadhali', { intent: 'token', ttlSeconds: 3600 }],
    ['nahitaji token ya saa mbili na nusu', { intent: 'token', ttlSeconds: 9000 }],
    ['kelp-map inahitaji key mpya, miaka miwili', { intent: 'create_key', expiryDays: 730 }],
    // look-alike: eleven and twelve hours keep their reading
    ['nahitaji token kwa saa kumi na mbili', { intent: 'token', ttlSeconds: 43_200 }],
  ]);
});

describe('Turkish "bir buçuk saat için": for an hour and a half', () => {
  slots([
    ['bir buçuk saat için token lazım', { intent: 'token', ttlSeconds: 5400 }],
    ['2 buçuk saat için token alabilir miyim?', { intent: 'token', ttlSeconds: 9000 }],
  ]);
});

describe('a person before Tamil "ku" or Hinglish "ke liye", or after Tagalog "para kay", is whom the token is for', () => {
  slots([
    ['<@U07BEDR0CK> <@U0KELPAAA> ke liye 2 ghante ka token bana do', { intent: 'token', owner: 'U0KELPAAA' }],
    [
      'ana.k@kelp.example ke liye 3 ghante ka token bana do',
      { intent: 'token', owner: 'ana.k@kelp.example' },
    ],
    ['<@U07BEDR0CK> <@U0KELPAAA> ku 2 mani neram token venum', { intent: 'token', owner: 'U0KELPAAA' }],
    [
      '<@U07BEDR0CK> token para kay <@U0KELPAAA>, 3 oras',
      { intent: 'token', owner: 'U0KELPAAA', ttlSeconds: 10_800 },
    ],
    // look-alike: a token for oneself names no owner
    ['mere liye 2 ghante ka token bana do', { intent: 'token', owner: null }],
  ]);
});

describe('a history of the tokens given to a person names them', () => {
  slots([
    [
      'how many tokens were given to ana.k@kelp.example this week?',
      { intent: 'history', owner: 'ana.k@kelp.example' },
    ],
    ['is hafte <@U0KELPAAA> ko kitne tokens mile?', { intent: 'history', owner: 'U0KELPAAA' }],
    [
      'ana.k@kelp.example ko pichle mahine kitne tokens diye gaye?',
      { intent: 'history', owner: 'ana.k@kelp.example' },
    ],
    // look-alike: no person named, no owner
    ['is hafte kitne tokens diye gaye?', { intent: 'history', owner: null }],
  ]);
});

describe('how long a token may last, asked: limits', () => {
  keeps([
    ['can a token be extended beyond 10 hours?', 'help', undefined],
    ['tokeni inaweza kudumu kwa muda gani?', 'help', undefined],
  ]);
  slots([
    ['can a token be extended beyond 10 hours?', { topic: 'limits' }],
    ['token inaweza kudumu kwa muda gani?', { topic: 'limits' }],
    ['ufunguo inaweza kudumu kwa muda gani zaidi?', { topic: 'limits' }],
  ]);
  // look-alike: another thing extended is nothing asked
  nothingAsked(['the harvest contract was extended beyond june']);
});
