/**
 * Round twenty-four, requests24: requests read as the wrong action or missed, from round twenty-three's blind
 * files (now tuned-{railway,brewery,satellite}). Sentences of our own, written before the parser's answer was
 * looked at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not
 * change (non-requests with the same words never act).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads } from './acted.js';
import { expectNoHang } from './hang-guard.js';

const lasts = (rows: [string, number][]) =>
  it.each(rows)('%j', (text, ttl) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.ttlSeconds ?? null]).toEqual(['token', ttl]);
  });

describe('a token with the model it will use: the request stands, the model names the provider', () => {
  it.each([
    ['token 6h, using titan embeddings to search the stock lists', 21600, 'amazon'],
    ['token for 2h, using claude to summarise the incident log', 7200, 'anthropic'],
    ['need a token 4 hours - using llama for the translation batch', 14400, 'meta'],
    ['token 3h pls, gonna use mistral to tag the tickets', 10800, 'mistral'],
    ['token 1h, with *titan* embeddings for the parts catalogue', 3600, 'amazon'],
  ] as const)('%j', (text, ttl, provider) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.ttlSeconds ?? null, parse.provider ?? null]).toEqual([
      'token',
      ttl,
      provider,
    ]);
  });
  neverActs([
    'using titan embeddings to search the stock lists was slow yesterday',
    'we were using claude for 6h straight yesterday, my token ran out',
    'is anyone using llama for the translation batch?',
  ]);
});

describe('a token in mixed German: Stunden / Std are hours', () => {
  lasts([
    ['Morgen! Please one token for 3 Stunden, I make the fermentation report with the AI', 10800],
    ['token für 2 Stunden bitte', 7200],
    ['Hallo, I need a token for 4 Std. for the brewing log', 14400],
    ['one token 1 Stunde please', 3600],
    ['Guten Tag, bitte ein Token, 5 Stunden, for the stock report', 18000],
  ]);
  neverActs([
    'the fermentation took 3 Stunden longer than planned',
    'ich war 2 Stunden im Meeting, token limits were discussed',
    'Morgen! the 4 Stunden shift starts at six',
    'my token for 3 Stunden ran out, I make the report tomorrow',
    'the token for 2h expired, so I make the report by hand',
  ]);
});

describe('a token asked at the end of a story paragraph', () => {
  lasts([
    [
      "After the possession list fiasco I've got till end of shift to redo the stock rotations by hand... token 3h please 🙏",
      10800,
    ],
    ['long day, the timetable export broke twice and the vendor is not answering. token 2h pls', 7200],
    [
      'so the depot planner crashed again and I have to rebuild the roster before 5 — could I get a token for 4h? thanks!',
      14400,
    ],
    [
      'Ugh, the brewing schedule is a mess after the audit, need to fix it all tonight. *token 1h* please :pray:',
      3600,
    ],
    ['we lost half the telemetry overnight and I must redo the passes by hand.. token 6 hours plz', 21600],
    ['After the Brewfest mess I have to redo the crop rotation plan by tonight. token 2h pls', 7200],
  ]);
  neverActs([
    'After the possession list fiasco I had a token for 3h but it expired before I was done',
    'long day, the token 2h thing the bot gives was not enough to finish the export',
    'we lost half the telemetry overnight, my token expired after 3h 🙏',
    'yesterday I had a token for 2h during the crop rotation review',
    'the crop rotation plan took 2h, no token needed',
  ]);
});

describe('"what I need from you is X" after another problem told first: X is the request', () => {
  it.each([
    [
      "PTS credentials expiring all over the shop but that's a different problem — what I need from you is the spend for signalling-data last month",
      'spend',
      'signalling-data',
    ],
    [
      'the VPN keeps dropping, separate issue though. what I need from you is the spend for track-ops this month',
      'spend',
      'track-ops',
    ],
    ['our laptops are ancient but whatever — what i need from u is a token for 2h', 'token', null],
    [
      'jira is down again (not your problem) - what I need from you is the spend for beer-recs this month',
      'spend',
      'beer-recs',
    ],
    [
      'the printer is broken again, not your problem. all we need from you is a list of all units',
      'list',
      null,
    ],
  ] as const)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });
  neverActs([
    'what I need from you is patience, the VPN is down again',
    "PTS credentials expiring all over the shop but that's a different problem",
    'what I needed from you was a token yesterday, too late now',
    'all I need is a coffee, the token stuff can wait',
    'what we need from you is to stop rotating keys without telling us',
    'all I want is for the new token rules to be explained',
  ]);
});

describe('two requests in one message: the first wins', () => {
  lasts([
    ["token 4h and also what's our spend this month?", 14400],
    ['token for 2h, and also how much did we spend last month', 7200],
    ['can I get a token 3h? also whats our bedrock spend this quarter', 10800],
    ['token 1h + what did signalling-data spend in may?', 3600],
  ]);
  it.each([
    ["what's our spend this month? and a token for 4h", 'spend'],
    ['how much did track-ops spend last month, also rotate their key later', 'spend'],
  ] as const)('%j', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
  nothingAsked(['the token cost and also our spend this month were discussed in the review']);
});

describe('a leaked key told of, then "new one please", is a rotation of that key', () => {
  reads([
    [
      'the revenue-insights key was up on the big screen in the ops meeting 🤦 new one please',
      'rotate',
      'revenue-insights',
    ],
    [
      'the key for beer-recs was in the slide deck we sent to the distributor 🤦 a new one please',
      'rotate',
      'beer-recs',
    ],
    [
      'oops, the track-ops key ended up in a screenshot on the public wiki. new one pls',
      'rotate',
      'track-ops',
    ],
    [
      'the ground-station key got pasted in #general by mistake, can we get a new one please?',
      'rotate',
      'ground-station',
    ],
    [
      'I shared the signalling-data key on a customer call screen share :facepalm: need a new one',
      'rotate',
      'signalling-data',
    ],
    ['the ground-ops key got projected on the wall at the kickoff, need a new one', 'rotate', 'ground-ops'],
    [
      'the fermentation-ml key was in the presentation we gave the auditors 🤦 new one please',
      'rotate',
      'fermentation-ml',
    ],
    ['the key for hops-data was on the main screen during the demo, a new one pls', 'rotate', 'hops-data'],
  ]);
  neverActs([
    'the revenue-insights key was up on the big screen in the ops meeting 🤦',
    'the beer-recs slide deck needs a new one please, the old one is ugly',
    'the key for beer-recs was in the slide deck — do we need a new one?',
    'the key for the storeroom was in the presentation folder, new one please',
    'the key takeaways were in the slide deck, a new one please',
  ]);
});

describe('a request with where it is tracked: "the Jira ticket" is a work ticket, no everyday thing', () => {
  reads([
    [
      'i need rotate key for team Orbit Analytics asap, it is leaked in the Jira ticket',
      'rotate',
      'orbit-analytics',
    ],
    ['please revoke the key for team Orbit Ops, details in the ServiceNow ticket', 'revoke', 'orbit-ops'],
  ]);
  nothingAsked([
    'my Jira ticket for the concert refund is stuck',
    'the ticket for the train to Leeds is in the Jira ticket',
  ]);
});

describe('history asked as what was done', () => {
  it.each([
    ["show me everything I've done in bedrock this month", 'history', null],
    ['what has been done on the beer-recs unit in the last 3 months?', 'history', 'beer-recs'],
    ['everything i did in bedrock last month pls', 'history', null],
    ['what has been done to the track-ops keys this year?', 'history', 'track-ops'],
    ['what was done on ground-station in the last 30 days', 'history', 'ground-station'],
    ['show everything that happened on signalling-data this week', 'history', 'signalling-data'],
  ] as const)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });
  neverActs([
    "show me everything I've done wrong in the roster this month",
    'what has been done about the delayed trains in the last 3 months?',
    "everything I've done in bedrock this month was a waste",
  ]);
});

describe('"which depts have bedrock set up" lists the units', () => {
  reads([
    ['which depts have bedrock set up? want to know before I ask for ours', 'list', null],
    ['which departments have bedrock set up already?', 'list', null],
    ['what teams have bedrock access set up', 'list', null],
    ['which units are already set up on bedrock?', 'list', null],
    ['what depts use bedrock', 'list', null],
    ['hey, which business units already have bedrock access? asking before our kickoff', 'list', null],
  ]);
  neverActs([
    'which depts have a coffee machine set up?',
    'which departments set up the christmas party?',
    'we set up bedrock for two depts last year',
  ]);
});

describe('adversarial texts stay fast', () => {
  const words = [
    'token ',
    'new one please ',
    'what I need from you is ',
    'Stunden ',
    'everything I have done ',
  ];
  it.each(words)('%j', (word) => {
    const texts = [
      `${word.repeat(3000 / word.length)}`,
      `${' '.repeat(1500)}\n${'_'.repeat(1000)}${word}`,
      `Morgen ${' '.repeat(2000)} ${word}`,
    ];
    for (const text of texts) {
      expectNoHang(() => parseRequest(text));
    }
  });
});
