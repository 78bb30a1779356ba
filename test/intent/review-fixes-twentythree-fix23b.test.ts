/**
 * Round twenty-three, review fix23b: what requests23's readers (Tagalog and Dutch words, "and send me …" as a
 * second request, "X will own it: <@U…>") caught that they should not, or lost. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { keeps, neverActs, nothingAsked } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('Tagalog thanks "salamat (po) sa …" thank for something; they ask for nothing', () => {
  neverActs([
    'salamat po sa key ng tally-app',
    'salamat sa token kahapon',
    'maraming salamat po sa api key para sa harbor-ops, gumagana na',
    'salamat ha sa bagong token',
    'Salamat po sa access key ng crane-desk!',
  ]);
  // (A request after the thanks still asks.)
  keeps([
    ['salamat po! pa-rotate po ng key ng tally-app', 'rotate', 'tally-app'],
    ['pwede po ba makahingi ng api key para sa tally-app? 90 days po', 'create_key', 'tally-app'],
  ]);
});

describe('"and send/show me the new key" is the first request\'s own result, no second request', () => {
  keeps([
    ['rotate and show me the new key for gate-ops', 'rotate', 'gate-ops'],
    ['please regenerate and send me the new key for yard-sim', 'rotate', 'yard-sim'],
    ['revoke and tell me the id of the key for berth-planner', 'revoke', 'berth-planner'],
    ['rotate the key and show me the new one for gate-ops', 'rotate', 'gate-ops'],
    ['rotate it and give me the fresh key, harbor-ops', 'rotate', 'harbor-ops'],
    // (A report of something else still starts a request of its own.)
    ['deprovision silo-sensors and send me its final spend', 'deprovision', 'silo-sensors'],
  ]);
});

describe('Dutch "vervangen" after "heb"/"is"/"werd" … is the participle: replaced, told', () => {
  nothingAsked([
    'de key van gate-ops is gisteren vervangen',
    'ik heb de sleutel van harbor-ops vanochtend vervangen',
    'wie heeft de key van silo-sensors vervangen',
  ]);
  neverActs(['de key van yard-sim wordt morgen door het platform team vervangen']);
  keeps([
    ['kun je de key van gate-ops vervangen graag', 'rotate', 'gate-ops'],
    ['graag de key van harbor-ops vervangen', 'rotate', 'harbor-ops'],
    ['vervang de key van yard-sim alsjeblieft', 'rotate', 'yard-sim'],
  ]);
});

describe('"X will own it: <@U…>" names the owner; "nobody will own it" or a question names none', () => {
  const ownerOf = (text: string) => parseRequest(text).owner ?? null;
  it.each([
    'Long story, the sprint went ok. Nobody will own it: <@U0ABCDEF1> said so. could we have a key for crane-ops?',
    'create a key for crane-ops, no one will own it <@U0ABCDEF1> is leaving',
    'create a key for crane-ops. who will own it <@U0ABCDEF1> or me',
  ])('%j has no owner', (text) => {
    expect(ownerOf(text)).toBeNull();
  });
  it('names the owner when said', () => {
    expect(ownerOf('create a key for crane-ops, Marco will own it: <@U0ABCDEF1>')).toBe('U0ABCDEF1');
  });
});

describe('English "pwd" (password) marks no Tagalog', () => {
  nothingAsked([
    'my pwd manager lost the key for tally-app, po 4471 covers the renewal',
    'pwd reset for the ads key went fine, po 4471 approved',
  ]);
  keeps([['pwede po ba ng token for 2 hours', 'token']]);
});

describe('Tagalog "huwag"/"wag" before "pa-rotate" … is "don\'t"; "hindi na kailangan" is "no longer needed"', () => {
  neverActs([
    'huwag po pa-revoke ang key ng tally-app',
    'huwag niyo pong pa-rotate ang key ng harbor-ops, ginagamit pa',
    'wag muna pa-delete yung key ng crane-desk po',
    'pa-revoke po ng key ng tally-app? o hindi na kailangan?',
  ]);
  keeps([
    ['pa-revoke po ng key ng tally-app, hindi na po kailangan', 'revoke', 'tally-app'],
    ['pa-rotate po ng key ng harbor-ops, salamat', 'rotate', 'harbor-ops'],
  ]);
});

describe('Dutch "niet" with "vervangen"/"vernieuwen" (replace, renew) is not to be done, as with the other verbs', () => {
  neverActs([
    'graag niet de key van gate-ops vervangen',
    'de sleutel van harbor-ops niet vervangen aub',
    'vervang de key van silo-sensors niet',
    'vernieuw de key van yard-sim niet, die is nog goed',
    'roteer de key van crane-desk niet',
  ]);
  keeps([
    ['graag de key van gate-ops vernieuwen', 'rotate', 'gate-ops'],
    ['vervang de key van silo-sensors, het lekte', 'rotate', 'silo-sensors'],
  ]);
});

describe('a word that judges an event or tells its state names none ("the boring workshop", "the abandoned poc")', () => {
  it.each([
    'remove everything for the boring workshop',
    'remove everything for the abandoned poc',
    'tear it all down for the cancelled hackathon',
  ])('%j names no unit of that word', (text) => {
    const unit = parseRequest(text).businessUnit ?? '';
    expect(unit).not.toMatch(/^(?:boring|abandoned|cancelled)-/);
  });
  keeps([
    ['remove the whole thing for the berth hackathon', 'deprovision', 'berth-hackathon'],
    ['tear everything down for the crane vision poc', 'deprovision', 'crane-vision-poc'],
  ]);
});

describe('Taglish "pa-revoke" told as done ("nag pa-revoke", "na pa-revoke ko na") is not acted on', () => {
  neverActs([
    'sino nag pa-revoke ng key ng tally-app',
    'na pa-revoke ko na ang key ng tally-app',
    'nag pa-rotate na po ako ng key ng harbor-ops kahapon',
  ]);
  keeps([
    ['pa-revoke po ng key ng tally-app', 'revoke', 'tally-app'],
    ['paki pa-rotate po ng key ng harbor-ops, salamat', 'rotate', 'harbor-ops'],
  ]);
});
