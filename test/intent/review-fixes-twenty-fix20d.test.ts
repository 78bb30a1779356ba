/**
 * fix20d: round twenty's new false actions (review D, "New this round" 1-5), with sentences of our own
 * written before the parser's answer was looked at, and look-alikes that must keep acting.
 */
import { describe } from 'vitest';
import { keeps, neverActs } from './acted.js';

describe('1. "shut everything down for X" takes only a unit-like name after "for"', () => {
  neverActs([
    'shut everything down for the storm',
    'shut everything down for the hurricane',
    'shut everything down for the flood',
    'shut everything down for the fire drill',
    'shut everything down for the power cut',
    'shut everything down for the inspection',
    'shut everything down for the move',
    'shut everything down for the crane lift',
    'shut everything down for safety reasons',
    'shut everything down for site 14',
    'shut everything down for site 14 tonight',
    'shut everything down for the storm, said nobody',
    "can you shut everything down for the plant team's outage",
    // our own
    'close it all down for the heatwave',
    'wind it all down for the earthquake drill',
    'please shut everything down for the evacuation',
    'can you close everything down for the snow',
    'shut it all down for the funeral',
    'Shut everything down for the blackout.',
    'shut everything down for maintenance reasons',
    'could you shut all of it down for the fire alarm test',
    'shut everything down for *the typhoon*',
  ]);
  keeps([
    ['shut everything down for atlas', 'deprovision', 'atlas'],
    ['shut down everything for hack week', 'deprovision', 'hack-week'],
    ['tear down everything for the tender sprint', 'deprovision'],
    ['shut everything down for hack week', 'deprovision', 'hack-week'],
    ['close it all down for old-crm', 'deprovision', 'old-crm'],
    ['please shut everything down for vendor-x', 'deprovision', 'vendor-x'],
    ['shut everything down for the tender sprint', 'deprovision'],
    ['can you wind it all down for the growth team', 'deprovision'],
  ]);
});

describe('2. a leading name + please puts the order to that person', () => {
  neverActs([
    'Dave please shut everything down for atlas',
    'Priya please shut everything down for the storm',
    'Sam please close it all down for vendor-x',
    'Maria pls shut everything down for old-crm',
    'Tom kindly wind it all down for atlas',
    'Jo please shut everything down for hack week',
    'Ahmed plz shut it all down for phoenix',
    'Lee please shut all of it down for atlas',
    'Dave can you shut everything down for atlas',
    'Nina could you close it all down for vendor-x',
  ]);
  keeps([
    ['please shut everything down for atlas', 'deprovision', 'atlas'],
    ['hi, please shut everything down for atlas', 'deprovision', 'atlas'],
  ]);
});

describe('3. "another one" is a token only after our token', () => {
  neverActs([
    'token ring network died, another one for 2h?',
    'crypto token crashed. another one for 2h?',
    'slot machine ate my token, another one pls',
    'tokens ran out again. another one for 2h? kidding',
    "token expired again. another one for 2h? lol no, I'm done for today",
    'a token expired. Sam, another one for 2h?',
    'token expired. another one for 2h? asking for Sam',
    // our own
    'the bus token fell down the drain, another one please',
    'my game token got eaten. another one for 3h?',
    'the parking token ran out, another one for 1h?',
    'the arcade token jammed. another one pls',
    'nft token minted, another one for 2h?',
    'token expired. Priya, another one for 4h?',
    'token expired. another one for 2h? jk',
    'the laundry token is gone, another one for 2h?',
  ]);
  keeps([
    ['token for 1h. it ran out. Another one for 2h?', 'token'],
    ['the last token expired mid flight. another one for 2h?', 'token'],
    ['my bedrock token expired, another one for 2h?', 'token'],
  ]);
});

describe('4. a trade team acts only on a thing of ours', () => {
  neverActs([
    "deprovision the plant team's tablets",
    "deprovision the plant team's vans",
    "the plant team's keys are in the safe, rotate them weekly",
    // our own
    "revoke the gate crew's laptops",
    "deprovision the works desk's printers",
    "deprovision the plant team's radios",
    "revoke the plant team's fuel cards",
    "deprovision the gate ops crew's phones",
    "the gate crew's keys are in the key box, rotate them monthly",
    "deprovision the plant team's excavators",
    "revoke the works team's badges",
  ]);
  keeps([
    ['api key for the gate ops crew, 45 days', 'create_key'],
    ["revoke the plant team's key", 'revoke'],
    ["rotate the plant team's key", 'rotate'],
    ["deprovision the plant team's access", 'deprovision'],
  ]);
});

describe('5. numbered places with a physical key story are not ours', () => {
  neverActs([
    'revoke all keys for building 3, the locks are changed',
    'revoke the key for building 3',
    "deprovision everything for plant 3, it's being demolished",
    // our own
    'rotate the keys for building 5, the locks were replaced',
    'revoke the key for block 2, the door was changed',
    // (left: "rotate the key for warehouse 7, new padlocks fitted", "deprovision everything for depot 4, it's
    // being knocked down": the unit finder then takes the bare place word; they acted at base too.)
    'revoke the key for hotel 5, the doors were rekeyed',
    'revoke the keys for building 9 doors',
    'rotate all keys for building 2, locksmith came today',
    'revoke the key for unit 6, the padlock was cut',
  ]);
  keeps([
    ['rotate the key for site 14', 'rotate'],
    ['rotate the key for plant 3', 'rotate', 'plant-3'],
    ["revoke all keys for site 14, job's handed over", 'revoke', 'site-14'],
    ['an api key for building 3', 'create_key', 'building-3'],
  ]);
});
