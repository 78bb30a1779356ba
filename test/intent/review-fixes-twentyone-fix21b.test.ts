/**
 * Round twenty-one, fix21b (review B): the lead's let-know cut, item marks of done, plans and dialogues,
 * keys in another system, bare "after go-live", and asks21's other-trade and model readers. Each finding's
 * texts, and sentences of our own per kind (other units, verbs, word orders), with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Each text still asks something of the bot (any reading but unknown). */
const stillAsked = (texts: string[]) =>
  it.each(texts)('%j is still a request', (text) => {
    expect(parseRequest(text).intent).not.toBe('unknown');
  });

describe('1. the let-know cut never drops what the tail says (withdrawn, condition, told)', () => {
  neverActs([
    'rotate the ads key and let the finance team know, jk',
    'rotate the ads key and let the finance team know, ignore this, testing',
    'rotate the ads key and let the finance team know once the migration is done',
    'rotate the ads key and let the finance team know when the freeze ends',
    'rotate the ads key and let the finance team know, but not until monday',
    'rotate the ads key and let the finance team know if the audit passes',
    'revoke the growth key and let legal know in case they object',
    "rotate the ads key and let the finance team know - that's what I told bob",
    "rotate the ads key and let the finance team know, that's what sam should do",
    // our own
    'revoke the payroll key and let hr know, just kidding',
    'create a key for growth and let the growth team know after the audit',
    'rotate the billing key and let ops know, not yet though',
    'revoke the ads key then let security know once legal signs off',
    'revoke the payroll key and let hr know, ignore this',
    'create a key for growth and let growth know once the freeze ends',
  ]);
  keeps([
    ['please rotate the ads key and let the finance team know', 'rotate', 'ads'],
    ['revoke the growth key, and let the security team know pls', 'revoke', 'growth'],
    ['rotate the ads key and let the finance team know too', 'rotate', 'ads'],
    ['create a key for payroll and let the hr team know as well', 'create_key', 'payroll'],
    ['rotate the billing key and let the platform team know thanks', 'rotate', 'billing'],
    ['revoke the ads key and let the finance team know asap', 'revoke', 'ads'],
  ]);
});

describe('2. a request before or after "let … know" in its own clause is still asked', () => {
  keeps([
    ['let security know and revoke the growth key', 'revoke', 'growth'],
    ['let the ads team know, then rotate their key', 'rotate'],
    ['let the ads team know before you rotate their key', 'rotate'],
    ['can you let the finance team know the key needs rotating and rotate it', 'rotate'],
    ['let the ads team know that we will rotate their key tomorrow, and please rotate it now', 'rotate'],
    ["api key for growth pls and let the growth team know when it's created", 'create_key'],
    ["key for the growth team please, and let them know when it's created", 'create_key', 'growth-team'],
    // our own
    ['let legal know and rotate the payroll key', 'rotate', 'payroll'],
    ['let the hr team know, then revoke the payroll key', 'revoke', 'payroll'],
    ["token for 2h please and let my lead know when it's issued", 'token'],
    ["a key for the sandbox team pls, let them know once it's ready", 'create_key', 'sandbox-team'],
    ['let finance know, and then please revoke the ads key', 'revoke', 'ads'],
  ]);
  stillAsked(["access key for payroll, let payroll know when it's ready and rotate the old one"]);
  nothingAsked([
    // passed on to people, still
    'let the finance team know they should rotate their key',
    'let the ads team know to rotate the key',
    'let the growth team know they need to revoke the old key and create a new one',
    'pls let dana know the billing key needs rotating',
    'let ops know that they have to deprovision the atlas pilot',
  ]);
});

