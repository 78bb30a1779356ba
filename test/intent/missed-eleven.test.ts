/**
 * Round eleven, requests the parser missed though a colleague would read them at once; each kind with
 * look-alike non-requests that must not act (sentences written for this test, not from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

describe('"not X, just Y" with a reason after it that names an everyday thing', () => {
  it.each([
    [
      "don't revoke billing-api, just rotate their key — the invoice bot must keep running",
      'rotate',
      'billing-api',
    ],
    [
      "don't deprovision claims-ai, just revoke their keys, the office move is next week",
      'revoke',
      'claims-ai',
    ],
    [
      "please don't offboard search-ml, rotate their key instead — the ticket queue relies on it",
      'rotate',
      'search-ml',
    ],
    ["don't rotate doc-ai, just deprovision it, the old office setup is gone", 'deprovision', 'doc-ai'],
    ['not revoke risk-ml, just rotate their key, the ticket triage has to keep working', 'rotate', 'risk-ml'],
    ["don't just rotate geo-web, deprovision it — the office in lyon closed", 'deprovision', 'geo-web'],
    ["don't revoke ads-ml, rotate their key — the calendar sync needs it", 'rotate', 'ads-ml'],
    [
      "don't revoke fraud-ml, just rotate its key; the coffee machine dashboard still uses it",
      'rotate',
      'fraud-ml',
    ],
  ])('"%s" is %s for %s, asked about first', (t, intent, unit) => {
    const r = parseRequest(t);
    expect(r).toMatchObject({ intent, businessUnit: unit });
    expect(acts(r)).toBe(false);
  });
  it.each([
    "don't revoke billing-api, the invoice bot must keep running",
    "don't rotate billing-api's key, the ticket system depends on it",
    "don't deprovision claims-ai, just leave their key alone — the office needs it",
    "don't revoke billing-api, just rotate their key... actually never mind, the ticket bot is fine",
    "we didn't revoke billing-api, we rotated their key — the invoice bot kept running",
  ])('"%s" asks for nothing', (t) => {
    const r = parseRequest(t);
    expect(r.intent).toBe('unknown');
    expect(acts(r)).toBe(false);
  });
});

describe('a handful of tokens used up is of ours, not a count of model tokens', () => {
  it.each([
    [
      "We've burned through 3 tokens today, the nightly job outlives them. can the search-ml unit get a proper key?",
      'search-ml',
    ],
    ['burned 2 tokens already today, please give the ledger-sync unit a proper key', 'ledger-sync'],
    [
      "We've been through 4 tokens today already. Can you just give the pricing-ml unit a proper key?",
      'pricing-ml',
    ],
  ])('"%s" asks for a key for %s', (t, unit) => {
    expect(parseRequest(t)).toMatchObject({ intent: 'create_key', businessUnit: unit });
  });
  it.each([
    'my prompt used 4k tokens, rotate the growth key?',
    'the completion was 50 tokens long, give me more',
    'the model stopped after 8 tokens, can you rotate it?',
    'we went through 4 tokens today lol',
  ])('"%s" is not acted on', (t) => {
    expect(acts(parseRequest(t))).toBe(false);
  });
});

describe('"everything bedrock-related" names ours', () => {
  it.each([
    ['the ads-pilot project ended. shut down everything bedrock-related for it', 'ads-pilot'],
    ["we're closing the kiosk-ai project; remove everything bedrock-specific for it", 'kiosk-ai'],
    ['we shut down the voice-bot project. clean up everything bedrock-related for it', 'voice-bot'],
  ])('"%s" deprovisions %s', (t, unit) => {
    expect(parseRequest(t)).toMatchObject({ intent: 'deprovision', businessUnit: unit });
  });
  it.each([
    'we removed everything bedrock-related for old-lab last month',
    'should we remove everything bedrock-related for old-lab?',
    'remove everything office-related for it',
  ])('"%s" is not acted on', (t) => {
    expect(acts(parseRequest(t))).toBe(false);
  });
});

describe('what one named unit holds is its details, whichever way the classifier leans', () => {
  it.each([
    ['what credentials does the Payments Risk team hold?', 'payments-risk-team'],
    ['which keys does the fraud-ml team have?', 'fraud-ml-team'],
  ])('"%s" asks for the details of %s', (t, unit) => {
    expect(parseRequest(t)).toMatchObject({ intent: 'details', businessUnit: unit });
  });
  it('"what does the sales team have for lunch?" asks nothing of the bot', () => {
    expect(parseRequest('what does the sales team have for lunch?').intent).toBe('unknown');
  });
});
