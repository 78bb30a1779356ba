import { describe, expect, it } from 'vitest';
import { readForm } from '../../src/intent/form-fields.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';
import { exactly } from './acted.js';
import { expectNoHang } from './hang-guard.js';

/**
 * Round thirteen (forms): requests typed or pasted as forms — `label: value` lines, fields joined by
 * " / ", " | " or ";", bold or italic labels, Slack workflow submissions (a label line, the value on the
 * next), bullets, YAML-ish and JSON-ish fields, ticket templates, checklists — and the same shapes
 * that ask nothing (agendas, handovers, status updates, retro notes, checklists of tasks).
 * Written before the parser's answers were looked at; labels follow test/intent/data/README.md
 * ("Forms").
 */
describe('a request typed as a form is read by its fields', () => {
  exactly([
    { text: 'Team: risk-ml / Purpose: batch scoring / Duration: 3h', intent: 'token', ttlSeconds: 10800 },
    {
      text: 'Request type: token | Duration: 2h | Region: eu-west-1 | Purpose: load test',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'eu-west-1',
    },
    {
      text: '*Team*: search-relevance\n*Credential type*: API key\n*Expiry*: 60 days\n*Owner*: maria.lopez@acme.com',
      intent: 'create_key',
      businessUnit: 'search-relevance',
      keyKind: 'api-key',
      expiryDays: 60,
      owner: 'maria.lopez@acme.com',
    },
    {
      text: '*New Bedrock access request*\n*Request type*\nLong-term key\n*Business unit*\nclaims-ai\n*Owner*\n<@U03CLAIMS1>\n*Justification*\nnightly claims triage batch, CHG-4411',
      intent: 'create_key',
      businessUnit: 'claims-ai',
      owner: 'U03CLAIMS1',
    },
    {
      text: '- action: rotate\n- unit: payments-risk\n- reason: key was in a screenshot',
      intent: 'rotate',
      businessUnit: 'payments-risk',
    },
    {
      text: '1. Type: access key\n2. Team: geo-ml\n3. Expires in: 30 days\n4. Region: Frankfurt',
      intent: 'create_key',
      businessUnit: 'geo-ml',
      keyKind: 'access-key',
      expiryDays: 30,
      region: 'eu-central-1',
    },
    {
      text: 'team: doc-search\nttl: 6h\nregion: us-west-2',
      intent: 'token',
      ttlSeconds: 21600,
      region: 'us-west-2',
    },
    {
      text: '{"request": "token", "team": "ranking", "duration": "2h", "region": "us-east-1"}',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'us-east-1',
    },
    {
      text: '*Request*\nRevoke the old key for the vendor-portal unit\n*Justification*\nvendor contract ended 31 Oct\n*Requested by*\n<@U04JANE22>\n*Approver*\n<@U05BOSS11>',
      intent: 'revoke',
      businessUnit: 'vendor-portal',
    },
    {
      text: 'Requested by: tom@acme.com\nTeam: legal-ops\nCredential: api key\nValid for: 90 days',
      intent: 'create_key',
      businessUnit: 'legal-ops',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    { text: 'Project: atlas; Type: token; Duration: 45 min', intent: 'token', ttlSeconds: 2700 },
    {
      text: 'Service: email-summariser | Owner: <@U06OWNER7> | Rotation period: 180 days | Kind: access key',
      intent: 'create_key',
      businessUnit: 'email-summariser',
      owner: 'U06OWNER7',
      expiryDays: 180,
      keyKind: 'access-key',
    },
    {
      text: 'App: helpdesk-bot\nContact: ana@acme.com\nType: long-term key',
      intent: 'create_key',
      businessUnit: 'helpdesk-bot',
      owner: 'ana@acme.com',
    },
    {
      text: 'Cost centre: CC-4410\nTeam: treasury-ai\nRequest: new api key\nExpiry: 1 year',
      intent: 'create_key',
      businessUnit: 'treasury-ai',
      keyKind: 'api-key',
      expiryDays: 365,
    },
    {
      text: 'Ticket: INC-20931\nAction: revoke\nKey ID: AKIAIOSFODNN7EXAMPLE\nUnit: ads-measure',
      intent: 'revoke',
      businessUnit: 'ads-measure',
      keyId: 'AKIAIOSFODNN7EXAMPLE',
    },
    {
      text: '[x] token\n[ ] long-term key\nDuration: 4h\nRegion: Tokyo',
      intent: 'token',
      ttlSeconds: 14400,
      region: 'ap-northeast-1',
    },
    {
      text: 'Request: ~token~ long-term key\nTeam: fraud-graph',
      intent: 'create_key',
      businessUnit: 'fraud-graph',
    },
    {
      text: '• What: rotate the key\n• Team: marketing-analytics\n• Why: laptop stolen',
      intent: 'rotate',
      businessUnit: 'marketing-analytics',
    },
    {
      text: 'Environment: prod\nBU: supply-chain\nType: access key\nLifetime: 30 days',
      intent: 'create_key',
      businessUnit: 'supply-chain',
      keyKind: 'access-key',
      expiryDays: 30,
    },
    {
      text: 'how long: 8h\nfor: <@U07DEV123>\nwhat: token',
      intent: 'token',
      ttlSeconds: 28800,
      owner: 'U07DEV123',
    },
    {
      text: 'Point of contact: li.wei@acme.com / Business unit: cx-insights / Credential type: api key / Expiry: 45 days',
      intent: 'create_key',
      businessUnit: 'cx-insights',
      owner: 'li.wei@acme.com',
      keyKind: 'api-key',
      expiryDays: 45,
    },
    {
      text: '_Team_: ocr-pipeline\n_Type_: access key\n_Owner_: <@U08OCR0001>',
      intent: 'create_key',
      businessUnit: 'ocr-pipeline',
      keyKind: 'access-key',
      owner: 'U08OCR0001',
    },
    {
      text: 'Request: spend report\nTeam: growth-ads\nPeriod: last month',
      intent: 'spend',
      businessUnit: 'growth-ads',
      period: { kind: 'month', monthsAgo: 1 },
    },
    { text: 'Action: show key details\nUnit: vision-qa', intent: 'details', businessUnit: 'vision-qa' },
    {
      text: 'Request type: offboard\nTeam: legacy-search\nReason: team dissolved, CHG-1203',
      intent: 'deprovision',
      businessUnit: 'legacy-search',
    },
    {
      text: 'Type: token\nDuration: 48h\nPurpose: overnight batch',
      intent: 'token',
      invalid: ['ttlSeconds'],
    },
    {
      text: 'Team: nav-ml | Type: API key | Region: us-east-9',
      intent: 'create_key',
      businessUnit: 'nav-ml',
      keyKind: 'api-key',
      invalid: ['region'],
    },
    { text: 'Request: list models\nRegion: eu-west-3', intent: 'models', region: 'eu-west-3' },
    {
      text: 'Team: kyc-ops\nTicket: KYC-5521\nRequest: rotate key',
      intent: 'rotate',
      businessUnit: 'kyc-ops',
    },
    {
      text: 'Requester: <@U09ASK0001>\nOwner: <@U09OWN0002>\nTeam: risk-scoring\nKey type: api key',
      intent: 'create_key',
      businessUnit: 'risk-scoring',
      owner: 'U09OWN0002',
      keyKind: 'api-key',
    },
    { text: 'Unit: churn-model / Duration: 5h', intent: 'token', ttlSeconds: 18000 },
    {
      text: 'project: lexi-search | ttl: 90m | region: eu-west-2',
      intent: 'token',
      ttlSeconds: 5400,
      region: 'eu-west-2',
    },
    {
      text: '*Bedrock token request*\n*Duration*\n2 hours\n*Region*\nus-west-2\n*Purpose*\nprompt eval for the Q1 launch',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'us-west-2',
    },
    {
      text: '*Access request*\n*Team*\npricing-ml\n*Key type*\nAccess key\n*Owner*\nnadia@acme.com\n*Notes*\nreplaces the one from the hackathon',
      intent: 'create_key',
      businessUnit: 'pricing-ml',
      keyKind: 'access-key',
      owner: 'nadia@acme.com',
    },
    {
      text: '*Request*\nRotate the key of the fraud-signals team\n*Reason*\nsuspected leak in a CI log\n*Submitted by*\n<@U0SUBMIT9>',
      intent: 'rotate',
      businessUnit: 'fraud-signals-team',
    },
    {
      text: '{"team": "voice-bot", "kind": "api key", "expiry_days": 30}',
      intent: 'create_key',
      businessUnit: 'voice-bot',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'Submitted by: <@U0ASKER77>\nUnit: ledger-ai\nAction: revoke key',
      intent: 'revoke',
      businessUnit: 'ledger-ai',
    },
    {
      text: '[ ] token\n[x] long-term key\nTeam: cart-recs\nExpiry: 60 days',
      intent: 'create_key',
      businessUnit: 'cart-recs',
      expiryDays: 60,
    },
    {
      text: 'Action: revoke\nBU: media-gen\nKey ID: ASIAY34FZKBOKMUTVV7A',
      intent: 'revoke',
      businessUnit: 'media-gen',
      keyId: 'ASIAY34FZKBOKMUTVV7A',
    },
    {
      text: 'Type: API key | Team: Marketing Analytics | Expires in: 2 weeks',
      intent: 'create_key',
      businessUnit: 'marketing-analytics',
      keyKind: 'api-key',
      expiryDays: 14,
    },
    {
      text: 'Credential: token\nValid for: 10h\nLocation: Sydney',
      intent: 'token',
      ttlSeconds: 36000,
      region: 'ap-southeast-2',
    },
    {
      text: 'service: reco-api\nrequest: rotate\nrequested by: <@U0REQ12345>',
      intent: 'rotate',
      businessUnit: 'reco-api',
    },
    {
      text: 'Team: doc-ai\nType: access key\nExpiry: 0 days',
      intent: 'create_key',
      businessUnit: 'doc-ai',
      keyKind: 'access-key',
      invalid: ['expiryDays'],
    },
    { text: 'Duration: 30m / Purpose: quick curl test', intent: 'token', ttlSeconds: 1800 },
    {
      text: '*Request type*: Spend report\n*Team*: growth-emea\n*Period*: last 7 days',
      intent: 'spend',
      businessUnit: 'growth-emea',
      period: { kind: 'days', days: 7 },
    },
    {
      text: '• Unit: fin-close\n• Action: offboard\n• CHG: CHG-88812',
      intent: 'deprovision',
      businessUnit: 'fin-close',
    },
    {
      text: 'Owner: dev-lead@acme.com; Team: pay-ml; Type: access key',
      intent: 'create_key',
      businessUnit: 'pay-ml',
      owner: 'dev-lead@acme.com',
      keyKind: 'access-key',
    },
    { text: 'App = chat-assist\nTTL = 4h', intent: 'token', ttlSeconds: 14400 },
  ]);
});

describe('the same shapes that ask nothing stay unknown (or help) and are never acted on', () => {
  exactly([
    {
      text: 'Agenda for Thursday:\n1. Rotation policy review\n2. Token TTL defaults\n3. AOB',
      intent: 'unknown',
    },
    {
      text: 'Release checklist:\n[x] rotate staging keys\n[ ] update changelog\n[ ] tag v2.3',
      intent: 'unknown',
    },
    {
      text: 'Retro notes\n- went well: token requests were fast\n- to improve: key rotation took 2 days\n- action: document the expiry policy',
      intent: 'unknown',
    },
    {
      text: 'On-call handover:\nTeam: platform-sre\nIncidents: none\nNotes: rotated the search key at 3am, all good',
      intent: 'unknown',
    },
    {
      text: 'Status update | Team: fraud-ml | Progress: migrated to long-term key | Blockers: none',
      intent: 'unknown',
    },
    { text: 'Weekly status\n• tokens issued: 42\n• keys rotated: 3\n• spend: $1,200', intent: 'unknown' },
    { text: '{"team": "ranking", "status": "key rotated", "date": "2026-11-02"}', intent: 'unknown' },
    { text: 'Agenda: 1) revoke process walkthrough 2) Q&A', intent: 'unknown' },
    {
      text: '*Incident summary*\nWhat happened: an API key was pasted in #general\nImpact: none\nFollow-up: key revoked by security',
      intent: 'unknown',
    },
    {
      text: 'Handover notes / Owner: <@U01NIGHT22> / Open items: token expiry alerts noisy / Next: tune thresholds',
      intent: 'unknown',
    },
    { text: 'TODO\n- [ ] ask bedrock bot for a token before the demo\n- [ ] prep slides', intent: 'unknown' },
    {
      text: 'Meeting notes 12/1\nAttendees: ana, li, tom\nDecision: all teams rotate keys every 90 days\nOwner: security',
      intent: 'unknown',
    },
    {
      text: 'Sprint goals:\n- Duration: 2 weeks\n- Team: checkout-ml\n- Goal: ship the rotation dashboard',
      intent: 'unknown',
    },
    {
      text: 'Form fields for the new intake page: team, owner, duration, region, purpose',
      intent: 'unknown',
    },
    {
      text: 'Postmortem action items:\n1. Revoke: done\n2. Rotate: done\n3. Unit: search-infra',
      intent: 'unknown',
    },
    {
      text: "Question: what's the max duration for a token?\nTeam: ml-infra",
      intent: 'help',
      topic: 'limits',
    },
    {
      text: 'Sprint review\nTeam: checkout-ml\nStatus: token rotation script done\nNext: long-term key for the batch job',
      intent: 'unknown',
    },
    {
      text: 'Decision log / Topic: key expiry / Decision: 90 days for all units / Owner: <@U0SECLEAD1>',
      intent: 'unknown',
    },
    {
      text: '*Weekly update*\n*Team*\nsearch-infra\n*Progress*\nrotated both keys, moved to us-east-2\n*Blockers*\nnone',
      intent: 'unknown',
    },
    {
      text: 'Handover:\n- unit: payments-core\n- open: token for the load test expired, rerun tomorrow\n- owner: <@U0ONCALL22>',
      intent: 'unknown',
    },
    {
      text: 'Minutes / Attendees: ana, raj / Decision: move keys to 90-day expiry / Next: ask the bot to rotate',
      intent: 'unknown',
    },
    {
      text: 'Standup\nYesterday: rotated the billing key\nToday: token for load test\nBlockers: none',
      intent: 'unknown',
    },
    {
      text: 'Change request CHG-5512\nSystem: payments-gw\nImpact: low\nStatus: approved, rotation done',
      intent: 'unknown',
    },
    {
      text: 'Release 2.4 checklist\n- [x] rotate staging key\n- [x] bump version\n- [ ] announce',
      intent: 'unknown',
    },
  ]);
});

describe('look-alikes: one label in prose is no form and reads as before', () => {
  exactly([
    { text: 'note: token 2h pls', intent: 'token', ttlSeconds: 7200 },
    { text: 'FYI team: rotating the growth key tonight, expect a blip', intent: 'unknown' },
    { text: 're: tokens — how long can they last?', intent: 'help', topic: 'limits' },
  ]);
});

describe('a field wins over the prose around it; a field left blank in words names nothing', () => {
  exactly([
    {
      text: 'Team: ads-ml\nRequest: rotate the key, it leaked in the growth channel',
      intent: 'rotate',
      businessUnit: 'ads-ml',
    },
    {
      text: 'Unit: TBD\nType: access key\nOwner: kim@acme.com',
      intent: 'create_key',
      keyKind: 'access-key',
      owner: 'kim@acme.com',
    },
    { text: 'Team: n/a | Duration: 2h', intent: 'token', ttlSeconds: 7200 },
    {
      text: 'Owner: Priya Raman (priya.raman@acme.com)\nTeam: Growth Marketing\nType: api key',
      intent: 'create_key',
      businessUnit: 'growth-marketing',
      owner: 'priya.raman@acme.com',
      keyKind: 'api-key',
    },
    {
      text: 'Owner: me\nTeam: sales-ops\nKind: long-term key',
      intent: 'create_key',
      businessUnit: 'sales-ops',
    },
    {
      text: 'System: invoice-ocr\nAction: show details\nRequested by: <@U0ASKME01>',
      intent: 'details',
      businessUnit: 'invoice-ocr',
    },
    {
      text: '*Team*\nlegal-search\n*Request*\nrevoke all keys\n*Why*\nproject cancelled',
      intent: 'revoke',
      businessUnit: 'legal-search',
      all: true,
    },
    {
      text: 'Ticket: PLAT-4410 / Unit: doc-parse / Action: rotate / Reason: yearly rotation',
      intent: 'rotate',
      businessUnit: 'doc-parse',
    },
  ]);
});

describe('notes, retros and agendas with slot-like fields ask nothing', () => {
  exactly([
    {
      text: 'On-call notes\nService: search-api\nStatus: degraded, token expired mid-run\nNext steps: ask for a new token tomorrow',
      intent: 'unknown',
    },
    {
      text: 'Retro\nWent well: keys rotated on time\nTo improve: revoke old tokens faster',
      intent: 'unknown',
    },
    {
      text: 'Agenda\n- Team: platform\n- Topic: long-term keys vs tokens\n- Duration: 30m',
      intent: 'unknown',
    },
  ]);
});

describe('more labels by meaning: project name, squad, application, owner email, location, for, TTL', () => {
  exactly([
    {
      text: 'Request type: Long-term key\nProject name: atlas-rag\nOwner email: omar@acme.com\nLocation: Ireland',
      intent: 'create_key',
      businessUnit: 'atlas-rag',
      owner: 'omar@acme.com',
      region: 'eu-west-1',
    },
    {
      text: 'Squad: hermes\nCredential type: access key\nRegion: Oregon\nExpiry: 1 year',
      intent: 'create_key',
      businessUnit: 'hermes',
      keyKind: 'access-key',
      region: 'us-west-2',
      expiryDays: 365,
    },
    {
      text: 'Action: rotate\nApplication: crm-sync\nKey ID: AKIAJ7Q2EXAMPLE4KQ3Z',
      intent: 'rotate',
      businessUnit: 'crm-sync',
      keyId: 'AKIAJ7Q2EXAMPLE4KQ3Z',
    },
    { text: 'Action: list keys\nTeam: recsys', intent: 'details', businessUnit: 'recsys' },
    {
      text: 'Action: history\nUnit: ledger-ai\nPeriod: last month',
      intent: 'history',
      businessUnit: 'ledger-ai',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'Type: token; For: <@U0GUEST777>; Duration: 1h',
      intent: 'token',
      ttlSeconds: 3600,
      owner: 'U0GUEST777',
    },
    { text: 'Request: token / TTL: 20h', intent: 'token', invalid: ['ttlSeconds'] },
  ]);
});

describe('an incident record, a review with a decision and an onboarding checklist ask nothing', () => {
  exactly([
    {
      text: 'Incident INC-4410\nService: auth-gw\nImpact: tokens failing for 20 min\nStatus: resolved',
      intent: 'unknown',
    },
    {
      text: 'Weekly ops review | Team: data-platform | Decision: rotate keys quarterly | Owner: <@U0OPS1234>',
      intent: 'unknown',
    },
    { text: 'Onboarding checklist\n- [x] laptop\n- [x] slack\n- [ ] bedrock token', intent: 'unknown' },
  ]);
});

describe('a form that does not say what it asks for: the request in its story is read, and a name ends at its field', () => {
  exactly([
    {
      text: 'Team: growth\nWhy: the old key leaked, please rotate it',
      intent: 'rotate',
      businessUnit: 'growth',
    },
    { text: 'Team: growth\nNotes: please revoke the old key', intent: 'revoke', businessUnit: 'growth' },
    {
      text: 'Unit: growth / Purpose: need the spend for last month',
      intent: 'spend',
      businessUnit: 'growth',
      period: { kind: 'month', monthsAgo: 1 },
    },
  ]);
});

/*
 * The review of the forms reader (forms-fix): the reviewer's inputs and our own per finding, with
 * look-alikes that must not change. Written before the parser's answers were looked at.
 */
const neverActs = (texts: string[]) =>
  it.each(texts)('%j is not acted on', (text) => {
    expect(acts(parseRequest(text))).toBe(false);
  });

describe('forms-fix 1: a withdrawal, negation, put-off or question in a story line stops or questions the action', () => {
  neverActs([
    'Type: deprovision\nUnit: fraud-ml\nReason: just testing the form, please ignore',
    'Type: revoke\nTeam: growth\nWhy: actually never mind, it was a false alarm',
    'Type: revoke\nTeam: growth\nContext: is this safe? should we?',
    'Action: rotate\nTeam: growth\nNote: not yet, after the freeze on Monday',
    'Type: revoke\nTeam: ads\nNotes: ignore this, wrong channel',
    'Action: rotate\nUnit: payments\nReason: do not rotate until the migration ends',
    'Request type: deprovision\nBusiness unit: legacy-etl\nComments: hold off until next quarter please',
    'Type: revoke\nTeam: search\nDetails: should we revoke it or just rotate?',
    'Type: rotate\nTeam: ads\nJustification: cancel this request, already done',
  ]);
  exactly([
    {
      text: 'Type: revoke\nTeam: growth\nReason: the key leaked in a public repo',
      intent: 'revoke',
      businessUnit: 'growth',
    },
    { text: 'Action: rotate\nTeam: ads\nNotes: annual rotation', intent: 'rotate', businessUnit: 'ads' },
    {
      text: 'Type: deprovision\nUnit: fraud-ml\nReason: the team was dissolved',
      intent: 'deprovision',
      businessUnit: 'fraud-ml',
    },
  ]);
});

describe('forms-fix 2: the form reader is linear on adversarial forms', () => {
  const long = 40_000;
  const inputs = [
    `Type: revoke\nKey ID: AKIAIOSFODNN7EXAMPLE\nTeam: ${'-'.repeat(4000)}x`,
    `Type: revoke\nTeam: ${'-'.repeat(long)}x`,
    `Type: revoke\nTeam: ${'?-'.repeat(long / 2)}x`,
    `Team: ads\nOwner: ${'a'.repeat(long)}`,
    `Team: ads\nOwner: ${'<@U1|'.repeat(long / 5)}`,
    `Team: ads\n${' '.repeat(long)}x / y`,
    `${' '.repeat(long)}Team${' '.repeat(long)}x`,
    `Team: ads / ${'a'.repeat(10)}${' '.repeat(long)}x\nType: revoke`,
    `{"team": "${'x'.repeat(long)}", "type": "revoke"}`,
  ];
  it.each(inputs.map((t, i) => [i, t] as const))(
    'adversarial form %i returns in well under a second',
    (_i, text) => {
      expectNoHang(() => {
        parseRequest(text);
        readForm(text);
      });
    },
  );
  exactly([
    {
      text: 'Type: revoke\nTeam: ---\nKey ID: AKIAIOSFODNN7EXAMPLE',
      intent: 'revoke',
      keyId: 'AKIAIOSFODNN7EXAMPLE',
    },
    {
      text: 'Type: rotate\nTeam: ads\nOwner: ana@example.com',
      intent: 'rotate',
      businessUnit: 'ads',
      owner: 'ana@example.com',
    },
  ]);
});

describe('forms-fix 3: a unit field names a unit only when the parser would take it as a name', () => {
  exactly([
    {
      text: 'Service: Amazon Bedrock\nRequest type: new API key\nTeam: growth\nOwner: ana@example.com',
      intent: 'create_key',
      businessUnit: 'growth',
      owner: 'ana@example.com',
      keyKind: 'api-key',
    },
    { text: 'Type: revoke\nApp: Bedrock\nTeam: search', intent: 'revoke', businessUnit: 'search' },
    { text: 'Type: rotate\nSystem: amazon\nBU: payments', intent: 'rotate', businessUnit: 'payments' },
    { text: 'Type: revoke\nService: fraud-ml', intent: 'revoke', businessUnit: 'fraud-ml' },
  ]);
  it.each([
    'Type: revoke\nService: bedrock',
    'Type: revoke\nService: AWS',
    'Type: revoke\nTeam: all',
    'Type: revoke\nTeam: every',
    'Project: AKIAIOSFODNN7EXAMPLE\nType: revoke',
    'Project: ASIAZ7EXAMPLEQ9ABCD\nType: rotate',
  ])('%j names no unit from its field', (text) => {
    const unit = parseRequest(text).businessUnit ?? '';
    expect(['bedrock', 'aws', 'all', 'every', 'akiaiosfodnn7example', 'asiaz7exampleq9abcd']).not.toContain(
      unit,
    );
  });
  it('"Team: all" is all units', () => {
    expect(parseRequest('Type: revoke\nTeam: all').all).toBe(true);
  });
  it.each([
    'Service: sk_live_51HxYzAbCdEfGhIjKlMnOp\nTeam: growth\nType: rotate',
    'Service: ghp_1a2B3c4D5e6F7g8H9i0J\nTeam: ads\nType: revoke',
    'Project: sk_test_4eC39HqLyjWDarjtT1zdp7dc\nType: rotate',
  ])('a secret in a unit field is never the unit nor repeated: %j', (text) => {
    const shown = JSON.stringify(parseRequest(text)).toLowerCase();
    expect(shown).not.toMatch(/sk[-_]live|ghp[-_]|sk[-_]test/);
  });
});

describe('forms-fix 4: a request line under report fields is read as the request', () => {
  exactly([
    {
      text: 'Incident: key leaked in #random\nTeam: ads\nplease revoke the ads key now',
      intent: 'revoke',
      businessUnit: 'ads',
    },
    {
      text: 'Impact: prod is down\nTeam: growth\nplease rotate our key asap',
      intent: 'rotate',
      businessUnit: 'growth',
    },
    { text: 'Date: today\nTeam: ads\nplease revoke our key', intent: 'revoke', businessUnit: 'ads' },
    { text: 'Team: ads\nETA: asap\nplease revoke the key', intent: 'revoke', businessUnit: 'ads' },
    { text: 'Team: ads\nStatus: leaked!\nplease revoke our key asap', intent: 'revoke', businessUnit: 'ads' },
    {
      text: 'Incident: token leaked\nTeam: search\nplease revoke the search key',
      intent: 'revoke',
      businessUnit: 'search',
    },
    {
      text: 'Date: Monday\nTeam: payments\nrevoke our old key please',
      intent: 'revoke',
      businessUnit: 'payments',
    },
    { text: 'Incident: key leaked\nTeam: ads\nStatus: revoked by on-call', intent: 'unknown' },
    { text: 'Status: done\nBlockers: none\nthanks all', intent: 'unknown' },
    { text: 'Impact: none\nTeam: growth\nwe rotated the key yesterday', intent: 'unknown' },
  ]);
});

describe('forms-fix 5: a story line naming the unit is read with the request field', () => {
  exactly([
    { text: 'Context: ads key leaked\nRequest: please revoke it', intent: 'revoke', businessUnit: 'ads' },
    {
      text: 'Context: the search key leaked\nRequest: please revoke it',
      intent: 'revoke',
      businessUnit: 'search',
    },
    {
      text: 'Notes: the growth key is a year old\nAction: rotate it',
      intent: 'rotate',
      businessUnit: 'growth',
    },
    {
      text: 'Reason: payments key expired\nRequest: rotate please',
      intent: 'rotate',
      businessUnit: 'payments',
    },
  ]);
});

describe('forms-fix 6: a kind field that is not ours leaves the text to the prose reading', () => {
  exactly([
    {
      text: 'Type: question\nTeam: growth\nDetails: how do I rotate a key?',
      intent: 'help',
      topic: 'rotate',
    },
    { text: 'Type: api key\nTeam: ads', intent: 'create_key', businessUnit: 'ads', keyKind: 'api-key' },
  ]);
  neverActs([
    // (read as nothing until round fifty-five; asked about as a revoke since that round's retrain, never carried out)
    'Type: bug\nTeam: growth\nDescription: the bot revoked our key by mistake',
    'Type: feature request\nTeam: ads\nDescription: let us pick the region of a token',
    'Type: incident\nTeam: growth\nDetails: the key leaked yesterday',
    'Type: question\nTeam: ads\nDetails: what does revoke do?',
  ]);
  it("a question kind is not read as the unit's details", () => {
    expect(
      parseRequest('Type: feature request\nTeam: ads\nDescription: let us pick the region of a token').intent,
    ).not.toBe('details');
  });
});

describe('forms-fix 7: "3m" in a form is no token by guess', () => {
  neverActs(['Team: growth\nDuration: 3m', 'Team: ads\nDuration: 5m', 'Team: ads\nTTL: 3m']);
  exactly([
    { text: 'Team: ads\nDuration: 30 min', intent: 'token', ttlSeconds: 1800 },
    { text: 'Type: token\nDuration: 3h', intent: 'token', ttlSeconds: 10800 },
    { text: 'Team: ads\nDuration: 45 mins', intent: 'token', ttlSeconds: 2700 },
  ]);
});

describe('forms-fix 8: a letter with a form acts as before the forms reader', () => {
  exactly([
    {
      text: 'Dear Bedrock Support,\n\nRequest type: rotation\nBusiness unit: actuarial\nReason: annual rotation per policy SEC-07\n\nThank you,\nMartin',
      intent: 'rotate',
      businessUnit: 'actuarial',
    },
  ]);
  it('acts (no question)', () => {
    const text =
      'Dear Bedrock Support,\n\nRequest type: rotation\nBusiness unit: actuarial\nReason: annual rotation per policy SEC-07\n\nThank you,\nMartin';
    expect(acts(parseRequest(text))).toBe(true);
  });
});
