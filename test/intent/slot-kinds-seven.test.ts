import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round seven's slot kinds, with sentences of our own: a team's system named by what it handles, the
 * words of a story's occasion and a repository's path (no unit), a unit before a colon, a short
 * request pointing back to the unit asked about, keys in the plural with another clause about one
 * key, and a person a unit's key is asked for by proxy.
 */
describe("a team's system named by what it handles belongs to the team", () => {
  it.each([
    ["long-lived key for the claims team's document parser please", 'claims-team'],
    ["we need a key for the hr team's docs bot", 'hr-team'],
    ["can the legal team's contract document scraper get a key", 'legal-team'],
    ["rotate the key of the risk group's document pipeline", 'risk-group'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each(['a key for the risk committee', 'please share the key for the audit folder'])(
    '%s: a document or an audience still names no unit',
    (text) => {
      expect(parseRequest(text).businessUnit).toBeNull();
    },
  );
});

describe("the words of a story's occasion are no unit", () => {
  it.each([
    ['post-mortem needs: who revoked the fraud-ml keys and when', 'fraud-ml'],
    ['pre-mortem question: who created the pricing-ai key?', 'pricing-ai'],
    ['the month-end close is tomorrow, what did claims-bot spend last month?', 'claims-bot'],
    ['year-end review: show the history of the payroll-ai unit', 'payroll-ai'],
    ['our on-call rota moved, please rotate the key for alerts-bot', 'alerts-bot'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    'revoke AKIAQ7ZP3LM9XW2RT4KD, it was pasted in the quarter-end report',
    'heads-up: revoke AKIAQ7ZP3LM9XW2RT4KD please',
    'revoke AKIAQ7ZP3LM9XW2RT4KD, it leaked while port-forwarding to staging',
    'revoke AKIAQ7ZP3LM9XW2RT4KD, we saw cross-region calls from it',
  ])('%s: no unit', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.businessUnit).toBeNull();
  });
});

describe("a repository's or a folder's name is no unit", () => {
  it.each([
    'secret scanner hit AKIAQ7ZP3LM9XW2RT4KD in repo: platform/infra-live. revoke it',
    'AKIAQ7ZP3LM9XW2RT4KD was committed to the repository data-pipelines, revoke it now',
    'revoke AKIAQ7ZP3LM9XW2RT4KD, it sits in branch hotfix-login',
  ])('%s: no unit', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.businessUnit).toBeNull();
  });

  it('the unit named beside the repository stays: "rotate the key for geo-search, it leaked in repo web/app"', () => {
    expect(parseRequest('rotate the key for geo-search, it leaked in repo web/app').businessUnit).toBe(
      'geo-search',
    );
  });
});

describe('a name before a colon that opens a request names the unit', () => {
  it.each([
    ['tesoreria: rotate the key pls', 'rotate', 'tesoreria'],
    ['ledger: new key 90d pls', 'create_key', 'ledger'],
    ['vertrieb: bitte key rotieren', 'rotate', 'vertrieb'],
    ['compras: revoke the old keys', 'revoke', 'compras'],
  ])('%s → %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'urgent: rotate the key',
    'Context: please rotate the key',
    'question: can I rotate a key myself?',
    'reminder: rotate your ssh keys',
    'Status: we revoked the old key',
  ])('%s: a label names no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('a short request points back to the unit the line before it asked about', () => {
  it.each([
    ['what is there for tesoreria? show me', 'details', 'tesoreria'],
    ['the billing key. rotate it pls', 'rotate', 'billing'],
  ])('%s → %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'Step 3 of the runbook: revoke AKIAQ7ZP3LM9XW2RT4KD now.',
    'I had lunch with marketing today. rotate the key',
  ])('%s: a line of story names no unit for it', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('keys in the plural are all of them, whatever another clause says of one key', () => {
  it.each([
    'revoke the ocr API keys, we will ask for one new key later',
    'please revoke the old access keys for billing, we only use the API key now',
    'revoke the api keys of geo-search and keep the access key',
  ])('%s → all', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.all).toBe(true);
  });

  it.each([
    'revoke one of the growth keys',
    'revoke the key for growth, its keys leaked',
    'Auditors want every credential rotated yearly. Please rotate the key for payroll.',
    'ACCAQ7ZP3LM9XW2RT4KD leaked; we rotate on every finding. Please rotate it.',
  ])('%s → one key', (text) => {
    expect(parseRequest(text).all).toBe(false);
  });
});

