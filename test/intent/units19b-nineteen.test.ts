/**
 * Round nineteen, units19b: a misspelt city of the Region table read as its Region; "whoever owns" a
 * name of several words names that unit; an "-or" agent noun after a name's word stays a name's word
 * ("tower inspector"). Sentences written before the parser's answer was looked at, other trades than
 * the tuning files' (a clinic, a school, a depot, a newsroom), with look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly } from './acted.js';

describe('a misspelt city (one edit, 5 letters or more, no English word or name) is its Region', () => {
  exactly([
    { text: 'token 4h in frankfrt', intent: 'token', ttlSeconds: 14400, region: 'eu-central-1' },
    { text: 'tkn 2h singapor pls', intent: 'token', ttlSeconds: 7200, region: 'ap-southeast-1' },
    { text: 'token for 1h in stokholm', intent: 'token', ttlSeconds: 3600, region: 'eu-north-1' },
    { text: 'token 3h lodnon', intent: 'token', ttlSeconds: 10800, region: 'eu-west-2' },
    {
      text: 'can I get a token in melbourn for 2 hours',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'ap-southeast-4',
    },
    { text: 'models in irelnd', intent: 'models', region: 'eu-west-1' },
    { text: 'token 6h syndey', intent: 'token', ttlSeconds: 21600, region: 'ap-southeast-2' },
    { text: 'token 2h jakrta please', intent: 'token', ttlSeconds: 7200, region: 'ap-southeast-3' },
    { text: 'need a token in mumbaii for 5h', intent: 'token', ttlSeconds: 18000, region: 'ap-south-1' },
  ]);
});

describe('look-alikes: English words and names near a city stay as written', () => {
  exactly([
    { text: 'token 3h for sidney', intent: 'token', ttlSeconds: 10800 },
    { text: 'token 2h, I am meeting lyndon at noon', intent: 'token', ttlSeconds: 7200 },
    { text: 'token 2h for the german translation', intent: 'token', ttlSeconds: 7200 },
    { text: 'token 1h for the comparison run', intent: 'token', ttlSeconds: 3600 },
    { text: 'token 2h for the londoner survey', intent: 'token', ttlSeconds: 7200 },
  ]);
});

describe('whoever owns a name of several words names that unit', () => {
  exactly([
    {
      text: 'a key for whoever owns the triage bot, thanks',
      intent: 'create_key',
      businessUnit: 'triage-bot',
    },
    {
      text: 'rotate the key for whoever runs the night audit bot',
      intent: 'rotate',
      businessUnit: 'night-audit-bot',
    },

    {
      text: 'an api key for whoever maintains the depot router pls',
      intent: 'create_key',
      businessUnit: 'depot-router',
      keyKind: 'api-key',
    },
    {
      text: 'rotate the key for whoever owns the booking engine now',
      intent: 'rotate',
      businessUnit: 'booking-engine',
    },
    {
      text: 'revoke the key for whoever runs the booking engine, thanks',
      intent: 'revoke',
      businessUnit: 'booking-engine',
    },

    {
      text: 'rotate the key for whoever owns the patient intake form',
      intent: 'rotate',
      businessUnit: 'patient-intake-form',
    },
    {
      text: 'revoke the key for whoever runs the lab results bot',
      intent: 'revoke',
      businessUnit: 'lab-results-bot',
    },
    {
      text: 'a key for whoever maintains the stock counter, thanks',
      intent: 'create_key',
      businessUnit: 'stock-counter',
    },
    { text: 'rotate the key for whoever has the exam marker', intent: 'rotate', businessUnit: 'exam-marker' },
  ]);
});

describe('look-alikes: what a person has is no unit', () => {
  exactly([
    { text: 'a key for whoever has admin rights', intent: 'unknown' },
    { text: 'a key for whoever has access to the ward system', intent: 'unknown' },
  ]);
});

describe('an -or agent noun after a name word stays a name word', () => {
  exactly([
    { text: 'what has tower inspector got', intent: 'details', businessUnit: 'tower-inspector' },
    { text: 'what does site inspector have', intent: 'details', businessUnit: 'site-inspector' },
    { text: 'rotate the key of the site inspector', intent: 'rotate', businessUnit: 'site-inspector' },
    { text: 'deprovision quality inspector', intent: 'deprovision', businessUnit: 'quality-inspector' },
    { text: 'what has roof inspector got', intent: 'details', businessUnit: 'roof-inspector' },
    { text: 'what does the food inspector have', intent: 'details', businessUnit: 'food-inspector' },
    { text: 'rotate the key for fire inspector', intent: 'rotate', businessUnit: 'fire-inspector' },
    { text: 'revoke the bridge inspector key', intent: 'revoke', businessUnit: 'bridge-inspector' },
  ]);
});
