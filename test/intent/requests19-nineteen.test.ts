/**
 * Round nineteen, requests19: real requests read as nothing, as help or as another read. Sentences of
 * each kind written before the parser's answer was looked at (other units, verbs and orders), with
 * look-alikes that must not change: non-requests that share the words, and the read the words do ask.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, nothingAsked } from './acted.js';

describe('a history word that only names the unit asks for no history (unit-words.ts)', () => {
  keeps([
    ['api key for the events team please', 'create_key', 'events-team'],
    ['new key for the audit squad, api key, 90 days', 'create_key', 'audit-squad'],
    ['long term key for the events sales team', 'create_key', 'events-sales-team'],
    ['access key for the journal team, 30 days', 'create_key', 'journal-team'],
    ['key for the activity feed team, owner is <@U0ABCDEF12>', 'create_key', 'activity-feed-team'],
    ['api key for the events sales team, owner is <@U07EVS4LQ2>', 'create_key', 'events-sales-team'],
    ['details for the audit squad', 'details', 'audit-squad'],
    ["what's configured for the event hub team?", 'details', 'event-hub-team'],
    ["what's set up for the Night Audit Assistant?", 'details', 'night-audit-assistant'],
  ]);
  it('keeps the owner named after the unit', () => {
    expect(parseRequest('api key for the events sales team, owner is <@U07EVS4LQ2>').owner).toBe(
      'U07EVS4LQ2',
    );
  });
  // Look-alikes: a history word beside the unit still asks for the history.
  keeps([
    ['history for the events team', 'history', 'events-team'],
    ['audit log of the events team last month', 'history', 'events-team'],
    ['what did the events team change this week', 'history', 'events-team'],
    ['logs for the journal team please', 'history', 'journal-team'],
    ['audit trail of the events team', 'history', 'events-team'],
    ['events for ads last week', 'history', 'ads'],
  ]);
});

describe('deleting the unit itself, keys and all, deprovisions it (unit-words.ts)', () => {
  keeps([
    ['delete the unit sms-spam-classifier and all its keys', 'deprovision', 'sms-spam-classifier'],
    ['remove the business unit churn-lab along with its keys', 'deprovision', 'churn-lab'],
    ['please delete the bu legacy-ocr and every key it has', 'deprovision', 'legacy-ocr'],
    ['delete the ads-ranking unit and its access keys', 'deprovision', 'ads-ranking'],
    ['wipe the unit called pilot-7, keys and all', 'deprovision', 'pilot-7'],
    ['can you remove unit kyc-v1 and its two keys? project ended', 'deprovision', 'kyc-v1'],
    ['nuke the unit doc-scan and the keys under it', 'deprovision', 'doc-scan'],
    ['drop the unit fraud-lab including all of its api keys', 'deprovision', 'fraud-lab'],
  ]);
  it('states no `all` for a deprovision', () => {
    expect(parseRequest('delete the unit sms-spam-classifier and all its keys').all).toBe(false);
  });
  // Look-alikes: the keys themselves deleted are revoked; other things deleted ask nothing.
  keeps([
    ["delete the unit's keys for growth", 'revoke', 'growth'],
    ['delete all keys of the unit sms-spam-classifier', 'revoke', 'sms-spam-classifier'],
    ['revoke the unit key for ads', 'revoke', 'ads'],
  ]);
  nothingAsked([
    'delete the old photos and all its copies',
    'remove the unit price column and all its formulas from the sheet',
  ]);
  it('never acts on deleting unit tests', () => {
    expect(acted('delete the unit tests and all their fixtures')).toBe(false);
  });
});

describe('a key with a lifetime in days is asked for; the model named is what it is for', () => {
  keeps([
    ['we need creds for the new defect-vision-v2 model on line 5, api key, 180 days', 'create_key'],
    ['api key for the churn model team, 90 days', 'create_key', 'churn-model-team'],
    ['access key for our forecasting model pipeline, 365 days', 'create_key'],
    ['long-term key for the new scoring model, 30 days, unit risk-ml', 'create_key', 'risk-ml'],
    ['the triage model in the ER needs a key, api key, 120 days', 'create_key'],
    ['need a 90 day key for the demand model unit', 'create_key'],
    ['creds for the summariser model of doc-ai, access key, 45 days', 'create_key', 'doc-ai'],
    ['api key for the pricing model in ops-ml pls, expires in 60 days', 'create_key'],
  ]);
  keeps([
    ['models in frankfurt', 'models'],
    ['which models can an api key for 90 days call?', 'models'],
    ['what models can growth use with its access key', 'models'],
    ['models available to the ads key', 'models'],
  ]);
});

describe('an AI credential for a part of the day is a token (day-part.ts)', () => {
  keeps([
    ['I need access to Claude for the afternoon to draft work instructions for the X7 variant', 'token'],
    [
      'could I get access to the AI tool for this morning? writing release notes for the billing app',
      'token',
    ],
    ['a Claude login for the evening please, proofreading the onboarding guide for sales-ops', 'token'],
    ['need an AI password for today only, translating the menu for the bistro team', 'token'],
    [
      'access to claude for the rest of the day so I can summarise the audit findings for ops-review',
      'token',
    ],
    ['give me AI access for tonight, working on the pitch deck for client-x', 'token'],
    ['a Claude login for the afternoon', 'token'],
  ]);
  it('states the maker and no unit', () => {
    const parse = parseRequest(
      'I need access to Claude for the afternoon to draft work instructions for the X7 variant',
    );
    expect(parse.provider).toBe('anthropic');
    expect(parse.businessUnit).toBeNull();
  });
  keeps([
    ['a permanent AI login for legal-ops', 'create_key', 'legal-ops'],
    ['an AI login for the afternoon-shift team, long term', 'create_key', 'afternoon-shift-team'],
  ]);
  nothingAsked(['the afternoon with claude was great, thanks for the access']);
});

describe('which Regions offer a named model is the models read', () => {
  keeps([
    ['which regions can we call Claude in?', 'models'],
    ['in which regions can I use llama?', 'models'],
    ['what regions can my team use mistral in', 'models'],
    ['which regions can I run titan in?', 'models'],
    ['what regions is cohere available in?', 'models'],
    ['which regions could we use anthropic models in?', 'models'],
    ['can I use claude in frankfurt?', 'models'],
  ]);
  keeps([
    ['what regions can I get a token in?', 'help'],
    ['which region should I use for my token?', 'help'],
    ['what regions can I use?', 'help'],
  ]);
});

describe('"pull the key for X" takes the key away: revoke', () => {
  keeps([
    ["pull the key for sommelier-ai, the wine pilot's done", 'revoke', 'sommelier-ai'],
    ['please pull the api key for churn-lab, project is over', 'revoke', 'churn-lab'],
    ['can you pull the access key of vendor-sync? they no longer need it', 'revoke', 'vendor-sync'],
    ['pull their key, legal-bot is shutting down', 'revoke', 'legal-bot'],
    ['pull the key from risk-scoring-v2 now', 'revoke', 'risk-scoring-v2'],
    ["pull the photo-desk key — the freelance photographer's contract ended friday", 'revoke', 'photo-desk'],
    ['pull all keys from finance-reports, audit finding', 'revoke', 'finance-reports'],
    ['pull the key for hr-assist, the vendor contract ended', 'revoke', 'hr-assist'],
  ]);
  keeps([
    ['pull the logs for growth', 'history', 'growth'],
    ['pull the key details for ads', 'details', 'ads'],
    ['pull the history of the kyc key', 'history', 'kyc'],
    ['pull up the keys for ads', 'details', 'ads'],
  ]);
  nothingAsked([
    'pull the plug on the demo',
    'I pulled the key for ads yesterday',
    'can you pull the latest numbers for the board deck',
    'pull the key from the vault and set it in the env',
  ]);
});

describe('our command first, put off to a condition not met yet, is asked about (later-held.ts)', () => {
  const asked = (rows: [string, string, string][]) =>
    it.each(rows)('%j', (text, intent, unit) => {
      const parse = parseRequest(text);
      expect(parse.intent).toBe(intent);
      expect(parse.businessUnit).toBe(unit);
      expect(acted(text)).toBe(false);
    });
  asked([
    ['rotate supplier-portal once the new portal build is deployed', 'rotate', 'supplier-portal'],
    ['rotate growth once the migration is finished', 'rotate', 'growth'],
    ['rotate checkout-api as soon as the hotfix is deployed', 'rotate', 'checkout-api'],
    ['rotate risk-ml once the new pipeline build is deployed', 'rotate', 'risk-ml'],
    ['pls rotate search-api once the cutover is done', 'rotate', 'search-api'],
    ['revoke the ads key once the new one is live', 'revoke', 'ads'],
    ['rotate the billing key after the release is out', 'rotate', 'billing'],
    ['deprovision legacy-maps when the new maps service is live', 'deprovision', 'legacy-maps'],
    ['revoke the kyc key when the vendor contract ends', 'revoke', 'kyc'],
  ]);
  nothingAsked([
    'once the new portal build is deployed we can celebrate',
    'the portal build is deployed',
    'rotate the tires once the car is back from the shop',
    'revoke his badge once he leaves on friday',
    'rotate the crops once the harvest is in',
    'offboard the contractors once the project wraps',
    '<@U07PLAT0101> can you rotate ci-pipeline after the freeze?',
  ]);
});

describe("what's registered with the bot is the list of units (registered.ts)", () => {
  keeps([
    ["what's registered with the bot? need the list for the PCI audit", 'list', null as unknown as string],
    ['what is onboarded on bedrock?', 'list'],
    ["who's registered with the bot?", 'list'],
    ["so what's signed up with bedrock currently?", 'list'],
    ["what's all set up on bedrock? finance wants an inventory", 'list'],
    ['which teams have been onboarded on the bot?', 'list'],
    ['which teams are onboarded?', 'list'],
    ['what units are registered', 'list'],
  ]);
  nothingAsked([
    "what's registered with the hotel loyalty program?",
    "what's set up for the party?",
    "who's registered for the bedrock workshop?",
  ]);
  keeps([['what is set up on bedrock-demo? owner and keys', 'details', 'bedrock-demo']]);
});