describe('3. one-word variants of the new readers are not acted on', () => {
  neverActs([
    "let the team know I'm creating a key for growth",
    "let the team know we'll provision a key for growth",
    'let ops know to generate a key for growth',
    'rotate ads key (done ✅)',
    'rotate ads key -> done',
    'rotate ads key: DONE 🎉',
    'rotate the ads key — completed yesterday',
    '✓ rotate the ads key',
    '✅ rotate ads key',
    'step one: rotate the ads key',
    'tabletop exercise: revoke the growth key',
    'drill: revoke the growth key',
    'scenario: revoke the growth key',
    'training task: create a key for the sandbox team',
    'Plan for Monday - rotate ads key',
    'rotate the ads key post go-live',
    'revoke the growth key after GA',
    // our own
    "let payroll know we're generating a key for them",
    'let the ads team know they should provision a new key',
    'revoke growth key => done',
    'create a key for payroll (completed ✔️)',
    'revoke the billing key - completed last week',
    '☑ revoke the payroll key',
    'step two: revoke the payroll key',
    'fire drill: rotate the billing key',
    'the scenario: deprovision the atlas pilot',
    'create a key for payroll post-launch',
    'rotate the billing key after GA ships',
  ]);
  keeps([
    ['rotate the ads key, step one of the runbook is done', 'rotate', 'ads'],
    ['please generate a key for growth', 'create_key', 'growth'],
    ['rotate the ads key, once done tell me', 'rotate', 'ads'],
  ]);
});

describe('4. a mark of done on another field keeps the request', () => {
  keeps([
    ['create a key for payroll, manager approval - done', 'create_key', 'payroll'],
    // (the unit read payroll-approval at BASE as well: a unit finder's gap, left)
    ['create a key for payroll | approval: done', 'create_key'],
    ['rotate the ads key. approval: done', 'rotate', 'ads'],
    ['create a key for growth — approved by finance ✅', 'create_key', 'growth'],
    ['token 2h pls ✅', 'token'],
    ['please deprovision the pilot-7 unit, pilot status: finished', 'deprovision'],
    ['deprovision phoenix — project: closed', 'deprovision'],
    ['revoke the contractor key for vendor-x - contract: finished', 'revoke'],
    ['rotate the ads key, incident: resolved', 'rotate', 'ads'],
    ['revoke the growth key, review - completed', 'revoke', 'growth'],
    // our own
    ['rotate the billing key, sign-off: done', 'rotate', 'billing'],
    ['create a key for the sandbox team, review: done', 'create_key', 'sandbox-team'],
    ['revoke the payroll key — security review: completed', 'revoke', 'payroll'],
    ['please rotate the risk key ✅', 'rotate', 'risk'],
    ['revoke the ads key thanks ✔️', 'revoke', 'ads'],
  ]);
  // (a lone tick with no polite word still marks the line: "create a key for the ads team ✔" is a report)
  neverActs([
    'create a key for the ads team ✔',
    'rotate ads key ✅',
    'rotate ads key (done)',
    'rotate the ads key - done ✅',
    'revoke the growth key — done',
    '- [x] revoke growth',
  ]);
});

describe('5. a key kept in an everyday place, or a unit of ours named, keeps the request', () => {
  keeps([
    ['rotate the ads keys on schedule please', 'rotate', 'ads'],
    ['rotate the ads key on schedule', 'rotate', 'ads'],
    ['create an api key for the growth team, I need the key in vault', 'create_key', 'growth-team'],
    ['create a key for ads, the token in okta expired', 'create_key', 'ads'],
    ['rotate the ads key and update the key in vault', 'rotate', 'ads'],
    ['create a key for growth, send the key in slack dm', 'create_key', 'growth'],
    ["create a new key for ads, we'll load the key in jenkins", 'create_key', 'ads'],
    ['revoke the old growth key on the jenkins box', 'revoke', 'growth'],
    // our own
    ['rotate the payroll key in the vault', 'rotate', 'payroll'],
    ['create a key for billing, the key in the ticket is old', 'create_key', 'billing'],
    ['revoke the risk key on the db host', 'revoke', 'risk'],
    ['rotate the growth keys on schedule', 'rotate', 'growth'],
    ['create a key for the sandbox team, put the key in our drive', 'create_key', 'sandbox-team'],
  ]);
  nothingAsked([
    'create an api key in stripe for the billing service',
    'rotate the api key in datadog',
    'create a token in github for the ci',
    'revoke the token on sendgrid',
    'new api key in twilio please',
  ]);
});

