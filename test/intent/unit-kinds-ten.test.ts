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
