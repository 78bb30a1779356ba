/**
 * Round twenty-six, requests26: requests misread in round twenty-five's blind files (now tuned), by kind. Sentences
 * of our own, written before the parser's answer was looked at, and look-alikes that must not change (above all
 * non-requests with the same words, which must never act).
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('(a) a token asked for, then its reason: the reason’s nouns and verbs are story', () => {
  reads([
    ['need a token asap, the ops desk wants the fraud review summary before noon', 'token', null],
    ['Can I get token? the old one died in the middle of the demo with the customer 😩', 'token', null],
    ['token pls, legal wants the contract digest before the board meeting', 'token', null],
    ['need a bedrock token real quick — the risk desk wants the var report summary by 5', 'token', null],
    ['can i get a token? mine expired halfway through the call with finance', 'token', null],
    ['gimme a token asap, my manager wants the triage summary before standup :pray:', 'token', null],
    ['could I get a token please? the previous one ran out during the workshop', 'token', null],
  ]);
  slots([
    [
      'need a token for 2h asap, the desk wants the pnl summary before the close',
      { intent: 'token', ttlSeconds: 7200 },
    ],
  ]);
  // look-alikes: no token asked, or asked about for someone else's curiosity
  nothingAsked([
    'the desk wants a token summary before the close',
    'legal wants the token usage summary before the board meeting',
    'the old one expired in the middle of the call with the client 😩',
    'my manager wants the triage summary before standup',
  ]);
  reads([["can I get token? asking for a friend who's curious how it works", 'help', null]]);
  neverActs([
    "can I get token? asking for a friend who's curious how it works",
    'can i get a token? just curious how it works, not rn',
    'the desk wants a token summary before the close',
  ]);
});

describe('(b) a form whose fields give a duration in hours or minutes and ask no key is a token request', () => {
  slots([
    [
      'Duration: 4h\nPurpose: fraud-ml prompt tuning\nRequested by: <@U05ABCDE1>',
      { intent: 'token', ttlSeconds: 14400 },
    ],
    [
      'Duration: 90 min\nReason: eval notebook\nRequester: <@U01ZZZZZ9>',
      { intent: 'token', ttlSeconds: 5400 },
    ],
    [
      '*Duration*: 2 hours\n*Purpose*: prompt evals for the claims demo',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    [
      'TTL: 3h | Justification: load test of recsys prompts | Submitted by: ana@corp.example',
      { intent: 'token', ttlSeconds: 10800 },
    ],
    [
      'Duration:\n6h\nPurpose:\nbenchmark run\nRequested by:\n<@U07QWERT2>',
      { intent: 'token', ttlSeconds: 21600 },
    ],
  ]);
  // look-alikes: a report in a form's shape with a duration asks nothing; a key form keeps its key
  nothingAsked([
    'Duration: 4h\nStatus: done\nAttendees: <@U05ABCDE1>, <@U05ABCDE2>',
    'Incident: api outage\nDuration: 45 min\nImpact: checkout errors\nNext steps: postmortem',
    'Meeting: sprint retro\nDuration: 1h\nNotes: went fine',
    'Duration: 1h\nPurpose: sprint planning\nRequested by: <@U05ABCDE1>',
    'Duration: 45 min\nPurpose: fire drill walkthrough\nRequested by: <@U05ABCDE1>',
  ]);
  neverActs([
    'Duration: 4h\nStatus: done\nAttendees: <@U05ABCDE1>, <@U05ABCDE2>',
    'Incident: api outage\nDuration: 45 min\nImpact: checkout errors\nNext steps: postmortem',
  ]);
  slots([
    [
      'Type: API key\nTeam: fraud-ml\nExpiry: 90\nRequested by: <@U05ABCDE1>',
      { intent: 'create_key', businessUnit: 'fraud-ml', expiryDays: 90 },
    ],
  ]);
});

describe('(c) a long-term key asked after a story: the request sentence gives the unit, owner and days', () => {
  slots([
    [
      'morning all. so the claims team finally got sign-off from legal after three weeks of back and forth. the job runs in a k8s cron every 10 min so temp tokens are no good. can the bot set up a long-term key for claims-triage-prod, owner <@U03ABCDE7>, 90 days? ty',
      { intent: 'create_key', businessUnit: 'claims-triage-prod', owner: 'U03ABCDE7', expiryDays: 90 },
    ],
    [
      'hi! quick context: the pricing service was moved to lambda last sprint and it runs every hour, so short tokens expire mid-run. could you create a long lived key for pricing-svc, owner <@U02PRICE1>, 60 days please',
      { intent: 'create_key', businessUnit: 'pricing-svc', owner: 'U02PRICE1', expiryDays: 60 },
    ],
    [
      'ok so after the audit we moved the nightly batch to airflow; temp tokens keep dying at 3am. Can we get a permanent key for nightly-etl? owner kim@corp.example, 180 days.',
      { intent: 'create_key', businessUnit: 'nightly-etl', owner: 'kim@corp.example', expiryDays: 180 },
    ],
    [
      'hey team, the docs bot finally ships next week 🎉 it polls every 5 min so a token won’t cut it. can the bot set up a long-term key for docs-bot, 30 days, owner <@U09DOCS01>? thx',
      { intent: 'create_key', businessUnit: 'docs-bot', owner: 'U09DOCS01', expiryDays: 30 },
    ],
  ]);
  // look-alikes: the same story with no request, or a request taken back, asks nothing
  nothingAsked([
    'morning all. so the claims team finally got sign-off. the job runs in a k8s cron every 10 min so temp tokens are no good.',
  ]);
  neverActs([
    'fyi the pricing service runs every hour, so short tokens expire mid-run; we set up a long-term key for it last month',
    'hey team, the docs bot ships next week 🎉 it polls every 5 min. we already have a long-term key for docs-bot, 30 days',
    'we already have a long-term key for docs-bot, 30 days',
    'can the bot set up a long-term key for a team?',
    'so the claims team runs in a k8s cron every 10 min, temp tokens are no good. does the bot even do long-term keys?',
    'we already have a long-term key for docs-bot, 30 days, owner <@U09DOCS01>',
  ]);
});

describe('(d) "rotate" inside a bracketed aside or inside a unit’s name is not the verb', () => {
  reads([
    [
      'Access key pls for stock-rotation-report (it’s the thing that tells the warehouse which pallets to rotate first), 90 days',
      'create_key',
      'stock-rotation-report',
    ],
    [
      'api key for shift-rota (the app that tells nurses when to rotate wards) please',
      'create_key',
      'shift-rota',
    ],
    [
      'new key for crop-planner (it decides which fields to rotate next season), 180 days',
      'create_key',
      'crop-planner',
    ],
    ['create a key for tyre-rotation-svc pls', 'create_key', 'tyre-rotation-svc'],
    ['revoke the key of the log-rotate bot', 'revoke', 'log-rotate'],
    ['key for oncall-rotation please, 30 days', 'create_key', 'oncall-rotation'],
  ]);
  slots([
    [
      'Access key pls for stock-rotation-report (it’s the thing that tells pharmacy which drugs to rotate first), 90 days',
      { intent: 'create_key', businessUnit: 'stock-rotation-report', expiryDays: 90 },
    ],
  ]);
  // look-alikes: "rotate" as the request's verb stays the verb
  reads([
    ['rotate the stock-rotation-report key pls', 'rotate', 'stock-rotation-report'],
    ['please rotate the shift-rota key (it was pasted in a thread)', 'rotate', 'shift-rota'],
    ['create a key for growth, and rotate the old ads one', 'create_key', 'growth'],
  ]);
  nothingAsked([
    'the stock-rotation-report tells pharmacy which drugs to rotate first',
    'crop-planner (it decides which fields to rotate next season) is live',
    'we rotate wards every week (shift-rota handles it)',
  ]);
});

describe('(e) "the old X one" names the unit; a condition clause’s unit is story', () => {
  reads([
    [
      'once the new surveil-triage-prod key is live, revoke the old surveil-triage one',
      'revoke',
      'surveil-triage',
    ],
    ['when the new billing-v2 key works, please revoke the old billing one', 'revoke', 'billing'],
    ['after the search-api-prod key is set up, revoke the old search-api one pls', 'revoke', 'search-api'],
    ['as soon as ads-v3 is on its new key, kill the old ads-v2 one', 'revoke', 'ads-v2'],
    ['once the new kyc-prod key is live, rotate the old kyc one', 'rotate', 'kyc'],
  ]);
  reads([['revoke the old growth one', 'revoke', 'growth']]);
  // look-alikes: told, not asked; never acted
  neverActs([
    "once the new key is live we'll revoke the old one",
    'once the new surveil-triage-prod key is live, we will revoke the old surveil-triage one',
    'when the new billing-v2 key works, the old billing one gets revoked',
    'after the search-api-prod key is set up, someone should revoke the old search-api one',
  ]);
  nothingAsked([
    "once the new key is live we'll revoke the old one",
    'the old billing one was revoked last week',
  ]);
});

describe('(f) two requests in one message: the first is the request', () => {
  slots([
    ['token 4h and whats our bedrock spend this month?', { intent: 'token', ttlSeconds: 14400 }],
    ['token for 2h, also how much did we spend last month?', { intent: 'token', ttlSeconds: 7200 }],
    [
      'create key for tm-cleanup and give me a token 2h too',
      { intent: 'create_key', businessUnit: 'tm-cleanup' },
    ],
    ['new api key for ops-bot, and a 3h token for me pls', { intent: 'create_key', businessUnit: 'ops-bot' }],
    ['token 1h and list the units', { intent: 'token', ttlSeconds: 3600 }],
    [
      'rotate the growth key and show me the spend for this month',
      { intent: 'rotate', businessUnit: 'growth' },
    ],
  ]);
  // look-alikes: a question first, then the request stays the request; spend alone stays spend
  slots([
    ['whats our bedrock spend this month?', { intent: 'spend' }],
    ['how much did the 4h tokens cost us this month?', { intent: 'spend' }],
  ]);
  neverActs([
    'what did our token spend look like this month, and who made the tm-cleanup key?',
    'how much do 4h tokens cost?',
  ]);
});

describe('(g) "N h and a half", "N hours and a half" add half an hour', () => {
  slots([
    ['one token for 4h and a half please', { intent: 'token', ttlSeconds: 16200 }],
    ['token 2 hours and a half', { intent: 'token', ttlSeconds: 9000 }],
    ['can i get a token for 3h and a half?', { intent: 'token', ttlSeconds: 12600 }],
    ['token for 1 hour and a half pls', { intent: 'token', ttlSeconds: 5400 }],
    ['token 5 hrs and a half, frankfurt', { intent: 'token', ttlSeconds: 19800, region: 'eu-central-1' }],
  ]);
  // look-alikes: the half is another thing's, or the lifetime is said otherwise
  slots([
    ['token 4h and a half-page summary of what it does', { intent: 'token', ttlSeconds: 14400 }],
    ['token for two and a half hours', { intent: 'token', ttlSeconds: 9000 }],
  ]);
  neverActs(['the meeting took 4h and a half', 'the run took 2 hours and a half, tokens are fine']);
});
