import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('who approved one of our keys is history, also under a pasted alert', () => {
  it.each([
    ['who signed off on the ads key?', 'ads'],
    ['```\nSEC-1402: ads key used from unknown IP (23:41 UTC)\n```\nwho signed off on the ads key?', 'ads'],
    [
      '```\nGuardDuty finding: unusual calls with the payments-core key\n```\nwho approved the payments-core key?',
      'payments-core',
    ],
    [
      'alert below. so who okayed the key for checkout-api in the first place?\n```\nsev2: 4k calls/min\n```',
      'checkout-api',
    ],
    ['> the fraud-ml key showed up in a public gist\nwho signed off on the fraud-ml key??', 'fraud-ml'],
  ])('"%s" asks the history of %s', (text, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['history', unit]);
  });
});

describe('a message that opens with a read asks that read; the audit it mentions is why', () => {
  it.each([
    ['details kyc pls, auditor on the call', 'kyc'],
    ['details for ledger-sync please, the auditors are waiting', 'ledger-sync'],
    ['please details growth-ops, audit in 5 min', 'growth-ops'],
    ['status of search-api? the audit starts at 3', 'search-api'],
    ['info on claims-ai pls, for the audit log review', 'claims-ai'],
  ])('"%s" asks the details of %s', (text, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['details', unit]);
  });

  it('still reads the audit log asked for in the opening clause as history', () => {
    const r = parseRequest('details of the audit log for payments');
    expect([r.intent, r.businessUnit]).toEqual(['history', 'payments']);
  });
});

describe('a negated change whose rest only mentions an audit or a log asks nothing', () => {
  it.each([
    "please don't revoke the legal-ops key yet, we're still using it for the audit",
    "don't delete the growth key yet, the audit log export still runs on it",
    'please do not rotate payments-core before friday, the history backfill needs it',
    'hold off on revoking the ads key, we need it for the activity report',
  ])('"%s" is no request', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each([
    ["don't revoke the sales key, just show me its details", 'details', 'sales'],
    ["don't rotate fraud-ml, show me the history for it instead", 'history', 'fraud-ml'],
    ['no need to rotate, what does billing have?', 'details', 'billing'],
  ])('"%s" still asks the read left after the negation', (text, intent, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual([intent, unit]);
  });
});

describe("a pause of one's own is no token lifetime", () => {
  it.each([
    'I need a break, 15 min, then we continue with the rotation schedule',
    'taking a break for 20 minutes',
    'need a quick break, 10 mins, then back to the rotation runbook',
    'brb 15 min, grabbing food',
    'going for a walk, back in an hour',
    'need a nap, 2 hours at least lol',
  ])('"%s" asks nothing', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('unknown');
    expect(r.ttlSeconds).toBeNull();
    expect(acts(text)).toBe(false);
  });

  it.each([
    ['I need a 2h token, then I will take a break', 7200],
    ["need a break from this, give me a token for 1h when I'm back", 3600],
  ])('"%s" still asks for a token', (text, ttl) => {
    const r = parseRequest(text);
    expect([r.intent, r.ttlSeconds]).toEqual(['token', ttl]);
  });
});

describe("another system's session that ended is no token request", () => {
  it.each([
    'my session token for the HR portal expired mid-form, lost everything',
    'my session for the expenses portal expired and the form is gone',
    'ugh, the session token on the travel booking site expired again',
  ])('"%s" asks nothing', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it('still reads a Bedrock token that expired, with a new lifetime, as a token request', () => {
    const r = parseRequest('my bedrock token expired, need a new one for 2h');
    expect([r.intent, r.ttlSeconds]).toEqual(['token', 7200]);
  });
});

describe('a token in hand and how to use it asked is help about tokens', () => {
  it.each([
    'I have a token now, how do I use it in Python?',
    'got my token, yay! how do I use it with boto3?',
    'ok I have the token now. where do I put it in my notebook?',
    'thanks, token received. how do I plug it into the aws cli?',
    "I've got the token from the bot. which env var does it go in?",
    'token works, but how do I pass it to langchain?',
  ])('"%s" asks for help on tokens', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.topic]).toEqual(['help', 'token']);
    expect(acts(text)).toBe(false);
  });
});

describe('which units have something of ours is the list of units', () => {
  it.each([
    'which units are there? need the list for a slide',
    'Could you tell me which departments have bedrock set up? for the ISO audit',
    'Hi! which groups have long-term keys? (for the audit spreadsheet)',
    'which teams hold long-term keys right now?',
    'which groups are using long-term credentials today',
    'what units exist right now?',
    'which business units do you have on file?',
    'everything you manage, please, for our compliance register',
    'all the teams you manage please',
  ])('"%s" lists the units', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['list', null]);
  });

  it.each(['how do I see which teams exist?', 'is there a command that shows which teams have keys?'])(
    '"%s" asks how, not for the list',
    (text) => {
      expect(parseRequest(text).intent).toBe('help');
    },
  );
});

describe("one's own activity over a span is history", () => {
  it.each([
    'what did I do in the last 2 weeks? I need it for my timesheet notes',
    'what have I done with the bot this month?',
    'what did I request over the past 30 days',
    'what did I actually do on bedrock last month, for my review',
  ])('"%s" asks the history', (text) => {
    expect(parseRequest(text).intent).toBe('history');
  });
});
