/**
 * Round thirty-nine, fix39f (the corpus's train and dev errors, by kind): "ci-cd" written with a hyphen where a unit
 * stands is the unit's name; help topics (approval asked with a joined prefix, a request said to be stuck, how to see
 * what one requested before); a bare create-key command's usual lifetime after "bu" and an owner argument. Sentences
 * of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('"ci-cd" written with a hyphen where a unit stands: the unit', () => {
  reads([
    ['please make a new key for ci-cd, owner ops@corp.example', 'create_key', 'ci-cd'],
    ['the ci-cd key was pasted in a PR comment, rotate it', 'rotate', 'ci-cd'],
  ]);
  // look-alikes: "ci/cd" is the pipeline, a long-term use that names no unit; a named runner keeps its name
  reads([
    ['we need a bedrock key for our ci/cd', 'create_key', null],
    ['long-term key for ci-cd-builder please', 'create_key', 'ci-cd-builder'],
  ]);
  neverActs(['did anyone check whether the ci-cd key really leaked?']);
});

describe('help topics: approval with a joined prefix, a stuck request, what one requested before', () => {
  slots([
    ['do tokens need re-approval every month?', { intent: 'help', topic: 'approvals' }],
    ['my key request seems stuck, why is that?', { intent: 'help', topic: 'approvals' }],
    ['how can I see what I requested yesterday?', { intent: 'help', topic: 'history' }],
    ['where can I find which keys we rotated last month?', { intent: 'help', topic: 'history' }],
  ]);
  // look-alikes: a question about a command keeps that command's topic; stuck things of other trades ask nothing
  slots([
    ['how do I see what growth spent last month?', { intent: 'help', topic: 'spend' }],
    ['how do I see what models I can call?', { intent: 'help', topic: 'models' }],
  ]);
  nothingAsked(['the printer queue is stuck again, lovely']);
});

describe("a bare create-key command's usual lifetime after 'bu' and an owner argument: its days", () => {
  slots([
    [
      'create key bu claims-bot owner <@U0CLAIM42> 60',
      { intent: 'create_key', businessUnit: 'claims-bot', owner: 'U0CLAIM42', expiryDays: 60 },
    ],
    [
      'new key unit geo-tiles owner maps@corp.example 90',
      { intent: 'create_key', businessUnit: 'geo-tiles', owner: 'maps@corp.example', expiryDays: 90 },
    ],
  ]);
  // look-alike: a small number after the name is no usual lifetime, no days are read
  slots([['create key bu squad owner <@U0SQUAD01> 7', { intent: 'create_key', expiryDays: null }]]);
});

describe('a lifetime naming a rotation: its schedule, no lifetime asked for', () => {
  slots([
    ['the 60-day rotation of the claims-bot key is due, go ahead', { intent: 'rotate', expiryDays: null }],
    [
      'time for the 30-day rotation on the geo-tiles key, go ahead',
      { intent: 'rotate', businessUnit: 'geo-tiles', expiryDays: null },
    ],
  ]);
  // look-alikes: the new key's lifetime stays asked for
  slots([
    ['rotate the geo-tiles key, the new one for 45 days', { intent: 'rotate', expiryDays: 45 }],
    ['key for geo-tiles, 90 days', { intent: 'create_key', expiryDays: 90 }],
  ]);
});
