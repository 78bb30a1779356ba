/**
 * Round twenty-seven, train27s: train texts whose intent is right but a slot is wrong, fixed by kind. Sentences
 * of our own, written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe("an airport word in a terse token command ('tok fra 4h') is the token's Region", () => {
  slots([
    ['tok syd 3h pls', { intent: 'token', region: 'ap-southeast-2', ttlSeconds: 10800 }],
    ['token dub 1h', { intent: 'token', region: 'eu-west-1', ttlSeconds: 3600 }],
    ['tkn sin 2h thx', { intent: 'token', region: 'ap-southeast-1', ttlSeconds: 7200 }],
    ['<@U0BOTID> tok bom 45m', { intent: 'token', region: 'ap-south-1', ttlSeconds: 2700 }],
    ['Tok fra, 6h, ty', { intent: 'token', region: 'eu-central-1', ttlSeconds: 21600 }],
  ]);
  // look-alikes: the same letters as words of another language or a greeting, or a team, name no Region
  slots([
    ['token fra due ore per favore', { intent: 'token', region: null }],
    ['bom dia! token 2h pls', { intent: 'token', region: null, ttlSeconds: 7200 }],
    ['token 3h for the syd team demo', { intent: 'token', ttlSeconds: 10800, region: null }],
    // (after the lifetime the word stays one, as region-shorthand.test.ts holds: "TOKEN 2H SYD")
    ['tok 2h fra', { intent: 'token', region: null, ttlSeconds: 7200 }],
  ]);
  neverActs(['fra lounge is packed, 2h delay on my flight', 'tok bom dia a todos']);
});

describe('the person whose units or tokens are asked about is the owner of the list or the history', () => {
  slots([
    ['what units does <@U05ABCD1234> own?', { intent: 'list', owner: 'U05ABCD1234' }],
    ['which BUs does <@U06XYZ98765> own? he leaves next week', { intent: 'list', owner: 'U06XYZ98765' }],
    ['list the units <@U0ABCDEF12> owns pls', { intent: 'list', owner: 'U0ABCDEF12' }],
    ['which tokens did <@U07PRIYA02> get last week?', { intent: 'history', owner: 'U07PRIYA02' }],
    [
      'what tokens has <@U09KOFI001> got this month? want to copy his setup',
      { intent: 'history', owner: 'U09KOFI001' },
    ],
  ]);
  // look-alikes: the person did something (rotated, revoked): no owner; one's own units are "me"
  slots([
    ['which keys did <@U05ABCD1234> rotate last month?', { intent: 'history', owner: null }],
    ['what did <@U06XYZ98765> revoke yesterday?', { intent: 'history', owner: null }],
    ['which units do I own?', { intent: 'list', owner: 'me' }],
  ]);
  neverActs([
    'which units does <@U05ABCD1234> own? I need to reassign them before friday',
    'which keys did <@U06XYZ98765> get? I want to revoke them later',
  ]);
});

describe("a lifetime told after the token request as what will suffice ('8 hours should cover it') is the token's", () => {
  slots([
    ['can I get a token? 3 hours should be enough for the demo', { intent: 'token', ttlSeconds: 10800 }],
    ['need a token for the workshop. 4 hours ought to cover it', { intent: 'token', ttlSeconds: 14400 }],
    ['<@U0BOTID> token pls — 90 min will be plenty', { intent: 'token', ttlSeconds: 5400 }],
    [
      'could I have a token for <@U08NEWHIRE1>? 6h should cover his first day',
      { intent: 'token', ttlSeconds: 21600, owner: 'U08NEWHIRE1' },
    ],
    ['token please, 2h should do', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: how long something else takes, or a question about a lifetime, states no lifetime of the token
  slots([
    ['token 2h pls. the job itself should take 8 hours', { intent: 'token', ttlSeconds: 7200 }],
    ['would 8 hours be enough for a token? just curious', { intent: 'help', ttlSeconds: null }],
  ]);
  nothingAsked(['3 hours should be enough for the demo, right?']);
  // (read as a new hire's token by its "onboarding", rules.ts, but only asked about: never acted on)
  neverActs(['8 hours should cover the onboarding day', 'the workshop should take 3 hours, the token 2h']);
});

describe("a place a greeting is sent from ('Good morning from Dubai') is where the writer is, not the Region asked for", () => {
  slots([
    ['hello from Singapore! token for 2h please', { intent: 'token', ttlSeconds: 7200, region: null }],
    [
      'greetings from sunny Sydney :wave: need a token for 3 hours',
      { intent: 'token', ttlSeconds: 10800, region: null },
    ],
    ['gm from london ☕ tok 1h', { intent: 'token', ttlSeconds: 3600, region: null }],
    [
      'Good evening from Tokyo 🌙\nCould I get a token for 5 hrs?',
      { intent: 'token', ttlSeconds: 18000, region: null },
    ],
    ['hi everyone from Mumbai, token 90 min kindly', { intent: 'token', ttlSeconds: 5400, region: null }],
  ]);
  // look-alikes: the place stated in the request itself keeps its Region
  slots([
    ['good morning! token for 4 hours in Dubai please', { intent: 'token', region: 'me-central-1' }],
    ['hello from the platform team — token 2h tokyo', { intent: 'token', region: 'ap-northeast-1' }],
    ['Good morning from Dubai, token for 4h in frankfurt pls', { intent: 'token', region: 'eu-central-1' }],
  ]);
  nothingAsked(['good morning from Dubai ☀️', 'greetings from sunny Sydney :wave:']);
});

describe("whom the token is for, said after the request as a correction ('for <@U…> actually') is its owner", () => {
  slots([
    [
      'token for 3h please. for <@U0ABC12345> actually, his laptop died',
      { intent: 'token', owner: 'U0ABC12345' },
    ],
    ['need a token for 4 hours, for <@U0XYZ67890> actually', { intent: 'token', owner: 'U0XYZ67890' }],
    [
      'can I get a token for 1h? for <@U0QWE11111> actually — she is stuck on SSO',
      { intent: 'token', owner: 'U0QWE11111' },
    ],
  ]);
  // look-alikes: a person copied, told, or who did something is no owner
  slots([
    ['token for 2h please, cc <@U0ABC12345>', { intent: 'token', owner: null }],
    ['token for 2h please. <@U0ABC12345> actually suggested the bot', { intent: 'token', owner: null }],
    ['can I get a token for 1h? thanks <@U0QWE11111> for the tip', { intent: 'token', owner: null }],
  ]);
  neverActs(['was the token for <@U0ABC12345> actually? I thought it was mine']);
});

describe("the lifetime of a token told of in the past ('the 24h token got rejected') is story; the one asked for is the request's", () => {
  slots([
    ['the 24h token got rejected. ok then give me one for 12h', { intent: 'token', ttlSeconds: 43200 }],
    ['my 2h token expired mid-run, can I have one for 6h please', { intent: 'token', ttlSeconds: 21600 }],
    ['the 48h one was refused, fine: token for 10 hours', { intent: 'token', ttlSeconds: 36000 }],
    ['asked for a 20h token and got an error. 8h then pls', { intent: 'token', ttlSeconds: 28800 }],
  ]);
  // look-alikes: a lifetime only in the past story is none; a lifetime refused now is still reported
  slots([['token for 24h please', { intent: 'token', ttlSeconds: null }]]);
  // (read as a token whose 24h is refused: asked about, never acted on)
  neverActs([
    'the 24h token got rejected, fine, it was a test anyway',
    'my 12h token expired, all good, job finished',
  ]);
});
