/**
 * Round twenty-one, fix21a: requests that reads21's "not ours" readers dropped (review A, findings 1–8),
 * each finding's texts, sentences of our own that must stay requests, and look-alikes that must stay
 * unknown or help. Written before the parser's answers were looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, nothingAsked } from './acted.js';

const bot = { botUserId: 'UBOT1' };

describe('1. "unrelated to bedrock" cancels only its own clause', () => {
  keeps([
    ['the 500s are nothing to do with bedrock, but please revoke the growth key anyway', 'revoke', 'growth'],
    ['the alert was unrelated to bedrock. please rotate the payments key anyway', 'rotate', 'payments'],
    ['rotate the ads key please (the outage was unrelated to bedrock)', 'rotate', 'ads'],
    ['revoke the growth key, the leak had nothing to do with the bot', 'revoke', 'growth'],
    ['not a bot problem, just create a key for growth please', 'create_key', 'growth'],
    // our own
    ['the latency spike was unrelated to bedrock; please rotate the growth key anyway', 'rotate', 'growth'],
    ['not a bedrock issue, but revoke the ads key please', 'revoke', 'ads'],
    ['the slowness is nothing to do with the bot. can you create a key for growth', 'create_key', 'growth'],
    ['rotate the growth key now, the outage was not a bot problem', 'rotate', 'growth'],
    ['the 502s had nothing to do with bedrock. revoke the payments key please', 'revoke', 'payments'],
    [
      'deprovision the legacy-etl unit please, the errors were unrelated to bedrock',
      'deprovision',
      'legacy-etl',
    ],
  ]);
  it('with the bot mention first', () => {
    const p = parseRequest('<@UBOT1> not a bot problem, the key leaked: rotate the ads key', bot);
    expect(p.intent).toBe('rotate');
    expect(p.businessUnit).toBe('ads');
  });
  nothingAsked([
    'Rightmove feed credentials need renewing, not a bedrock thing, just flagging',
    'rotate the zoopla key, not a bedrock thing',
    'the stripe key needs rotating, nothing to do with bedrock, fyi',
    'Xero credentials expire next week, unrelated to the bot, just flagging',
    'revoke the twilio key — not a bedrock issue',
    'the mailchimp token needs renewing, nothing to do with the bot',
    'Zoopla API credentials expire next week, not a bedrock thing, just flagging',
  ]);
});

describe('2. an appointment word named as a unit is deprovisioned', () => {
  keeps([
    ['remove the Reservations Team', 'deprovision', 'reservations-team'],
    ['delete the reservations team, we merged it into front-office', 'deprovision', 'reservations-team'],
    ['remove the bookings unit', 'deprovision', 'bookings'],
    ['delete unit viewings', 'deprovision', 'viewings'],
    ['remove unit bookings', 'deprovision', 'bookings'],
    ['delete the inspections unit', 'deprovision', 'inspections'],
    ['remove the visits squad', 'deprovision', 'visits-squad'],
    ['please remove our interviews team', 'deprovision', 'interviews-team'],
    // our own
    ['please delete the viewings unit', 'deprovision', 'viewings'],
    ['remove the appointments team, it was merged', 'deprovision'],
    ['delete the visits unit today', 'deprovision', 'visits'],
    ['remove the reservations unit today', 'deprovision', 'reservations'],
    ['remove the interviews unit', 'deprovision', 'interviews'],
    ['delete the bookings-api unit', 'deprovision', 'bookings-api'],
  ]);
  it('with the bot mention first', () => {
    const p = parseRequest('<@UBOT1> remove the bookings unit', bot);
    expect(p.intent).toBe('deprovision');
    expect(p.businessUnit).toBe('bookings');
  });
  nothingAsked([
    'Can you delete the viewing for unit 2C at 3pm, applicant cancelled',
    'can you cancel the viewing for flat 9D tomorrow, buyer pulled out',
    'delete the 10am appointment for unit 4F please, tenant rescheduled',
    'cancel the inspection for unit 12 on friday',
    'please remove the booking for room 4 tonight',
    'reschedule the interview with Sam to thursday',
  ]);
});

describe('3. access to the bot asked by contractors and leavers is help', () => {
  it.each([
    'can contractors get access to the bot?',
    'how do contractors get access?',
    'how do our contractors request access?',
    'can former employees still access the bot?',
    'can visitors get access to the bot?',
    // our own
    'how do new contractors get access to the assistant?',
    'can tenants use the bot?',
    'how do former staff request access to the bot?',
  ])('%j is not dropped', (text) => {
    expect(parseRequest(text).intent).toBe('help');
    expect(acted(text)).toBe(false);
  });
  it('with the bot mention first', () => {
    expect(parseRequest('<@UBOT1> can visitors get access to the bot?', bot).intent).toBe('help');
  });
  keeps([
    ['deprovision the visitor-wifi unit because visitors lost access anyway', 'deprovision', 'visitor-wifi'],
    ['offboard the contractors-portal unit, the contractors lost access', 'deprovision'],
  ]);
  it('a token asked after leavers told keeps being asked', () => {
    const p = parseRequest('14 leavers still have RACF access. can I get one for growth');
    expect(p.intent).toBe('create_key');
    expect(p.businessUnit).toBe('growth');
  });
  nothingAsked([
    'Access review: 14 leavers still have RACF access, please revoke by Friday',
    'three contractors still have SAP access after their end date, can we revoke it today?',
    'please revoke access for the former tenant of flat 4A on the door entry system',
    'revoke the contractors’ VPN access by Friday',
    '5 visitors still have site wifi access, remove it please',
    'former staff still have Okta access, pull it today',
  ]);
});

describe('4. history for a unit named after a record', () => {
  keeps([
    ['show history for the arrears team', 'history', 'arrears-team'],
    ['history for the tenancy unit', 'history', 'tenancy'],
    ['history for the complaint-handling team', 'history', 'complaint-handling-team'],
    ['show history for the dispute-resolution unit', 'history', 'dispute-resolution'],
    ['history on the arrears-collections unit', 'history', 'arrears-collections'],
    ['show me the account history for the growth unit', 'history', 'growth'],
    ['show me the rent history for the lettings unit', 'history', 'lettings'],
    // our own
    ['history for the complaints-api unit', 'history', 'complaints-api'],
    ['show the transaction history for the payments unit', 'history', 'payments'],
    ['history of the disputes team this week', 'history'],
    ['show history for the tenancy-portal unit', 'history', 'tenancy-portal'],
  ]);
  nothingAsked([
    'can you pull the account history for the Jones complaint? last 6 months',
    'can you pull the transaction history for the Smith dispute? last 3 months',
    'can you pull the rent history for flat 3B, tenant disputes the arrears',
    'the area director wants the complaints history for every block by Monday',
    'history of the tenancy for flat 2B please',
    'need the arrears history for unit 4F by Friday',
  ]);
});

describe('5. spend of a unit named after a trade', () => {
  keeps([
    ['how much did we spend on the concierge team in march', 'spend', 'concierge-team'],
    ["what's concierge spend this month?", 'spend', 'concierge'],
    ['concierge spend last week', 'spend', 'concierge'],
    ['show concierge spend this month', 'spend', 'concierge'],
    ['show me the payroll spend', 'spend', 'payroll'],
    ["what's payroll spend this month?", 'spend', 'payroll'],
    ['how much did we spend on the maintenance team last month', 'spend', 'maintenance-team'],
    ['what is the spend on the security guards team this month', 'spend', 'security-guards-team'],
    // our own
    ['how much did we spend on the catering team this month', 'spend', 'catering-team'],
    ['what did we spend on the recruitment unit last week', 'spend'],
    ['what did the catering team spend this quarter?', 'spend', 'catering-team'],
  ]);
  nothingAsked([
    'spend on concierge overtime this month is nuts',
    'spend on agency staff this quarter is way over budget',
    "what's our spend on catering this month?",
    'agency spend is up again',
    'overtime spend on the night shift is through the roof',
    'we spent on hotels and flights way more than planned',
  ]);
});

describe('6. "give her a token" gives her one', () => {
  it.each([
    'give her a token for 4h so someone on growth can debug',
    'give him a token for 2h so anyone on ads can test',
    'give her a new token for 3h, someone on her team needs it',
  ])('%j asks a token', (text) => {
    expect(parseRequest(text).intent).toBe('token');
  });
  it('with the bot mention first', () => {
    expect(parseRequest('<@UBOT1> give her a token for 4h so someone on growth can debug', bot).intent).toBe(
      'token',
    );
  });
  keeps([
    ['give her a key for growth so anyone on the team can use the app', 'create_key', 'growth'],
    ['give her a key for ads so someone can run the report', 'create_key', 'ads'],
  ]);
  nothingAsked([
    'can someone share their bedrock token with me for 5 mins? mine just expired',
    'can one of you send me your token for an hour, mine expired',
    'could someone give me her token? she is out today',
    "can I borrow someone's token for 5 mins?",
    'can anyone pass me their key quickly?',
    'anyone able to share their api key with me quickly? the bot is slow',
  ]);
});

describe('7. a token asked after a question to the channel is still asked', () => {
  it.each([
    'does anyone know if the canteen is open? I need a token',
    'does anyone know where the fire exit is? can I get a token',
    'can anyone share their token? if not I need a token',
    // our own
    'does anyone know whether the lift is fixed? also I need a token',
    'does anyone know which room the standup is in? need a token too',
    'anyone know if parking is free today? I need a bedrock token',
  ])('%j', (text) => {
    expect(parseRequest(text).intent).toBe('token');
  });
  nothingAsked([
    'can somebody DM me their bedrock key for the demo, just for an hour',
    'does anyone know if the canteen is open?',
    'does anyone know where the fire exit is?',
    'can someone pull the service history for van 12?',
  ]);
});

describe('8. fob and entry card units', () => {
  keeps([
    ['what did the fob programmer team spend this month', 'spend', 'fob-programmer-team'],
    ['history for the entry card project', 'history'],
    ['what did the fob team spend this month', 'spend'],
    ['history for the access card platform', 'history'],
  ]);
  nothingAsked([
    "who's got the fob programmer? need to add two fobs for unit 11C",
    'need three new fobs for flat 2A, tenant lost theirs',
    'the fob programmer is broken again',
    'the entry card for flat 3 stopped working',
  ]);
});
