/**
 * Round seventeen's review fixes, fix17b: lock keys (lock-keys.ts), a team's own checklist
 * (own-checklist.ts) and a writer tied up (tied-up.ts). The reviewers' texts, sentences of the same
 * kind written before the parser's answer was looked at, and look-alikes whose reading must not change.
 */
import { describe, expect, it } from 'vitest';
import type { IntentName } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, nothingAsked } from './acted.js';

/** Each text is not read as a lock's key (whatever else it is read as). */
const notALock = (texts: string[]) =>
  it.each(texts)('%j', (text) => {
    expect(parseRequest(text).reason).not.toBe("a lock's key, no credential");
  });

describe('1. "key safe at …" is a thing only before a capital, never in "is my key safe …"', () => {
  keeps([
    ['is my key safe at rest?', 'help'],
    ['is the key safe on github if the repo is private?', 'help'],
    ['is the key safe on my desktop?', 'help'],
    ['is my key safe at Heroku?', 'help'],
    ['are our keys safe at rest in the vault?', 'help'],
  ]);
  notALock([
    'is the ads key safe on bitbucket?',
    'keep the growth key safe at all times',
    'is our key safe at the moment?',
  ]);
  describe('look-alikes: a key safe at a named place stays a lock', () => {
    nothingAsked([
      'key safe at SS-Kingsway was reset, ask control for it',
      'key safe code changed at SS-Kingsway, ask control for it',
      'the key safe at Kingsway has a new code',
      'the key safe outside Depot 4 is jammed',
      'key safe by the Main Gate has a new combo',
    ]);
  });
});

describe("2. a unit named with a lock word, or a command of ours beside a lock's key, is read as usual", () => {
  keeps([
    ['deprovision keycard-platform', 'deprovision', 'keycard-platform'],
    ['offboard the keycard team', 'deprovision'],
    ['rotate keycard', 'rotate', 'keycard'],
    ['create a unit for keycard-access', 'create_key', 'keycard-access'],
    ['deprovision the key-box team', 'deprovision'],
    ['locker keys are at reception. also deprovision the growth unit please', 'deprovision', 'growth'],
    ['who are the key holders for payments?', 'details', 'payments'],
    ['rotate keypad-svc', 'rotate', 'keypad-svc'],
    ['deprovision keyring', 'deprovision', 'keyring'],
    ['offboard the keybox squad', 'deprovision'],
    ['spend for the keypad team this month', 'spend'],
    ['who are the key holders of growth', 'details', 'growth'],
    ['lost my house keys, also revoke the ads key', 'revoke', 'ads'],
    ['create a key for keycode-reader please', 'create_key', 'keycode-reader'],
  ]);
  notALock(['grant the keypad-app unit temporary access', 'the key cabinet is full. rotate growth please']);
  describe("look-alikes: only a lock's key stays nothing asked", () => {
    nothingAsked([
      'my keycard stopped working again',
      'key locker for the night-shift team changed, code is with security',
      'the key box for unit 4 is jammed again',
      'the keypad for the ops team room is broken',
      'the key cabinet at reception is locked',
      'front door keys are on the hook',
      'the keypad at the lab door changed, ask facilities',
      'anyone got the key code for the bike shed?',
      'lost my car keys, anyone seen them?',
      'the keypad code for the depot changed',
      'my key fob stopped working',
      'Please note that the office key cards for the 4th floor will be rotated on Friday.',
    ]);
  });
});

/** Each text is read as put to the bot, not to a tied-up writer's colleague. */
const toTheBot = (rows: [string, IntentName][]) =>
  it.each(rows)('%j', (text, intent) => {
    const parse = parseRequest(text);
    expect(parse.reason).not.toBe('put to another person');
    expect(parse.intent).toBe(intent);
  });

describe('4. "in the lab team" is who the writer is; a key created "for me" is asked for oneself', () => {
  toTheBot([
    ["<@U0BOT> I'm in the lab team, could you create a key for the lab?", 'create_key'],
    ["<@U0BOT> I'm on site, can you create a bedrock key for me?", 'token'],
    ["<@U0BOT> I'm in the workshop group, can you rotate the workshop key?", 'rotate'],
    ["<@U0BOT> I'm in the lab squad, could you revoke the lab-tools key?", 'revoke'],
    ["<@U0BOT> I'm at the depot, could you make a new key for me?", 'token'],
    ["<@U0BOT> I'm in the field, can you set up a new api key for me for 30 days?", 'token'],
    ["<@U0BOT> I'm in the lab unit, can you deprovision old-lab?", 'deprovision'],
  ]);
  describe('look-alikes: a writer tied up asking a colleague to act on their behalf', () => {
    nothingAsked([
      "<@U07ABC1234> I'm in the field today, could you rotate the grid-ops key for me?",
      "<@U02WERT999> could you deprovision old-analytics for me? I'm at the depot without my laptop",
      "<@U0BOT> I'm in the lab, could you revoke the lab key?",
      "<@U0BOT> I'm in the lab all day, could you rotate the growth key for me?",
      '<@U0BOT> stuck in the workshop, can you revoke the ads key?',
      "<@U0BOT> I'm on site, can you revoke the billing key for me?",
    ]);
  });
});

/** Each text is read as asked of the bot (the intent; a question is allowed), not as one's own checklist. */
const listToTheBot = (rows: [string, IntentName][]) =>
  it.each(rows)('%j', (text, intent) => {
    const parse = parseRequest(text);
    expect(parse.reason).not.toBe("a checklist of one's own tasks");
    expect(parse.intent).toBe(intent);
  });

describe('3. a list put to the bot by a command in its header, or a noun header over only our commands', () => {
  listToTheBot([
    ['rotate the keys on this checklist:\n- payments\n- ads', 'rotate'],
    ['Tasks:\n1. revoke the ads key\n2. create a new key for growth', 'revoke'],
    ['Steps:\n1. deprovision legacy-maps\n2. create a key for maps-v2', 'deprovision'],
    ['revoke these keys:\n- growth\n- marketing', 'revoke'],
    ['please rotate the keys for these units:\n• billing\n• search', 'rotate'],
  ]);
  describe("look-alikes: boxes, or items that are not all ours, stay the team's own", () => {
    nothingAsked([
      'Action items from the PIR:\n- rotate keys quarterly instead of yearly (owner TBD)\n- alert on key age > 80d\n- stop pasting creds in #incidents',
      '- [x] rotate npm token\n- [ ] rotate PyPI token\n- [ ] update the release docs',
      'Release checklist v4.2\n- [x] bump version\n- [x] rotate signing key\n- [ ] update changelog\n- [ ] tag release',
      'Tasks:\n- [ ] revoke the ads key\n- [ ] create a key for growth',
      'Cutover plan:\n1. freeze deploys\n2. rotate the payments key\n3. smoke test',
      'Checklist for renewals go-live:\n- [ ] broker comms sent\n- [ ] rating tables loaded\n- [ ] bedrock key for renewals-bot\n- [ ] UAT sign-off',
    ]);
  });
});
