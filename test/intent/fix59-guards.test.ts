/**
 * Round fifty-nine, fix59 guards: requests that a guard for chatter set aside. Every row is the fixer's own sentence,
 * written for the kind:
 *  - Haiku the model named beside a token asked for ("token, 1 hour, haiku", "the model is haiku", "just want to poke
 *    at haiku"), which the poem guard (mood.ts isSaying) read as a saying and the maker reader as no maker
 *    (haiku-named.ts): the token with its lifetime, for anthropic;
 *  - a change of ours said due now with the subject left out, as learners of English say it ("I think is time for
 *    rotate the key of X"), which the remark guard read as a remark about an action (rule-due-now.ts): the change for
 *    the unit, asked about before anything is done.
 * The look-alikes beside them (haiku the poem with a token or a lifetime in it, a time for changing other things)
 * stay unknown and are never acted on.
 */
import { describe } from 'vitest';
import { exactly, nothingAsked, reads, neverActs } from './acted.js';

describe('token: Haiku the model named beside a token and its lifetime', () => {
  exactly([
    { text: 'token, 2 hours, haiku', intent: 'token', ttlSeconds: 7200, provider: 'anthropic' },
    { text: 'token, 30 min, haiku', intent: 'token', ttlSeconds: 1800, provider: 'anthropic' },
    { text: 'token 4h, haiku', intent: 'token', ttlSeconds: 14400, provider: 'anthropic' },
    { text: '2h token, haiku', intent: 'token', ttlSeconds: 7200, provider: 'anthropic' },
    { text: 'hi bot, token 3h, haiku', intent: 'token', ttlSeconds: 10800, provider: 'anthropic' },
    { text: '1 hour token, haiku', intent: 'token', ttlSeconds: 3600, provider: 'anthropic' },
    { text: 'token, 8h, haiku.', intent: 'token', ttlSeconds: 28800, provider: 'anthropic' },
    {
      text: 'token for 3 hours, the model is haiku',
      intent: 'token',
      ttlSeconds: 10800,
      provider: 'anthropic',
    },
    {
      text: 'need a token for 1 hour, model: haiku',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'anthropic',
    },
    {
      text: 'token 45 min please, the model will be haiku',
      intent: 'token',
      ttlSeconds: 2700,
      provider: 'anthropic',
    },
    {
      text: 'token for 5 hours & the llm is haiku',
      intent: 'token',
      ttlSeconds: 18000,
      provider: 'anthropic',
    },
    {
      text: 'token for 90 minutes, just want to play around with haiku',
      intent: 'token',
      ttlSeconds: 5400,
      provider: 'anthropic',
    },
    {
      text: 'give me a token for an hour so I can have a look at haiku',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'anthropic',
    },
    {
      text: 'token 6h pls, want to tinker with haiku on the invoice parser',
      intent: 'token',
      ttlSeconds: 21600,
      provider: 'anthropic',
    },
    {
      text: 'a 20 minute token, just poking at haiku',
      intent: 'token',
      ttlSeconds: 1200,
      provider: 'anthropic',
    },
    {
      text: "token 1h, I'm messing around with haiku tonight",
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'anthropic',
    },
    {
      text: 'please a token for 15 minutes, just want to fiddle with haiku',
      intent: 'token',
      ttlSeconds: 900,
      provider: 'anthropic',
    },
    {
      text: 'token for two hours, looking at haiku for the faq bot',
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'anthropic',
    },
  ]);
});

describe('rotate / revoke: "I think is time for rotate the key of X", a change said due now', () => {
  reads([
    ['I think is time for rotate the key of parcel-eta, it was in the demo video', 'rotate', 'parcel-eta'],
    ['is time for revoke the key of shift-planner, the vendor contract ended', 'revoke', 'shift-planner'],
    ['ok is time to rotate the key for menu-ml', 'rotate', 'menu-ml'],
    ['I think is time for change the key of kiosk-ai, somebody saw it', 'rotate', 'kiosk-ai'],
    ['I guess is time for renew the key of route_optimizer', 'rotate', 'route-optimizer'],
  ]);
  // (Said as a statement: asked about with buttons before anything is done.)
  neverActs([
    'I think is time for rotate the key of parcel-eta, it was in the demo video',
    'I think is time for change the key of kiosk-ai, somebody saw it',
  ]);
});

describe('haiku the poem, with a token or a lifetime in it, still asks nothing', () => {
  nothingAsked([
    'token, 2 hours, a haiku about waiting for approval',
    'wrote a haiku: token, one hour, gone',
    'haiku: token for an hour / the job runs then it dies / nobody notices',
    'haiku contest: token, 1 hour, haiku',
    'I poked at a haiku generator for an hour, fun',
    'the haiku club meets for 2 hours on fridays',
    'my haiku about tokens won the offsite contest',
    'played around with haiku writing during the 1h outage lol',
    'a haiku about a token that lived 12 hours',
    'write me a haiku about the 4h token',
    'poking at haiku all afternoon, the syllables are hard',
    'token 2h was enough to write a haiku about the outage',
    'the poetry night model is haiku, the theme is tokens',
    'a haiku a day: token, key, repeat',
    "my kid's haiku homework took 2 hours, token of love",
    'the model is haiku, said nobody at the poetry slam',
    'someone at the offsite read a haiku about a 1h token and everyone laughed',
  ]);
});

describe('a time for changing other things stays unknown', () => {
  nothingAsked([
    'I think is time for rotate my car tyres',
    'is time for rotate the night shift again, nobody wants weekends',
    'I think is time for change the locks of the storeroom',
    'is time for rotate the crops in the north field',
    'maybe is time for change the printer toner',
  ]);
});
