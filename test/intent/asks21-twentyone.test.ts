/**
 * Round twenty-one, asks21: questions to the bot (help topics and read intents) that round twenty's
 * blind files (now tuned-{bank,property,streaming}) showed read wrong, with sentences of our own written
 * before the parser's answer was looked at, and look-alikes that must not change: how-to questions about
 * another trade's thing (a credit limit, a passcode, a tenant's fob) ask nothing of the bot.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('when a token expires is its bounds (limits)', () => {
  exactly([
    { text: 'tokens, expire when?', intent: 'help', topic: 'limits' },
    { text: 'when do tokens expire?', intent: 'help', topic: 'limits' },
    { text: 'when does a bedrock token expire', intent: 'help', topic: 'limits' },
    { text: 'my token — when does it expire exactly?', intent: 'help', topic: 'limits' },
    { text: 'do tokens expire at midnight or after the hours I asked for?', intent: 'help', topic: 'limits' },
    { text: '<@U0BEDROCK1> when do the temporary tokens run out?', intent: 'help', topic: 'limits' },
    { text: 'tokens: when do they stop working?', intent: 'help', topic: 'limits' },
    { text: 'at what point does a token expire?', intent: 'help', topic: 'limits' },
  ]);
  keeps([
    // what a unit has now, and a change in the record, are not the bounds
    ['when does the growth key expire?', 'details', 'growth'],
    ['when was the kyc key created?', 'history', 'kyc'],
    ['token 2h pls', 'token'],
  ]);
  exactly([{ text: 'how do I get a token?', intent: 'help', topic: 'token' }]);
});

describe('a token needed at a time, asked whether it would be a problem, is its bounds', () => {
  exactly([
    {
      text: 'if I needed a token for 3h tomorrow during the match, would that be a problem?',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'if I needed a token for 6h on saturday, would that work?', intent: 'help', topic: 'limits' },
    { text: 'would a 4h token tonight be an issue?', intent: 'help', topic: 'limits' },
    {
      text: 'if we needed a 10h token for the launch, would that be ok?',
      intent: 'help',
      topic: 'limits',
    },
    {
      text: 'say I needed a token for 5h on the night of the final — any problem with that?',
      intent: 'help',
      topic: 'limits',
    },
  ]);
  exactly([{ text: 'token for 3h please', intent: 'token', ttlSeconds: 10800 }]);
});

describe('how to get a credential revoked is revoke', () => {
  exactly([
    { text: 'how do I get a key revoked if a vendor leaves?', intent: 'help', topic: 'revoke' },
    { text: 'how do I get a token revoked when a contractor leaves?', intent: 'help', topic: 'revoke' },
    {
      text: 'how can I have an access key revoked if the partner walks away?',
      intent: 'help',
      keyKind: 'access-key',
      topic: 'revoke',
    },
    { text: "what's the process to get a key revoked?", intent: 'help', topic: 'revoke' },
    {
      text: 'how do we get an api key revoked once the agency is gone?',
      intent: 'help',
      keyKind: 'api-key',
      topic: 'revoke',
    },
    { text: 'how do I get our key revoked?', intent: 'help', topic: 'revoke' },
  ]);
  exactly([
    { text: 'what happens to a key if the owner leaves?', intent: 'help', topic: 'general' },
    { text: 'how do I get a key?', intent: 'help', topic: 'create_key' },
  ]);
  keeps([['revoke the key for growth, the vendor left', 'revoke', 'growth']]);
});

describe('where a key is kept to pass an audit is keeping it safe (general)', () => {
  exactly([
    {
      text: 'compliance question: where should a long-term key be stored so it passes the PCI audit?',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'where do I keep an api key so the auditors are happy?',
      intent: 'help',
      keyKind: 'api-key',
      topic: 'general',
    },
    { text: 'audit question: where should long-term keys be kept?', intent: 'help', topic: 'general' },
  ]);
  exactly([{ text: 'how long is the audit log kept?', intent: 'help', topic: 'history' }]);
  keeps([['show the audit log for growth', 'history', 'growth']]);
});

describe('advice on which model to pick is help (models); which models there are is models', () => {
  exactly([
    {
      text: 'which model should I use for subtitle translation? does the bot have a list?',
      intent: 'help',
      topic: 'models',
    },
    { text: 'what model would you recommend for OCR of invoices?', intent: 'help', topic: 'models' },
  ]);
  nothingAsked(['which laptop model should I order, the 14 or the 16 inch?']);
  keeps([
    ['which models are available in Tokyo?', 'models'],
    ['list the models', 'models'],
    ['what models do we have?', 'models'],
  ]);
});

describe('a model family asked to be on the list is models, with its maker', () => {
  exactly([
    { text: 'is llama on the list', intent: 'models', provider: 'meta' },
    { text: 'is claude on the list?', intent: 'models', provider: 'anthropic' },
    { text: 'is mistral on the list of models?', intent: 'models', provider: 'mistral' },
    { text: 'is titan in the list?', intent: 'models', provider: 'amazon' },
  ]);
  nothingAsked([
    'is my name on the list for the offsite?',
    'is the quiz night on the list for friday?',
    'is milk on the shopping list',
  ]);
});

describe('who in the company has Bedrock is list', () => {
  exactly([
    { text: 'who in the bank has Bedrock already?', intent: 'list' },
    { text: 'who in the company already has bedrock?', intent: 'list' },
    { text: 'which departments in the org have Bedrock already?', intent: 'list' },
    { text: 'who here is on bedrock already?', intent: 'list' },
    { text: 'who in the group has bedrock access at the moment?', intent: 'list' },
  ]);
  nothingAsked([
    'who in the bank has a mortgage with us already?',
    'who in the office has the stapler?',
    'who in the company has a birthday this week?',
  ]);
});

describe('what a unit has (policies, owner tag, holders) is details', () => {
  exactly([
    {
      text: "internal audit asked: for `aml-case-sum`, which policies are attached and what's the owner tag? can the bot show me that",
      intent: 'details',
      businessUnit: 'aml-case-sum',
    },
    {
      text: "for risk-ml, which policies are attached and who's the owner?",
      intent: 'details',
      businessUnit: 'risk-ml',
    },
    {
      text: 'can you show me the owner tag and policies for `fraud-ml`?',
      intent: 'details',
      businessUnit: 'fraud-ml',
    },
    { text: 'what policies are attached to the kyc key?', intent: 'details', businessUnit: 'kyc' },
    { text: 'key holders for risk-ml?', intent: 'details', businessUnit: 'risk-ml' },
  ]);
  keeps([
    ['show me the history for aml-case-sum', 'history', 'aml-case-sum'],
    ['what do we have for marketing?', 'details', 'marketing'],
  ]);
  nothingAsked([
    'what do we have for lunch?',
    'what do we have for dinner tonight',
    'key holders for the flat, please return them by friday',
  ]);
});

describe("a how-to question about another trade's thing asks nothing of the bot", () => {
  nothingAsked([
    'who approves a credit limit override above 25k?',
    "how do I reset a customer's mobile banking passcode?",
    'do tenants get a new key when the lease renews or do they keep the old fob?',
    'who approves a refund above 500 euros?',
    'who approves overtime above 40 hours?',
    "how do I reset a tenant's door code?",
    'how do I change the wifi password in the lobby?',
    'do guests get a new key card when they extend their stay?',
    'how long does a mortgage approval take?',
    'what is the max cash withdrawal limit at the branch?',
    'do subscribers get a new pin when they change plan?',
  ]);
  exactly([
    { text: 'who approves a key request?', intent: 'help', topic: 'approvals' },
    { text: 'do I get a new key when I rotate?', intent: 'help', topic: 'rotate' },
    { text: "what's the max token lifetime?", intent: 'help', topic: 'limits' },
    { text: 'how do I reset my bedrock token?', intent: 'help', topic: 'token' },
    { text: 'who approves a long-term key above 90 days?', intent: 'help', topic: 'approvals' },
  ]);
});

// Left at the end of the time box (round twenty-one), read wrong still; none is acted on:
// a supposition without "if" read as a token asked and asked about; a key kept for an audit read as
// everyday ("SOC 2") or as no help; advice on a model with nothing of the bot's named (reads20 keeps
// "what model should I use for summarising donor letters?" as equipment's); units of plain trade words
// before desk/pod (units21's: the details reading holds once the unit is found, "key holders for risk-ml?").
describe('left for a later round: read wrong still, but never acted on', () => {
  neverActs([
    'suppose I need a token for 8 hours next week, is that a problem?',
    'where should we keep the access key so it passes the SOC 2 audit?',
    'where should the key live for the ISO audit?',
    'which model is best for summarising call transcripts?',
    'which model should we pick for the fraud chatbot?',
    'any advice on which model to use for contract review?',
    'what model should i use for tagging episodes',
    'what do we have for the rights desk',
    'key holders for the ad ops pod?',
    'what have we got for the claims desk?',
  ]);
});
