import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round ten, business units by kind. Sentences of our own, each with look-alikes that must stay.
 */
describe('words of the story, of time and of who checks are no unit', () => {
  it.each([
    ['we need a summary of every credential issued in May for the auditors', null],
    ['what did we spend on bedrock this week :chart_with_upwards_trend::moneybag:', null],
    ['which tokens went to dana@acme.io last week? her manager is reviewing access', null],
    ['revoke AKIAQ2W3E4R5T6Y7U8I9 — it sat in a public repo from 3 days ago', null],
    [
      'we debated for ages, then agreed to scrap the old scraper credentials. revoke AKIAQ2W3E4R5T6Y7U8I9 now',
      null,
    ],
    ['fraud-ml: api key please, our cron uses static creds', 'fraud-ml'],
    ['lt key doc-parser 60d', 'doc-parser'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['is marketing set up?', 'marketing'],
    ['is pricing still configured?', 'pricing'],
    ['long-term key for summariser please', 'summariser'],
    ['the details of the assistant unit please', 'assistant'],
    ['a growth key for 30 days please', 'growth'],
    ['the billing key showed up in a build log, rotate it now please', 'billing'],
  ])('look-alike that keeps its unit: %s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a team that asks or acts is not the unit it asks for', () => {
  it.each([
    ['the legal-ops team would like a long-term key for contract-search, 90 days', 'contract-search'],
    ['the platform team asked me to rotate the build-cache key please', 'build-cache'],
    ['The security team has asked: revoke the keys for old-portal please', 'old-portal'],
    ['escalation from the billing team: can you rotate the invoice-api key?', 'invoice-api'],
    [
      'a request from the search group: please create a key for query-rewrite with 60 days expiry',
      'query-rewrite',
    ],
    ['the support team (cc @dana) wants a key for chat-triage, 30 days', 'chat-triage'],
    ["the data-eng team (Priya's) needs an api key for data-eng, 30 days", 'data-eng'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['the data team needs a key for their forecast-batch job', 'data-team'],
    ['the risk team needs permanent credentials for the model-monitor service', 'risk-team'],
    ['the crawler owned by the ranking team needs a key', 'ranking-team'],
    ['creds for the nightly export job of the analytics team please', 'analytics-team'],
    ['the clinics group needs long-term access for the de-identify batch', 'clinics-group'],
    ['the ml team (cc @dana) needs a key', 'ml-team'],
  ])('look-alike: the team owns what it is for: %s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a unit named as the subject of a wish or a key', () => {
  it.each([
    ['hey bot, claims-ai would like a long-term key for the intake summarizer', 'claims-ai'],
    ['quote-engine has an old access key from the trial, please revoke it', 'quote-engine'],
    ['hey all, doc-search needs bedrock creds for the nightly reindex', 'doc-search'],
    ['hi folks ledger-sync needs an api key for the reconciliation cron', 'ledger-sync'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it('look-alike: a person who has a key names no unit', () => {
    expect(
      parseRequest('the intern has an old key from the hackathon, please revoke it').businessUnit,
    ).toBeNull();
  });
});

describe('the name stated last after a correction wins, also when the correction stands apart', () => {
  it.each([
    ['rotate the geo key. I meant the one for geo-routing', 'geo-routing'],
    ['please create a key for invoice-ml... ugh no, I meant *invoice-ocr*', 'invoice-ocr'],
    ['deprovision team chat-v1. Correction: chat-v2, the v1 one is still used.', 'chat-v2'],
    ["new key for the search team *edit:* search-ranking, that's the unit", 'search-ranking'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['revoke the ads key. sorry, jenkins is down again', 'ads'],
    ['key for billing-svc please. sorry, the old one expired yesterday', 'billing-svc'],
    ['rotate the search key, edit: the one from march', 'search'],
  ])('look-alike: no new name after the marker: %s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it('the corrected deprovision is still read as one', () => {
    expect(
      parseRequest('deprovision team chat-v1. Correction: chat-v2, the v1 one is still used.').intent,
    ).toBe('deprovision');
  });
});

describe('names said in words', () => {
  it.each([
    ['create a key for claims dash intake', 'claims-intake'],
    ['create a key for support bots dash e u', 'support-bots-eu'],
    ['create a key for the e-commerce search team with an access key', 'e-commerce-search-team'],
    ['key for the data-eng platform team please', 'data-eng-platform-team'],
    ["okay what's set up for billing api", 'billing-api'],
    ['what do we have for payments api?', 'payments-api'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['rotate the billing api key', 'billing'],
    ['rotate the growth-ml key, the team is waiting', 'growth-ml'],
    ['sales-enablement gets Bedrock next week, key for sales-enablement please', 'sales-enablement'],
  ])('look-alike: %s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('who wants a record or a cost asks; it is not the unit', () => {
  it.each([
    ['Legal needs every Bedrock change since June, can you pull that?', null],
    ['procurement wants a record of the keys for the audit', null],
    ['risk needs it for the quarterly review: what was rotated last month?', null],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['marketing needs a key', 'marketing'],
    ['growth needs bedrock access for 90 days', 'growth'],
    ['ledger-ops wants an api key', 'ledger-ops'],
  ])('look-alike: who wants a credential is its unit: %s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('an owner named with a possessive', () => {
  it.each([
    ["can you pull growth's spend for May?", 'growth'],
    ["can you pull growth's Claude spend for May?", 'growth'],
    ["what did legal's llama usage cost last month", 'legal'],
    ["could u grab legal's key details", 'legal'],
    ["pls rotate customer success's key", 'customer-success'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a project named at the head of its clause', () => {
  it('is what "its" points back to', () => {
    const r = parseRequest(
      'Dear all,\n\nProject Orion has been cancelled. Please revoke its long-term key.\n\nThanks,\nIda',
    );
    expect(r.intent).toBe('revoke');
    expect(r.businessUnit).toBe('orion');
  });

  it.each([
    ['project budget is tight, can I get a token for 2h', null],
    ['the project was a success. rotate the key for growth', 'growth'],
  ])('look-alike: %s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a unit named after the system it owns', () => {
  it.each([
    ["it's for the doc-summarizer service that runs all day, key for doc-tools please", 'doc-tools'],
    ['a key for the fraud-scoring service please, for fraud-ml', 'fraud-ml'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['we need a key for the billing service, owner ana@acme.io', 'billing'],
    ['I am on the fraud team. Could we get a permanent key for our scoring service?', 'fraud-team'],
  ])('look-alike: %s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});
