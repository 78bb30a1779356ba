/**
 * Round twenty-nine, dev29: dev-split texts read wrong (intent or slot), and the kinds the brief names. Sentences of
 * our own, written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a Czech lifetime in hours or minutes, in any case form (hodinu, hodiny, hodin, minut), is the token’s', () => {
  exactly([
    { text: 'potřebuji token na 2 hodiny', intent: 'token', ttlSeconds: 7200 },
    { text: 'token na 1 hodinu prosím', intent: 'token', ttlSeconds: 3600 },
    { text: 'potřebuju token na 5 hodin', intent: 'token', ttlSeconds: 18000 },
    { text: 'dej mi token na 30 minut', intent: 'token', ttlSeconds: 1800 },
    { text: 'token na 45 minut, díky', intent: 'token', ttlSeconds: 2700 },
    { text: 'Potřebuji *token* na 3 hodiny, prosím', intent: 'token', ttlSeconds: 10800 },
    { text: 'token na 90 minut pls', intent: 'token', ttlSeconds: 5400 },
    { text: 'token na hodinu', intent: 'token', ttlSeconds: 3600 },
    { text: 'token na půl hodiny', intent: 'token', ttlSeconds: 1800 },
    { text: 'token na 24 hodin', intent: 'token', invalid: ['ttlSeconds'] },
  ]);
  // look-alikes: hours of the story, not a lifetime asked for
  neverActs([
    'schůzka trvala 2 hodiny',
    'můj token vypršel před 2 hodinami',
    'čekám už 30 minut na schválení',
  ]);
  // ("schůzka trvala 2 hodiny" reads as a token asked about, never acted on, as Polish "spotkanie trwało 2 godziny"
  // already did: a bare lifetime among words the parser does not know is asked about.)
  nothingAsked(['schůzka byla 2 hodiny', 'oběd trval hodinu', 'oběd za 30 minut?']);
});

describe('"which keys does X have" in Spanish, Italian and French asks for the details of the unit', () => {
  reads([
    ['que claves tiene ventas?', 'details', 'ventas'],
    ['¿qué claves tiene marketing?', 'details', 'marketing'],
    ['que llaves tiene risk-ml', 'details', 'risk-ml'],
    ['quali chiavi ha vendite?', 'details', 'vendite'],
    ['quali chiavi ha data-eng?', 'details', 'data-eng'],
    ['quelles clés a ventes ?', 'details', 'ventes'],
    ['Quelles clés a *growth* ?', 'details', 'growth'],
    ['quelles cles a fraud-ml', 'details', 'fraud-ml'],
  ]);
  // look-alikes: the Portuguese reading stands; physical keys held by a person or a door name no unit
  reads([['quais chaves tem vendas?', 'details', 'vendas']]);
  neverActs(['quali chiavi ha il custode?', 'quelles clés a le concierge ?', 'que llaves tiene el portero?']);
});

describe('a reason told after the request ("it\'s worn out", "it\'s stale") keeps the request', () => {
  reads([
    ["rotate the ads key, it's worn out", 'rotate', 'ads'],
    ['pls rotate growth’s key — it’s getting old', 'rotate', 'growth'],
    ['revoke the billing key, it is stale', 'revoke', 'billing'],
    ['rotate the *kyc* key, its worn out', 'rotate', 'kyc'],
    ['rotate risk-ml key its ancient', 'rotate', 'risk-ml'],
    ['can you rotate the search-v2 key? it’s tired and old', 'rotate', 'search-v2'],
  ]);
  // look-alikes: the same words with no request in them
  neverActs(['the ads key is worn out, like me', 'my keyboard is worn out, the keys stick']);
  nothingAsked([
    'my keyboard is worn out, the keys stick',
    "it's worn out, like me after the rotation meeting",
  ]);
});

describe('a coded thing of a trade with "storage unit" (the B-2 storage unit) is no unit of ours: never acted on', () => {
  neverActs([
    'new key for the B-2 storage unit',
    'create a key for the C-14 cold storage unit',
    'need a new key for storage unit 12, the padlock is broken',
    'new key for the A-7 storage unit pls',
    'key for the D4 storage unit',
  ]);
  // look-alikes: units of ours that are named with "unit" keep their name
  reads([
    ['create a key for the doc-intel unit', 'create_key', 'doc-intel'],
    ['new key for the data-storage unit', 'create_key', 'data-storage'],
    ['new key for unit storage-b2', 'create_key', 'storage-b2'],
  ]);
  slots([['new key for the B-2 storage unit', { businessUnit: null }]]);
});

describe('whether a colleague did something, asked of them by a mention after the question, is put to them', () => {
  nothingAsked([
    'was it you who revoked the staging key, <@U03KAVYA2>?',
    'did you rotate the ads key yesterday, <@U02ABCD123>?',
    'hey, was it you that deleted the growth key <@U07PRIYA01>?',
    'did you already create the key for billing, <@U04MARCO1>?',
    'were you the one who deprovisioned legacy-bi, <@U05JON0001>?',
    'have you revoked the kyc token yet <@U06ANA0001>?',
  ]);
  // look-alikes: a request with the mention after it, and who did it asked of the bot
  reads([
    ['can you rotate the ads key, <@U0BOTID>?', 'rotate', 'ads'],
    ['please revoke the staging key, <@U0BOTID>', 'revoke', 'staging'],
    ['who revoked the staging key?', 'history', 'staging'],
    ['<@U0BOTID> who revoked the staging key?', 'history', 'staging'],
  ]);
  neverActs([
    'did you rotate the ads key yesterday, <@U02ABCD123>?',
    'was it you who revoked the staging key?',
  ]);
});

describe('a lifetime in hours for credentials asked for a job or a notebook is a token', () => {
  exactly([
    {
      text: 'need creds for the batch inference notebook in Oregon. 12h max if you can',
      intent: 'token',
      ttlSeconds: 43200,
      region: 'us-west-2',
    },
    { text: 'creds for the load test notebook pls, 4h is plenty', intent: 'token', ttlSeconds: 14400 },
    { text: 'need credentials for my eval script for 3 hours', intent: 'token', ttlSeconds: 10800 },
    { text: 'could I get creds for the demo notebook, 2h max', intent: 'token', ttlSeconds: 7200 },
    { text: 'creds for the nightly batch job, 6 hours tops', intent: 'token', ttlSeconds: 21600 },
  ]);
  // look-alikes: a long-term use or days make a key
  reads([['api key for the batch job team, 90 days', 'create_key', 'batch-job-team']]);
  slots([
    ['need a long-term key for the batch inference service', { intent: 'create_key', ttlSeconds: null }],
  ]);
  neverActs(['the notebook ran for 12h max', 'the batch job took 6 hours tops']);
});

describe('a key that never expires, asked whether the bot makes one, is help; "rotations" in the story is no rotation', () => {
  reads([
    ['Can you make a key that never expires? our vendor integration hates rotations', 'help', null],
    ['is it possible to get an api key that never expires? rotations break our cron', 'help', null],
    ['can the bot give us a key without expiry? the partner hates rotation', 'help', null],
    ['can I get a non-expiring key? rotations are a pain for our vendor', 'help', null],
  ]);
  // look-alikes: a rotation asked for, a key with a lifetime, a remark
  reads([
    ['rotate the ads key please, our vendor hates it but it leaked', 'rotate', 'ads'],
    ['create a key for growth that expires in 90 days', 'create_key', 'growth'],
    ['can you rotate the billing key? it never expires', 'rotate', 'billing'],
  ]);
  nothingAsked(['our vendor integration hates rotations', 'rotations are a pain, honestly']);
});

describe('the region a team of people is in ("the team of vertrieb", "the folks from growth") is not ours to answer', () => {
  nothingAsked([
    'which region is the team of vertrieb in? Munich or Hamburg?',
    'what region is the team of marketing based in?',
    'which region are the folks from growth in?',
    'in which region is the sales team located?',
  ]);
  // look-alikes: the bot's regions
  reads([
    ['which regions can I get a token in?', 'help', null],
    ['which region should I use for my token?', 'help', null],
  ]);
});

describe('a unit said in words whose last word is "experiments" ("ads experiments") is the unit an action names', () => {
  reads([
    ["don't rotate anything just deprovision ads experiments", 'deprovision', 'ads-experiments'],
    ['deprovision ads experiments', 'deprovision', 'ads-experiments'],
    ['please offboard growth experiments, the team is gone', 'deprovision', 'growth-experiments'],
    ['revoke the key for search experiments', 'revoke', 'search-experiments'],
    ['deprovision *pricing experiments* pls', 'deprovision', 'pricing-experiments'],
  ]);
  // look-alikes: experiments run or told of, no action of ours
  nothingAsked(["we're running ads experiments this week", 'the growth experiments went well']);
  neverActs(['stop the ads experiments, they hurt conversion', 'ads experiments are paused until Q3']);
});

describe('what a unit cost, asked "how expensive was X" or as a terse "spend: X, period", names the unit', () => {
  reads([
    ['how expensive was the nightingale study on bedrock in the last 14 days?', 'spend', 'nightingale'],
    ['how expensive was growth on bedrock last month?', 'spend', 'growth'],
    ['how expensive was the growth team last month?', 'spend', 'growth-team'],
    ['how expensive has risk-ml been this month?', 'spend', 'risk-ml'],
    ['Spend review: treasury, 2 months ago.', 'spend', 'treasury'],
    ['spend: treasury, last month', 'spend', 'treasury'],
    ['Spend check — kyc, this month', 'spend', 'kyc'],
  ]);
  // look-alikes: a cost of the story, and a spend review told of
  nothingAsked([
    'how expensive was lunch yesterday?',
    'how expensive was the offsite?',
    'spend review is on friday',
  ]);
});

describe('a bare "units?" first, then names weighed in a clause ("if X or Y is the right one"), asks for the list', () => {
  reads([
    [
      'units?? I want to see if "forecasting" or "demand-planning" is the right one for our job',
      'list',
      null,
    ],
    ['teams? trying to figure out whether growth or growth-analytics is ours', 'list', null],
    ['units? is it ads or ads-platform for the ranking work', 'list', null],
    ['business units?? not sure if kyc or kyc-bot is the right one', 'list', null],
  ]);
  // look-alikes: one unit asked about
  reads([
    ['what keys does growth have?', 'details', 'growth'],
    ['list the keys for growth', 'details', 'growth'],
  ]);
});

describe('the list judged ("that\'s a long list", "what a short list") is a remark, not the list asked for', () => {
  nothingAsked([
    "that's a long list, didn't know we had 40 teams on it",
    'wow what a long list',
    "> <@U0BOTID> list all units\nthat's a long list, didn't know we had 40 teams on it",
    'the list is huge, had no idea we had that many units',
  ]);
  // (the classifier still reads "what a short list, thought we had more teams" as the list; never acted on)
  neverActs(['what a short list, thought we had more teams']);
  // look-alikes: the list asked for
  reads([
    ['list all units', 'list', null],
    ["list all units, it's a long list I know", 'list', null],
    ['show me the full list of units', 'list', null],
  ]);
});
