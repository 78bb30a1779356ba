/**
 * Round twenty-eight, train28i: train-split texts whose intent was wrong, fixed by kind. Sentences of our own,
 * written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { acted, neverActs, nothingAsked, reads } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('"list" of other things ("list me as an attendee", "list of things i hate: …") lists no units', () => {
  nothingAsked([
    'could you list me as a speaker for the AI meetup?',
    'pls list us as sponsors on the hackathon page',
    'can someone list me as backup on-call for friday',
    'my list of excuses today: traffic, the cat, an expired token 🙃',
    'list of reasons i need coffee: 1) mondays 2) standups 3) yaml',
    'list of things that broke this week: the vpn, the printer, my will to live',
  ]);
  // look-alikes: the units listed, to me or as a list
  reads([
    ['can you list the business units?', 'list', null],
    ['list all units pls', 'list', null],
    ['could you list me the units?', 'list', null],
    ['list of units please', 'list', null],
  ]);
});

describe('"stop" a unit\'s key is revoke, "can X\'s key be changed?" is rotate (lay words)', () => {
  it.each([
    ["please stop the ads-api key now, it's burning money", 'revoke'],
    ["stop kyc's key asap, something is looping", 'revoke'],
    ["pause the pricing-engine key, it's hammering claude", 'revoke'],
    ["halt marketing-ops's key right now, it's looping", 'revoke'],
    ['freeze the ranking-svc api key pls, someone is abusing it', 'revoke'],
    ["can doc-ai's key be changed? it was on a slide in the all-hands", 'rotate'],
  ] as const)('%j reads %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
  // (merge38: round thirty-eight's retrain reads "can the growth-lab key be changed? a contractor saw it" as nothing
  // asked (the classifier's "unknown" over the rules' rotation, a question doubted), where "can doc-ai's key be
  // changed? …" is still the rotation asked about; it acts on nothing either way. Left to the next round.)
  it('"can the growth-lab key be changed? a contractor saw it" is never carried out', () => {
    expect(acted('can the growth-lab key be changed? a contractor saw it')).toBe(false);
  });
  // look-alikes: a key that stopped, a stop that is no key's, a change of something else
  neverActs([
    'the ads-api key stopped working after lunch',
    'stop asking me for the kyc key lol',
    'can my slack status be changed?',
    "stop the job that's using growth's key, i'll fix it",
    'stop sharing the billing-api key in dms please',
    'stop pasting pricing-engine keys into tickets!!',
  ]);
  nothingAsked(['the ads-api key stopped working after lunch', 'can my slack status be changed?']);
});

describe('a question about how many or how long at most ("any limit how many tokens per day?") is help', () => {
  it.each([
    'is there a cap on how many tokens I can get per day?',
    'is 12 hours really the longest a token can last?',
    'any max number of keys per unit?',
    'is 8h the max for tokens? my eval runs ~10h',
  ])('%j is help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
  // look-alikes: limits of other things
  nothingAsked(['is 30 really the max speed on this road?']);
  neverActs([
    'any limit how many cookies per day? asking for a friend',
    'max_tokens per request for claude?',
  ]);
});

describe('a greeting before a remark or a request of another trade asks nothing of the bot', () => {
  nothingAsked([
    'morning all, the nightly build is green again 🎉',
    'hello! standup moved to 10:30 today',
    'hi, can you order me a new monitor? mine flickers',
    'good afternoon ☀️ the coffee machine on 3 is fixed',
    'morning, the 9am train was cancelled again 🙄',
  ]);
  // look-alikes: a greeting alone, or before a question the help answers
  it.each([
    'hi',
    'hello bot, how do I get a token?',
    'good morning, what can you do?',
    'hi, which regions do you support?',
    'hi, quick question',
    'hello, finance here',
    'hi, I just joined the data team',
    'good morning bot, new here',
  ])('%j is help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
});

describe('a name said in words ending in "sandbox" ("deprovision genai sandbox") is the unit, as `qa-sandbox` is', () => {
  reads([
    ['rotate genai sandbox', 'rotate', 'genai-sandbox'],
    ['offboard ml sandbox, the pilot ended', 'deprovision', 'ml-sandbox'],
    ['create a key for growth sandbox', 'create_key', 'growth-sandbox'],
  ]);
  // look-alikes: the same words about documents and sandboxes that are no unit
  neverActs([
    'rotate the doc scan 90 degrees',
    'the genai sandbox is down again',
    'supply chain issues delayed my laptop',
  ]);
  nothingAsked(['the genai sandbox is down again', 'supply chain issues delayed my laptop']);
});

describe('another system named only as where the work moved ("…, the dashboards moved to snowflake") is no object', () => {
  reads([
    ['deprovision bi-reports, everything moved to snowflake', 'deprovision', 'bi-reports'],
    ['offboard team-atlas pls, they migrated to azure last month', 'deprovision', 'team-atlas'],
    ["revoke etl-jobs's key, the pipeline switched over to gcp", 'revoke', 'etl-jobs'],
    [
      'decommission ml-legacy in the bot — the notebooks moved to databricks and the dashboards to snowflake',
      'deprovision',
      'ml-legacy',
    ],
  ]);
  // look-alikes: the other system's own thing is the object, or nothing is asked
  neverActs([
    'rotate the snowflake key, we moved to a new account',
    'deprovision the snowflake warehouse, we migrated to bigquery',
    'the dashboards moved to snowflake last week',
  ]);
  nothingAsked(['the dashboards moved to snowflake last week', 'we migrated the reports to azure, fyi']);
});

describe('an aside on one\'s own memory after a question the bot answers ("what are my units? I forget") keeps it', () => {
  reads([
    ['which units do I own? I forget', 'list', null],
    ['what units do i have, cant remember', 'list', null],
  ]);
  it.each([
    'what regions can I get a token in? I forget',
    'how long can a token last at most? can’t remember',
  ])('%j is help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
  // look-alikes: memory of other things
  nothingAsked([
    'I forget where I put my house keys',
    'what was the name of that cafe? I forget',
    'what are the lyrics again? i forgot lol',
  ]);
});

describe('who has access to bedrock *for one unit* asks what that unit has (details), not which units there are', () => {
  reads([
    ['who has access to bedrock for growth-lab?', 'details', 'growth-lab'],
    ['Who has access to Bedrock for the risk-ml unit? need it for my slides', 'details', 'risk-ml'],
    ['who has bedrock access for payments-api? quarterly review', 'details', 'payments-api'],
    ['who is using bedrock for kyc-bot these days?', 'details', 'kyc-bot'],
  ]);
  // look-alikes: no unit named, the units themselves asked
  reads([
    ['who has access to bedrock?', 'list', null],
    ['which teams have access to bedrock?', 'list', null],
    ['who uses bedrock here in the company?', 'list', null],
  ]);
  nothingAsked(['who has access to the wifi for guests?']);
});

describe('a correction closed by "no, only X" / "no, just X" names X, it takes nothing back', () => {
  reads([
    ["rotate growth's key, no wait, the growth-lab key… no, just growth", 'rotate', 'growth'],
    ['key for ads, sorry, for the ads team. no, only ads', 'create_key', 'ads'],
    ['revoke kyc-bot, no wait, kyc... no, only kyc-bot', 'revoke', 'kyc-bot'],
    ['new key for search, hm no, search-api — no, only search', 'create_key', 'search'],
  ]);
  // look-alikes: the correction withdraws, or only a joke follows
  nothingAsked(['key for pricing, no wait, never mind', 'key for ads? no, only joking']);
  neverActs(['revoke kyc-bot, no wait, forget it', 'rotate growth… no, only if it leaked']);
});

describe('why after the request ("… Keys are no longer needed") is its reason, it puts nothing off', () => {
  reads([
    ['deprovision `old-crm`. The keys are no longer needed.', 'deprovision', 'old-crm'],
    ['revoke the growth-lab key, it is no longer needed', 'revoke', 'growth-lab'],
    ["offboard team-nova — their keys aren't needed anymore", 'deprovision', 'team-nova'],
    ['please deprovision bi-legacy. keys no longer needed, the vendor left', 'deprovision', 'bi-legacy'],
  ]);
  // look-alikes: the request itself is no longer needed, or taken back
  neverActs([
    'revoke the ads key. never mind, no longer needed',
    'no need to deprovision old-crm, the keys are still needed',
    'the request to deprovision old-crm is no longer needed',
  ]);
  nothingAsked(['revoke the ads key. never mind, no longer needed']);
});
