/**
 * Round fifty-two, fix52g (the English style files: tuned-styles-anglo, -long, -threads, -followups, -relay, -lay,
 * tuned-forms, tuned-webtoon): the person a credential is for named in a bracket or line after the request, or beside
 * a person named before a form's fields (owner.ts); a key's lifetime given as what someone advises
 * (request-sentence.ts); whether the bot is down asked of the channel (rules.ts); what a unit has, asked how to see
 * (help-topic.ts); a maker named only to be set apart from the others (rules.ts). Sentences of our own of each kind,
 * and look-alikes that keep their reading. (A travel trade's desks as units, "rotate the hotel desk key", were taken
 * out at the merge: intents16-sixteen.test.ts holds that key to be a hotel's front-desk key, not acted on.)
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('the person a token is for, in a bracket or line after the request, or before a form’s fields', () => {
  slots([
    [
      'token 4h\n(for <@U05MARTA>, she’s covering nights)',
      { intent: 'token', owner: 'U05MARTA', ttlSeconds: 14400 },
    ],
    [
      'need a token, 3h. (for <@U05MARTA> — his old one expired)',
      { intent: 'token', owner: 'U05MARTA', ttlSeconds: 10800 },
    ],
    [
      'Token for our contractor, <@U05MARTA>\nDuration: 5h',
      { intent: 'token', owner: 'U05MARTA', ttlSeconds: 18000 },
    ],
    [
      'token for the new analyst, <@U05MARTA>\nHow long: 2h\nRegion: Ireland',
      { intent: 'token', owner: 'U05MARTA', ttlSeconds: 7200, region: 'eu-west-1' },
    ],
    // look-alike: the one thanked in the bracket is no one the token is for
    [
      'token 2h\n(thanks <@U05MARTA>, she told me to ask here)',
      { intent: 'token', owner: null, ttlSeconds: 7200 },
    ],
  ]);
});

describe('the owner named in a sentence told after the request', () => {
  slots([
    [
      'api key for promo-gen please? it’s for the spring launch, owner’s <@U05MARTA>',
      { intent: 'create_key', businessUnit: 'promo-gen', owner: 'U05MARTA' },
    ],
    [
      'could we get a key for churn-watch? it’s for the retention project, the owner’s <@U05MARTA>',
      { intent: 'create_key', businessUnit: 'churn-watch', owner: 'U05MARTA' },
    ],
  ]);
});

describe('a key’s lifetime given as what someone advises', () => {
  slots([
    ['api key for sales-bot. 60 days is what security recommends', { intent: 'create_key', expiryDays: 60 }],
    ['key for claims-ocr, 180 days is what the vendor asked for', { intent: 'create_key', expiryDays: 180 }],
    [
      'access key for churn-ml please — 30 days is what our policy allows',
      { intent: 'create_key', expiryDays: 30 },
    ],
  ]);
});

describe('whether the bot is down, asked of the people in the channel', () => {
  nothingAsked([
    'is the bot down or is it just me? (asking the channel, not the bot)',
    'bot’s not answering since lunch, anyone else?',
    'the bot looks dead since 9, anybody else?',
  ]);
});

describe('how to see what a unit has, asked', () => {
  slots([
    ['how do I check what our unit has got?', { intent: 'help', topic: 'details' }],
    ['how do I check who has keys on our team’s unit?', { intent: 'help', topic: 'details' }],
    ['how do I see what keys a unit has?', { intent: 'help', topic: 'details' }],
  ]);
});

describe('a maker named only to be set apart from the others', () => {
  slots([
    ['which models do we have besides claude?', { intent: 'models', provider: null }],
    ['list models — anything other than llama?', { intent: 'models', provider: null }],
    ['what models are there apart from Claude?', { intent: 'models', provider: null }],
    ['which models can I use? only claude or others too?', { intent: 'models', provider: null }],
    // look-alike: the maker asked for
    ['list the claude models', { intent: 'models', provider: 'anthropic' }],
  ]);
});

describe('"cancel it" said of a leaked or misused key revokes it', () => {
  slots([
    [
      'the promo-gen key leaked in a public repo, please cancel it',
      { intent: 'revoke', businessUnit: 'promo-gen' },
    ],
    ['our churn-watch key is compromised. cancel it asap', { intent: 'revoke', businessUnit: 'churn-watch' }],
    [
      'someone outside is using the claims-triage key, cancel it now please',
      { intent: 'revoke', businessUnit: 'claims-triage' },
    ],
  ]);
  // look-alikes: the writer's own request taken back
  nothingAsked(['token 2h please. actually cancel it, not needed']);
  neverActs(['I asked for a key for promo-gen earlier, please cancel it']);
});

describe('a change given the go-ahead in the passive', () => {
  reads([
    ['promo-gen can be deprovisioned now, thanks', 'deprovision', 'promo-gen'],
    ['the churn-watch key can be revoked now, the vendor is gone', 'revoke', 'churn-watch'],
    ['old-ads can be fully deprovisioned, the campaign is over', 'deprovision', 'old-ads'],
  ]);
  // look-alikes: a question, a rule
  slots([['can promo-gen be deprovisioned?', { intent: 'help' }]]);
  neverActs(['a unit can be deprovisioned only by admins', 'keys can be rotated from the console too']);
});