describe("a unit's key asked for by proxy has no owner", () => {
  it.each([
    'asking for <@U0PROXY01>: she needs a key for the invoice-ocr, 30 days',
    'requesting this for <@U0PROXY01> - new key for ledger-sync please',
  ])('%s: no owner', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('create_key');
    expect(r.owner).toBeNull();
  });

  it.each([
    ['token for 2h, asking for <@U0PROXY01> who needs it for a demo', 'U0PROXY01'],
    ['a key for ledger-sync for <@U0PROXY01>', 'U0PROXY01'],
  ])('%s: the one the credential is for → %s', (text, owner) => {
    expect(parseRequest(text).owner).toBe(owner);
  });
});

describe('a name in another language is read without the words around it', () => {
  it.each([
    ['quanto gastou contabilidade na última semana?', 'spend', 'contabilidade'],
    ['quanto gastou logistica no último mês?', 'spend', 'logistica'],
    ['o que temos para cobranca? detalhes', 'details', 'cobranca'],
    ['es posible crear una key para el proyecto orion?', 'create_key', 'orion'],
  ])('%s → %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });
});

describe('a field of work before a unit noun names the unit', () => {
  it.each([
    ['the inventory unit needs a key for its forecaster', 'inventory'],
    ['please offboard the experimentation unit, the programme ended', 'experimentation'],
    ['rotate the key of the inventory team', 'inventory-team'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('words that describe a thing of the story are no unit', () => {
  it.each([
    'who removed the old stuff? it was there on friday',
    'revoke AKIAQ7ZP3LM9XW2RT4KD, it was in a config file we ship',
    'I re-ran the numbers; what was the actual bedrock spend last month?',
    'what got created last night? looking for a rogue key',
  ])('%s: no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('what is up with a unit, and its history, name the unit', () => {
  it.each([
    ['what happened last week with hermes?', 'hermes'],
    ['anything wrong with fraud-ml? show details', 'fraud-ml'],
    ['what happened with the orion key?', 'orion'],
    ['checkout history past 30 days', 'checkout'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each(['what happened with the migration?', 'chat history is gone'])('%s: no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('periods written short, and in Hindi', () => {
  it.each([
    ['hist ledger-sync last wk', { kind: 'days', days: 7 }],
    ['cost for ads past wk', { kind: 'days', days: 7 }],
    ['spend voice-ai last mo', { kind: 'month', monthsAgo: 1 }],
    ['spend for ads last yr', { kind: 'days', days: 365 }],
    ['kitna kharcha hua growth ka is mahine', { kind: 'month', monthsAgo: 0 }],
    ['pichhle mahine ka kharcha dikhao growth ka', { kind: 'month', monthsAgo: 1 }],
  ])('%s → %j', (text, period) => {
    expect(parseRequest(text).period).toEqual(period);
  });
});

describe("a comparison with a duration is the keys' age, not the new key's lifetime", () => {
  it.each(['rotate ledger-sync, >90d', 'rotate the keys of ledger-sync >= 60 days'])('%s', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('rotate');
    expect(r.expiryDays).toBeNull();
    expect(r.problems ?? []).toEqual([]);
  });

  it('a plain lifetime stays: "rotate ledger-sync, 90d"', () => {
    expect(parseRequest('rotate ledger-sync, 90d').expiryDays).toBe(90);
  });
});

describe('a list names the owner of what it lists', () => {
  it.each([
    ['list the keys owned by <@U0OWNER01>', 'U0OWNER01'],
    ['list everything owned by ml-platform@acme.io', 'ml-platform@acme.io'],
  ])('%s → %s', (text, owner) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('list');
    expect(r.owner).toBe(owner);
  });

  it.each(['list all units, send the csv to bob@acme.io', 'list all units please, cc <@U0OWNER01>'])(
    '%s: whom a list is sent to is no owner',
    (text) => {
      expect(parseRequest(text).owner).toBeNull();
    },
  );

  it('"which units have no owner anymore?" states no owner value', () => {
    expect(parseRequest('which units have no owner anymore?').problems ?? []).toEqual([]);
  });
});
