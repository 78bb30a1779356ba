/**
 * Round thirty-four, fix34a: behaviour tests of earlier rounds that the classifier trained on the tuned files
 * (round thirty-four's retrain) read differently, mended by making the rules sure of each kind of message; with
 * sentences of our own of each kind and look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly, keeps, neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a token supposed and asked whether it would do is the bounds (help, limits)', () => {
  exactly([
    {
      text: 'say I needed a token for 4h during the derby, any problem with that?',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'suppose we needed a 9h token for the gala, would that be ok?', intent: 'help', topic: 'limits' },
  ]);
  // look-alikes: a supposition about another's rule, and a token asked for now
  nothingAsked(['if i needed a tok for 3h would that be ok w/ the freeze']);
  keeps([['say I need a token for 2h, give me one now', 'token']]);
});

describe('where or with what the bot works, asked, is help', () => {
  exactly([
    { text: 'does the bot work in group DMs', intent: 'help', topic: 'general' },
    { text: 'will the bot work on mobile', intent: 'help', topic: 'general' },
  ]);
  keeps([['token 2h pls', 'token']]);
});

describe('a lead-in ask after a story read as a remark: the last sentence is the request', () => {
  reads([
    [
      'The kiosk in the canteen was left logged in all weekend and someone used it to play music. We should rotate the key for canteen-kiosk',
      'rotate',
      'canteen-kiosk',
    ],
  ]);
  nothingAsked(['we should rotate the ads key at some point']);
});

describe('a thing removed from a calendar or an agenda is no unit removed', () => {
  it.each([
    'our project hackday is over, please remove it from the calendar',
    'team kestrel is dissolved, please delete it from the rota',
  ])('"%s" is not a removal', (text) => {
    expect(parseRequest(text).intent).not.toBe('deprovision');
    expect(acted(text)).toBe(false);
  });
  keeps([['project kite was cancelled, please remove it', 'deprovision', 'kite']]);
});

describe('a key asked for a named unit, "please" closing it, is acted on as the imperative', () => {
  stillActs(['could fraud-lab get a new api key please']);
  // (asked with "?", it may ask whether it may: asked about)
  neverActs(['could fraud-lab get a new api key?']);
});

describe('a change to a unit key proposed as a bare question: the change, asked about', () => {
  it.each([
    ['do we rotate the billing key?', 'rotate'],
    ['do we revoke the kyc key?', 'revoke'],
  ])('"%s" → %s, asked', (text, intent) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.question?.alternatives[0]?.intent).toBe(intent);
  });
  nothingAsked(['do we rotate the on call list this week or next?']);
});

describe('a need told for after a condition, in the future tense, is a remark', () => {
  nothingAsked(['when the pilot wraps up we will need to rotate its key']);
  // look-alike: the command itself on a condition is asked about
  neverActs(['revoke the ads key once the new one is live']);
  keeps([['revoke the ads key once the new one is live', 'revoke', 'ads']]);
});

describe('a change "but only after" an event of any subject waits: asked about', () => {
  reads([['rotate the pos-sync key, but only after v3 is rolled out everywhere', 'rotate', 'pos-sync']]);
  neverActs(['rotate the pos-sync key, but only after v3 is rolled out everywhere']);
  stillActs(['rotate the pos-sync key']);
});

describe('a token within the cap asked on a sign-off is the token, asked about', () => {
  keeps([['could we get a 3h token if Priya signs it off?', 'token']]);
  neverActs(['could we get a 3h token if Priya signs it off?']);
});

describe('whether a named unit has an owner, asked, is its details', () => {
  exactly([{ text: 'has the kyc-bot unit got an owner?', intent: 'details', businessUnit: 'kyc-bot' }]);
});

describe('a key asked as a question with the unit in a field: the key for that unit, asked about', () => {
  reads([['Could the Treasury team get a key? (team: treasury-ops)', 'create_key', 'treasury-ops']]);
  neverActs(['Could the Treasury team get a key? (team: treasury-ops)']);
});

describe('whether a credential is bound to a Region, asked, is the Regions topic', () => {
  exactly([
    {
      text: 'is my key region locked? off to Sydney next week',
      intent: 'help',
      topic: 'regions',
      region: 'ap-southeast-2',
    },
  ]);
  keeps([['token for 2h in Mumbai', 'token']]);
});

describe('a question in our words about a thing not ours asks nothing', () => {
  nothingAsked([
    'which of these umbrellas are mine?',
    'do we hold any units of the pension fund?',
    'is the new door intercom safer than the old buzzer?',
    'my brother leaked my address in a group chat, what do I do',
    'is a flight longer than 14h possible with the basic fare?',
  ]);
  exactly([
    { text: 'which of these bots are mine?', intent: 'list', owner: 'me' },
    { text: 'is an access key safer than a token for the kiosk?', intent: 'help', topic: 'key-kinds' },
    { text: 'I leaked my token in a screen share, what do I do?', intent: 'help', topic: 'general' },
  ]);
});

describe('part 2 (tuned-met): a token lifetime in the Nordic languages is read', () => {
  slots([
    ['token i 3 klst takk', { intent: 'token', ttlSeconds: 10800 }],
    ['kan jeg få en token for 45 minutter?', { intent: 'token', ttlSeconds: 2700 }],
    ['token 2 timmar tack', { intent: 'token', ttlSeconds: 7200 }],
    ['tokeni 3 tuntia kiitos', { intent: 'token', ttlSeconds: 10800 }],
  ]);
  // look-alikes: the English lifetimes as before, and no lifetime from a word that is no unit
  slots([
    ['token for 2 hours', { intent: 'token', ttlSeconds: 7200 }],
    ['token pls, the 3 timers on the oven keep beeping', { ttlSeconds: null }],
  ]);
});

describe('part 2 (tuned-met): a token shorter than the least, or a limit asked in Danish, is the bounds', () => {
  slots([
    ['can a token be shorter than 10 min? I only need a minute', { intent: 'help', topic: 'limits' }],
    ['Er der en grænse for hvor lang en token kan være?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alike: a token asked for, "shorter than" told of it, is the token
  slots([['token for 2h, shorter than last time', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('part 2 (tuned-met): a mention asked to do it by someone whose hands cannot type is put to that person', () => {
  nothingAsked([
    '<@U05PERSON9> could you get me a token? gloves on, on the ice all morning, my hands are numb',
  ]);
  // look-alikes: the same asked of the mention alone, and the bot asked with a remark about one's hands
  keeps([
    ['<@U05PERSON9> can you get me a token?', 'token'],
    ['token 2h pls, my hands are frozen so typos', 'token'],
  ]);
});
