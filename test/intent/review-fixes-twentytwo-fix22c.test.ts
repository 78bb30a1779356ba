/**
 * Round twenty-two, fix22c: what code review C (and review E's A4) found in requests22's readers, each
 * finding's texts, sentences of our own that must stay requests, and look-alikes that must stay unknown,
 * help or asked. Written before the parser's answers were looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('1. ", and a <credential>" splits two requests only when the first part asks', () => {
  neverActs([
    'security revoked my token, and a key for the growth team this morning',
    'last quarter I got a token, and a key for growth',
    'I already got a token, and a key for ads, thanks!',
    'yesterday someone gave me a token, and a key for the growth team',
    'we used to have a token for 2h, and a key for ads',
    'the auditor asked about my token, and a key for ads',
    'Dave asked for a token, and a key for ads',
    'my token expired, and a key for growth too',
    // our own
    'ops revoked my key, and a token for the ads team last week',
    'I had a key for growth, and a token for 2h yesterday',
    'finance already issued a token, and a key for payments',
    'we got a key for ads, and a token for me, all set now',
    'my colleague lost a token, and a key for growth',
    'the script printed a token, and a key for the ads team',
    'the new hire received a token, and a key for payments on day one',
  ]);
  // two requests: the first is the request (requests22), and more of our own
  exactly([
    {
      text: 'key for trial-feasibility please, and a token for me for 2h while I am at it',
      intent: 'create_key',
      businessUnit: 'trial-feasibility',
    },
    {
      text: 'a key for growth please, and a token for me for 1h',
      intent: 'create_key',
      businessUnit: 'growth',
    },
    { text: 'new key for payments pls, and a token for 2h', intent: 'create_key', businessUnit: 'payments' },
    {
      text: 'create a key for the ads team, and a token for me while you are at it',
      intent: 'create_key',
      businessUnit: 'ads-team',
    },
  ]);
  keeps([
    ['a token for 2h please, and a key for trial-feasibility while I am at it', 'token'],
    ['token for 3h please, and a key for growth', 'token'],
    ['can I get a token for 1h, and a key for ads', 'token'],
  ]);
});

describe('2. "please refresh every key" is a rotation, not a thing refreshing on its schedule', () => {
  keeps([
    ['please refresh every key for the ads team', 'rotate', 'ads-team'],
    ['pls refresh each key of growth', 'rotate', 'growth'],
    // our own
    ['please refresh each key for payments', 'rotate', 'payments'],
    ['pls refresh every key of the growth team', 'rotate', 'growth-team'],
    ['kindly refresh every key for the ads team', 'rotate', 'ads-team'],
    ['could you please refresh each key of payments', 'rotate', 'payments'],
    ['refresh every key for the data office please', 'rotate', 'data-office'],
    ['refresh the key for the exams office', 'rotate', 'exams-office'],
  ]);
  // what refreshes on its schedule is another thing (requests22)
  exactly([
    {
      text: 'a permanent AI login for the data & assessment office please, the dashboards refresh overnight',
      intent: 'create_key',
      businessUnit: 'data-assessment-office',
    },
  ]);
  neverActs([
    'the dashboards refresh overnight, the permanent login is fine',
    'the reports refresh every morning, nothing to do',
    'our caches refresh at 6, fyi',
    'the keys refresh daily',
    'token refresh at 5pm is automatic',
    'the feeds refresh each hour, all good',
  ]);
});

describe('3. "need bedrock for <lifetime>": a unit or a person named after it, a plan, a statement', () => {
  keeps([
    ['need bedrock for 2 hours for the ads team', 'create_key', 'ads-team'],
    ['need bedrock for 2h for project phoenix', 'create_key', 'phoenix'],
    ['need bedrock for 8 hours for the data office', 'create_key', 'data-office'],
    ['need bedrock for the day shift, 8 hours, for the ads team', 'create_key', 'ads-team'],
    // our own
    ['need bedrock for 4 hours for the growth team', 'create_key', 'growth-team'],
    ['need bedrock for 3h for the payments unit', 'create_key'],
  ]);
  it('"need bedrock for 2 hours for dave" is not the writer\'s token', () => {
    const p = parseRequest('need bedrock for 2 hours for dave');
    expect(p.intent).not.toBe('token');
    expect(acted('need bedrock for 2 hours for dave')).toBe(false);
  });
  neverActs(['need bedrock for 2 hours for dave', 'need bedrock for 3h for priya']);
  it('keeps the history filters of a question after it', () => {
    const p = parseRequest('need bedrock for 2 hours, who approved my last token?');
    expect(p.intent).toBe('history');
  });
  keeps([
    ['need bedrock for 2h, how much will that cost?', 'spend'],
    ['need bedrock for 2 hours, which models are in frankfurt?', 'models'],
  ]);
  // review E (A4): a statement or a plan is no request
  neverActs([
    'I need bedrock for 3 hours next Tuesday, just flagging for planning',
    'need bedrock for 3 hours is what the vendor quoted us',
    'need bedrock for the day - 8 hours - is what the vendor quoted us for their setup, crazy',
    "need bedrock for 2 hours at most per run, that's the estimate in the design doc",
    // our own
    'need bedrock for 4 hours tomorrow, just a heads up',
    'need bedrock for 2 hours is what the consultant estimated',
    'need bedrock for the day next Monday, flagging for planning',
    'need bedrock for 6 hours per batch, according to the spec',
    'need bedrock for 2 hours — Priya, can you set that up?',
    'Dave, need bedrock for 2 hours, the Site 3 audit deck',
  ]);
  // the person's token (requests22) and our own
  exactly([
    { text: 'need bedrock for 2 hours, the Site 3 audit deck', intent: 'token', ttlSeconds: 7200 },
    {
      text: 'need bedrock for the day - 8 hours - doing the monthly sales review for the North region portfolio',
      intent: 'token',
      ttlSeconds: 28800,
    },
    { text: 'need bedrock for 3 hours please', intent: 'token', ttlSeconds: 10800 },
    { text: 'need bedrock for 2 hours, thanks!', intent: 'token', ttlSeconds: 7200 },
    { text: 'i need bedrock for 4h, the quarterly review deck', intent: 'token', ttlSeconds: 14400 },
    { text: 'hi, need bedrock for 1 hour for the budget review', intent: 'token', ttlSeconds: 3600 },
  ]);
});

describe('4. "virginian" is a person, not the Region', () => {
  it.each([
    'token for 2h, my lead is a virginian',
    'token for 1h, our pm is a virginian',
    'token for 2h, the virginian on our team asked',
  ])('%j has no region', (text) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('token');
    expect(p.region ?? undefined).toBeUndefined();
  });
  it.each([
    ['token for 2h in virginia', 'us-east-1'],
    ['token for 2h in virgina', 'us-east-1'],
  ])('%j keeps its region', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });
});

describe('5. a team that scrapped a thing has not ended', () => {
  // (the unit finder reads "falcon scrapped" as a name there, as at base: asked, never acted on)
  neverActs(['team falcon scrapped the prototype, please remove it']);
  it.each([
    'the ads team scrapped the old dashboard, please delete it',
    'the ads team binned the proposal, delete it',
    // our own
    'the growth team axed the pilot survey, remove it',
    'the payments team shelved the redesign, delete it please',
    'the ads team canned the newsletter, delete it',
  ])('%j is no deprovision', (text) => {
    expect(parseRequest(text).intent).not.toBe('deprovision');
    expect(acted(text)).toBe(false);
  });
  exactly([
    {
      text: 'the Kestrel project got shelved (the in-car voice one) — deprovision it please',
      intent: 'deprovision',
      businessUnit: 'kestrel',
    },
  ]);
  it.each([
    ['the ads team was scrapped, please deprovision it', 'ads-team'],
    ['project osprey got axed, please remove it', 'osprey'],
    ['team heron was binned last week, deprovision it', 'heron'],
    ['project kite got scrapped, remove everything', 'kite'],
  ])('%j is the ended unit, asked', (text, unit) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('deprovision');
    expect(p.businessUnit).toBe(unit);
  });
});

describe('6. a told or negated key clause does not make the other clause ours', () => {
  nothingAsked([
    'remove the old backups, and remember nobody should revoke the ads key',
    'delete the draft email; told bob to rotate the billing key',
    'rotate the logs, the billing key needs to be rotated by security not me',
    'rotate the on-call rota; ops will rotate the billing key tomorrow',
    // our own
    'delete the old snapshots, and never revoke the growth key',
    'rotate the logs; asked dave to rotate the payments key',
    'remove the stale branches, the ads key will be rotated by ops',
    'wipe the cache, nobody should rotate the growth key',
    'rotate the pager duty, security will revoke the ads key later',
  ]);
  keeps([
    [
      "we rotate recess duty every quarter and apparently we're supposed to rotate the ell-team key every quarter too. it's been two. rotate it please",
      'rotate',
    ],
    ['rotate the logs and rotate the billing key', 'rotate', 'billing'],
    ['delete the old backups, then revoke the ads key', 'revoke', 'ads'],
    ['rotate the on-call rota, and rotate the growth key too please', 'rotate', 'growth'],
  ]);
});

describe('7. "stage I group" is the writer, not a programme', () => {
  keeps([
    ['at this stage I group the keys by team, can you list them', 'list'],
    ['at this stage I group keys by unit, list them please', 'list'],
  ]);
  keeps([['rotate the key for the Title I office now that the new grant portal is live', 'rotate']]);
});

describe('8. an event request put to a person', () => {
  neverActs([
    'Mrs Patel, please remove everything for the STEM fair, it was last weekend',
    'Mr Jones, please remove everything for the book fair, it was last weekend',
    'Dr Smith, please tear down everything for the AI summit, it ended friday',
  ]);
});

describe('9. "us"/"it" name no event', () => {
  it.each(['delete everything for the us launch', 'remove everything for the it fair'])('%j', (text) => {
    expect(parseRequest(text).intent).not.toBe('deprovision');
    expect(acted(text)).toBe(false);
  });
  keeps([
    ['tear down everything for the STEM fair', 'deprovision', 'stem-fair'],
    ['tear down everything for the AI hackathon please', 'deprovision', 'ai-hackathon'],
  ]);
});
