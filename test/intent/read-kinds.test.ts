import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('help is for questions to the bot; questions for people are not', () => {
  it.each([
    'are we sure the key was actually exposed, or was it only the session token?',
    'have we checked with the vendor whether their job still uses the old key?',
    'should we ask the bot for a new token or just reuse yours?',
    'did we ever tell finance that their key expires next week?',
    'ok so are we certain nobody else has the marketing token?',
    'Have we aligned with legal before anyone requests keys for the contracts bot?',
  ])('"%s" is put to the team, not to the bot', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each([
    '<@U0COLLEAG1> could you show me how you set up your token last week?',
    'hey <@U0COLLEAG2> can you show me how you got the api key working?',
    'hi <@U0COLLEAG3>, how did you get that bedrock key? can u show me how you did it',
  ])('"%s" asks a colleague, not the bot', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each([
    'where do I ask about my gitlab token? not a bedrock thing',
    'quick one about our npm token - nothing to do with bedrock - who manages it?',
    'sorry, a jira api key question, not about the bot: where do I get one?',
  ])('"%s" disowns Bedrock: not the bot\'s to answer', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each([
    ['should we use an access key or an api key for the cron job?', 'key-kinds'],
    ['how long can a token last?', 'limits'],
    ['what does rotate do?', 'rotate'],
  ])('"%s" still asks the bot for help', (text, topic) => {
    const r = parseRequest(text);
    expect([r.intent, r.topic]).toEqual(['help', topic]);
  });

  it('still reads "do we have" as a question about what a unit has', () => {
    const r = parseRequest('do we have a key for billing?');
    expect([r.intent, r.businessUnit]).toEqual(['details', 'billing']);
  });
});

describe('our words in another sense', () => {
  it.each([
    'list comprehension or a for loop, which one is more pythonic?',
    'linked list vs array for this queue?',
    'can someone add me to the mailing list for the ai guild?',
    'is a dict or a list faster for lookups here',
    "history repeats itself, doesn't it",
    'history will prove me right about tabs vs spaces',
    'history lesson for the new folks: we used to share one root account',
    'clear your browser history and try the portal again',
    'which region is the sales team in? I need it for the board deck',
    'what city is the new ml-ops team based in?',
  ])('"%s" is no request', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each([
    ['history for growth last week', 'history'],
    ['audit log for fraud-ml', 'history'],
    ['list all units', 'list'],
    ['list the keys for sales', 'details'],
  ])('"%s" keeps its reading', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('records, approvals, owners and totals are reads', () => {
  it.each([
    'could you send me the audit trail for key rotations in Q3?',
    'I need the audit trail of everything created or rotated last month',
    'a log of all revocations for fraud-ml please',
    'pls share the history of deletions and rotations for the risk team',
  ])('"%s" asks for a record of changes, rotates nothing', (text) => {
    expect(parseRequest(text).intent).toBe('history');
    expect(acts(text)).toBe(false);
  });

  it('reads the period of the record asked for', () => {
    const r = parseRequest('Please provide the audit trail of key creations and rotations in March 2026.');
    expect([r.intent, r.period]).toEqual(['history', { kind: 'named-month', month: 3, year: 2026 }]);
  });

  it('still rotates when a change is ordered next to a record', () => {
    expect(parseRequest('rotate the fraud-ml key and post the change log here').intent).toBe('rotate');
  });

  it.each([
    ['who gave the green light for the growth key?', 'growth'],
    ['who gave the go-ahead for the churn-model key?', 'churn-model'],
    ['who greenlit the api key for search-ranking', 'search-ranking'],
  ])('"%s" asks who approved: history', (text, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['history', unit]);
  });

  it.each([
    ['who own ACCA9ZZ8YY7XX6WW5VV4', { keyId: 'ACCA9ZZ8YY7XX6WW5VV4' }],
    ['who is listed as the owner of AKIAQ5PLT9RX2N7K3MW4?', { keyId: 'AKIAQ5PLT9RX2N7K3MW4' }],
    ["who's on record as owner for treasury? legal asked", { businessUnit: 'treasury' }],
  ])('"%s" asks who owns it: details', (text, slot) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('details');
    expect(r).toMatchObject(slot);
  });

  it.each([
    ['the CFO wants the Bedrock total for last month, can you pull it?', { kind: 'month', monthsAgo: 1 }],
    ['need the bedrock numbers for the past 30 days for the board pack', { kind: 'days', days: 30 }],
  ])('"%s" asks what was spent', (text, period) => {
    const r = parseRequest(text);
    expect([r.intent, r.period]).toEqual(['spend', period]);
    expect(acts(text)).toBe(false);
  });
});

describe('spend, units and models asked in other words', () => {
  it.each([
    ['what did marketing spend', 'marketing'],
    ['and what did fraud-ml spend?', 'fraud-ml'],
    ['how much has claims-ai burned on bedrock', 'claims-ai'],
  ])('"%s" names the unit that spent', (text, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['spend', unit]);
  });

  it.each(['what did you spend on lunch', 'what did we spend on the offsite'])(
    '"%s" is someone\'s own spending',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );

  it.each([
    'units??',
    'teams? which ones are on bedrock',
    'which departments use bedrock today?',
    'Hi, which departments are using the bot right now?',
    'what teams are already using bedrock',
  ])('"%s" asks which units there are', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['list', null]);
  });

  it('"model-wise, what is there in Frankfurt?" asks about models', () => {
    const r = parseRequest('model-wise, what is there in Frankfurt?');
    expect([r.intent, r.region]).toEqual(['models', 'eu-central-1']);
  });

  // (Round eight: a word after the question qualifies it; "model-wise" asks about the models.)
  it('"what can I use in Singapore? model-wise" asks about models', () => {
    const r = parseRequest('what can I use in Singapore? model-wise');
    expect([r.intent, r.region]).toEqual(['models', 'ap-southeast-1']);
  });

  it.each([
    'is claude in today? he has the projector remote',
    'is mistral back today or still on holiday?',
    'is claude on leave this week? need his sign-off',
    'nova said the invoices are late again',
  ])('"%s" is about a colleague, not a model', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each(['is claude available in frankfurt?', 'is llama offered in paris'])(
    '"%s" still asks about models',
    (text) => {
      expect(parseRequest(text).intent).toBe('models');
    },
  );
});
