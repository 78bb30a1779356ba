/**
 * Round twenty-three, review C (fix23c): units23's readers probed with texts of our own. Non-requests that
 * the round's new readers acted on, and the requests they were written for, kept.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs } from './acted.js';

describe('"take the key off X" is a revoke only when X names a unit, not a thing a key hangs on', () => {
  neverActs([
    'take the key off the counter please',
    'take the key off the windowsill',
    'take the keys off the peg',
    'take the key off the chain',
    'take the key off the lock',
    'take the key off the whiteboard',
    'take the key off the router',
    'take the key off the laptop',
    'take the key off the shared drive',
    'take the credentials off the wiki page',
    'take the key off the front desk team',
    'take the key off the door entry system',
    'take the key off the growth team hook',
    'take the key off the kitchen crew',
    "take the key off the growth team's desk",
  ]);
  keeps([
    ['take the key off hiring-ops', 'revoke', 'hiring-ops'],
    ['take the api key off the agronomy desk', 'revoke', 'agronomy-desk'],
    ['take the key off the growth team please', 'revoke', 'growth-team'],
    ['take the key off the invoice bot', 'revoke', 'invoice-bot'],
    ['take the key off the payroll-sync pipeline', 'revoke', 'payroll-sync'],
    ['take the key off the contractor onboarding squad', 'revoke', 'contractor-onboarding-squad'],
    ['take the key off the board team', 'revoke', 'board-team'],
    ['take the key off <@U04ABCDEF>', 'revoke'],
  ]);
});

describe("an office's key with a door's story around it is the door's key, whatever the office's name", () => {
  neverActs([
    'disable the exec search office key, the locksmith is coming',
    'rotate the exec search office key, the lock was changed',
    'disable the harbour master office key and change the locks',
    'revoke the claims intake office key, the cleaner lost it',
    'disable the north wing office key',
    'disable the basement annex office key',
  ]);
  keeps([
    ['disable the harbour master office key', 'revoke', 'harbour-master-office'],
    ['revoke the claims intake office key please', 'revoke', 'claims-intake-office'],
  ]);
});

describe('a "system" of a thing a key opens is its lock: the everyday word inside its name stays everyday', () => {
  neverActs([
    'create a key for the door entry system',
    'new key for the door entry system, 90 days',
    'rotate the key for the garage door system',
    'rotate the key for the house alarm system',
  ]);
  keeps([
    ['new key for the visitor badge system, 90 days', 'create_key', 'visitor-badge-system'],
    ['create a key for the shift roster planner', 'create_key', 'shift-roster-planner'],
    ['create a key for the invoice matching system', 'create_key', 'invoice-matching-system'],
  ]);
});

describe('where a key was found frees an everyday word only for a place of messages or documents', () => {
  neverActs([
    'disable the cabinet key, someone found it in a shared cabinet',
    'revoke the key for the drawer, found it in a shared drawer',
    'revoke the garage key, saw it in the shared garage',
    'revoke the mailbox key, I found it in the shared mailbox',
  ]);
  keeps([
    ['disable the payroll desk key, internal audit found it in a shared mailbox', 'revoke', 'payroll-desk'],
    ['revoke the growth key, I found it on the team sheet', 'revoke', 'growth'],
  ]);
});

describe("an office's key: premises words are group-nouns.ts's list, read by mood.ts too", () => {
  neverActs(['disable the visitor centre office key', 'disable the main reception office key']);
  keeps([['rotate the exec search office key', 'rotate', 'exec-search-office']]);
});

describe('"it\'s for the X model" is a key\'s purpose only when "model" ends the phrase', () => {
  neverActs([
    "a key for the lab please, it's for the model kits cupboard",
    'need a key for the growth team, its for the model railway exhibit',
  ]);
  keeps([['key for growth, its for the churn model please', 'create_key', 'growth']]);
});

describe('a describing word before a kind of system names no unit: "system" kept only after two name words', () => {
  it.each([
    ['create a key for the internal reporting system', 'create_key'],
    ['rotate the key for the main billing system', 'rotate'],
    ['revoke the key for the legacy billing system', 'revoke'],
  ])('%j', (text, intent) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, null]);
  });
  keeps([['new key for the visitor badge system, 90 days', 'create_key', 'visitor-badge-system']]);
});

describe('"the X is <code name>" names the unit only for README\'s unit words (service, system, app)', () => {
  keeps([
    ['revoke the key for growth, the tool is aws.cli', 'revoke', 'growth'],
    ['rotate the key for growth, the bot is slack.bot', 'rotate', 'growth'],
    [
      'key for the timesheet reminder, the service is `ts-reminder`, api key, 30 days',
      'create_key',
      'ts-reminder',
    ],
  ]);
});