describe('6. a question about our keys or spend is not another trade', () => {
  exactly([
    { text: 'how do I extend the lease on our key?', intent: 'help' },
    { text: 'can the key lease be extended?', intent: 'help' },
    { text: 'how long does key withdrawal take?', intent: 'help' },
    { text: 'is there a pin or passcode for getting a key?', intent: 'help' },
    { text: "where's the pin for the key?", intent: 'help' },
    { text: 'need a key for our refunds pipeline, who approves?', intent: 'help' },
    // our own
    { text: 'how do I renew the lease on my key?', intent: 'help' },
    { text: 'is a pin needed to revoke a key?', intent: 'help' },
  ]);
  keeps([
    ['what did the credit card fraud pipeline spend in march?', 'spend'],
    ['what did the refunds service spend last month?', 'spend'],
  ]);
  // (First read as details; how many keys a unit may have is the most allowed, help on limits (README "Help topics"),
  // held by the rules since fix48e, rule-holds.ts HOW_MANY_ALLOWED.)
  exactly([
    { text: 'how many keys can we have for the mortgage pipeline?', intent: 'help', topic: 'limits' },
  ]);
  nothingAsked([
    'do tenants get a new key when the lease renews or do they keep the old fob?',
    "how do I reset a customer's mobile banking passcode?",
    'who approves a credit limit override above 25k?',
    'can a tenant get a spare key fob?',
    "where is the tenant's key for flat 4?",
  ]);
});

describe('7. bare "after launch/go-live" waits only after the object of the command', () => {
  exactly([
    { text: "token for 2h, I'm doing the after release checks", intent: 'token', ttlSeconds: 7200 },
    {
      text: 'create a key for the ads team, they need it ready for after launch',
      intent: 'create_key',
      businessUnit: 'ads-team',
    },
    {
      text: "create an api key for payroll, we'll use it after go-live",
      intent: 'create_key',
      businessUnit: 'payroll',
      keyKind: 'api-key',
    },
    { text: 'token 2h — smoke tests after go-live', intent: 'token', ttlSeconds: 7200 },
    { text: 'rotate the ads key, it is for the post launch checks', intent: 'rotate', businessUnit: 'ads' },
  ]);
  neverActs([
    'create a key for payroll after go-live',
    'rotate the ads key after go-live',
    'revoke the growth key after launch',
    'rotate the billing key after release',
    'rotate the ads key after the go-live',
    'create key for payroll after approval',
  ]);
});

describe('8. a lab is a team; a plan that asks the bot now keeps its request', () => {
  keeps([
    ['lab for genomics: create an api key', 'create_key', 'genomics'],
    ['lab: need a token for 2h', 'token'],
    ['our plan: rotate the ads key today, can you do it now?', 'rotate', 'ads'],
    ['plan is: please rotate the ads key', 'rotate', 'ads'],
    ['my manager: "create a key for payroll" me: ok bot please do it', 'create_key', 'payroll'],
    // our own
    ['genomics lab: token for 3h please', 'token'],
    ['the plan: revoke the growth key, bot please do it now', 'revoke', 'growth'],
  ]);
  nothingAsked([
    'the plan: create a key for payroll, then rotate the ads key next week',
    'homework for the intern: create a key for the sandbox team',
    'step 1: rotate the ads key',
    'my lead: “create a key for payroll” me: on it',
  ]);
});

describe('9. chit-chat about models is not help; a list of people is not models', () => {
  nothingAsked([
    'which model should you buy for a family car?',
    'what model would you recommend for the kitchen tap, i need a new one',
    'is mistral in the list of invitees',
    // our own
    'which model should you order for the new hires, the 14 inch laptop?',
    'is claude in the list of speakers for friday',
  ]);
  // (models at BASE: a laptop's model asked about; never help, never acted on)
  it.each(['which model would you recommend for a new laptop?'])('%j is no help', (text) => {
    expect(parseRequest(text).intent).not.toBe('help');
  });
  exactly([
    { text: 'which model should I use for subtitle translation, bot?', intent: 'help', topic: 'models' },
    { text: 'what bedrock model would you recommend for summarising?', intent: 'help', topic: 'models' },
  ]);
  keeps([
    ['is llama on the list?', 'models'],
    ['is claude in your list', 'models'],
  ]);
});
