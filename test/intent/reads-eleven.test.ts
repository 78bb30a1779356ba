import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('a request that names a history word is not history because the word is taken out', () => {
  it.each([
    ['need a token for the audit prep, 3h', 10800],
    ['token 2h please, the audit log export takes a while', 7200],
    ['could you issue a token for one hour? the audit fieldwork starts at 9', 3600],
    ['a token for 4 hours, the audit walkthrough runs long', 14400],
    ['token 90 min pls, for the audit interview', 5400],
  ])('"%s" is a token for %d seconds', (text, ttl) => {
    const r = parseRequest(text);
    expect([r.intent, r.ttlSeconds]).toEqual(['token', ttl]);
  });

  it.each([
    ['show me the audit log of tokens issued last week'],
    ['history of tokens for marketing'],
    ['audit log of approvals for growth'],
    ['tokens issued to bob@acme.com this month, from the audit log'],
  ])('"%s" stays history', (text) => {
    expect(parseRequest(text).intent).toBe('history');
  });
});

describe('"audit" naming the people or the event is no history word', () => {
  it.each([
    ['a key for fraud-ml please, the audit finding says we need one', 'create_key'],
    ['lunch at 1? the audit committee overran again', 'unknown'],
    ['the audit team is in the big room today', 'unknown'],
    ['key for risk-ml, 90 days, for the audit prep', 'create_key'],
  ])('"%s" is %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it.each([
    ['audit log for growth', 'growth'],
    ['audit for payments-core last month', 'payments-core'],
    ['audit log for ledger-sync since the audit review', 'ledger-sync'],
  ])('"%s" stays history for %s', (text, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['history', unit]);
  });

  it('acts on no audit remark', () => {
    expect(acts('the audit committee wants us to revoke keys every quarter')).toBe(false);
  });
});

describe('a read asked first is what the message asks; the reason told after it is not', () => {
  it.each([
    ['what do we have for claims-triage? the auditor asked if it still works', 'details', 'claims-triage'],
    ['what do we have for talent-hub? the recruiter asked if the key still works', 'details', 'talent-hub'],
    ['who is on file as the owner for fin-ops? finance needs to send them a form', 'details', 'fin-ops'],
    ['who is the owner of fraud-ops? legal needs to update the contract', 'details', 'fraud-ops'],
    ['what does risk-ml have? finance wants to know before the review', 'details', 'risk-ml'],
    ['what happened with payroll-ai two months ago? the invoice jumped', 'history', 'payroll-ai'],
    ['what changed for ledger-sync in march? our jobs started failing', 'history', 'ledger-sync'],
    ['what happened with vision-2 last week? it broke', 'history', 'vision-2'],
  ])('"%s" is %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual([intent, unit]);
  });

  it.each([
    ['what do we have for payments? never mind, found it'],
    ['what happened at the offsite? the slides were great'],
    ['what do you have for lunch? the canteen is closed'],
    ['who owns this? found it in a repo'],
  ])('"%s" asks no read of a unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });

  it('reads a request after the question as a request, not as the reason', () => {
    expect(parseRequest('who owns kyc? I need a key for it').intent).toBe('details');
    expect(acts('what do we have for billing? the team asked to rotate it')).toBe(false);
  });
});

describe('", which" and a verb tells more of what was named; it asks nothing', () => {
  it.each([
    [
      'our batch job uses my personal token, which obviously expires every few hours. a key for speech-ml please',
      'speech-ml',
    ],
    ['the pipeline runs on my token, which breaks every night. so: a key for doc-intel please', 'doc-intel'],
    ['we share one token, which is awkward. key for legal-ops please', 'legal-ops'],
  ])('"%s" asks a key for %s', (text, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['create_key', unit]);
  });

  it.each([
    ['for growth, which keys are there?', 'growth'],
    ['for fraud-ml, which one is the owner?', 'fraud-ml'],
  ])('"%s" still asks the details of %s', (text, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['details', unit]);
  });
});
