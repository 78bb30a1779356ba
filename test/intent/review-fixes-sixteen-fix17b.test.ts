/**
 * Round seventeen's review fixes, fix17b: lock keys (lock-keys.ts), a team's own checklist
 * (own-checklist.ts) and a writer tied up (tied-up.ts). The reviewers' texts, sentences of the same
 * kind written before the parser's answer was looked at, and look-alikes whose reading must not change.
 */
import { describe, expect, it } from 'vitest';
import type { IntentName } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/** Each text asks nothing of the bot: unknown, never acted on. */
const nothingAsked = (texts: string[]) =>
  it.each(texts)('%j', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acted(text)).toBe(false);
  });

/** Each text keeps its request: the intent (and the unit where one is given). */
const keeps = (rows: [string, IntentName, string?][]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    if (unit !== undefined) expect(parse.businessUnit).toBe(unit);
  });

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
