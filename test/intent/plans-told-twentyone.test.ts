/**
 * Round twenty-one, the lead's sweep for false actions: a plan, an exercise or steps set out for people
 * ("the plan: create a key for payroll, then …", "homework for the intern: …") and a dialogue told ("my
 * manager: \"create a key for payroll\". me: on it") ask nothing of the bot. Sentences of our own, and
 * look-alikes that keep their request.
 */
import { describe } from 'vitest';
import { keeps, neverActs } from './acted.js';

describe('a plan, an exercise or steps set out for people are not asked of the bot', () => {
  neverActs([
    'the plan: create a key for payroll, then rotate the old ads key, then tell finance',
    'homework for the intern: create a key for the sandbox team',
    'step 1: rotate the ads key',
    'Step 2: revoke the old growth key and update the config',
    'runbook says: revoke the leaked key, rotate the others, file an incident',
    'our game plan: deprovision atlas after the freeze',
    'exercise for the workshop: get a token for 2h and call claude',
    'lab 3: create a key for your team and list it',
  ]);
  keeps([
    ['the plan is to create a key for payroll, can you do it now?', 'create_key', 'payroll'],
    ['Request: create a key for payroll', 'create_key', 'payroll'],
    ['lab team: need a token for 2h', 'token'],
    ['from the planning team: rotate our key please', 'rotate', 'planning-team'],
  ]);
});

describe('a dialogue told is not asked of the bot', () => {
  neverActs([
    'my manager: "create a key for payroll". me: on it',
    'dana: "rotate the ads key" me: done already',
    'security: “revoke the growth key”. me: which one?',
  ]);
});
