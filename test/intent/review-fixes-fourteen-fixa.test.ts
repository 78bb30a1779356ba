import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';
import { exactly } from './acted.js';

/**
 * Round fourteen's review of the forms work (reviews14/fixa.md): the reviewer's texts and texts of the same
 * kind written for this fix, with look-alikes whose reading must not change.
 */
const neverActs = (texts: string[]) =>
  it.each(texts)('%j', (text) => {
    const parse = parseRequest(text);
    expect(acts(parse)).toBe(false);
  });
const unknown = (texts: string[]) => exactly(texts.map((text) => ({ text, intent: 'unknown' })));

describe('1. a list item put to the bot: the words around the list take it back, put it off or tell it', () => {
  unknown([
    "- [x] got PO approval\n- [ ] @bedrock revoke the growth key\nnvm, don't do it yet",
    '1. revoke the ads key ← bot\n2. notify ads\nactually never mind, Raj did it already',
    '- [ ] revoke the ads key (bot)\n- [ ] notify ads\nnot today though',
    '- [ ] rotate the growth key (bot, only after CAB approves)\n- [ ] notify ads team',
    '1. rotate growth key ← bot\n2. tell ads team\nDecision: REJECTED',
    '1. revoke the ads key ← bot\n2. notify ads\n\nsorry wrong channel',
    'Yesterday Dana asked:\n1. @bedrock revoke the growth key\n2. update the docs\nbut we decided against it',
    'Onboarding doc draft, example usage:\n- @bedrock rotate the growth key\n- see the wiki for more',
    'our offboarding checklist for reference:\n- [ ] @bedrock deprovision growth\n- [ ] archive the repo',
    // (Written for this fix.)
    '- [x] ticket filed\n- [ ] <@U0BEDROCK1> revoke the key for ads-ml\nscratch that, Lena is on it',
    "1. rotate the key for search-infra ← bot\n2. update the runbook\nhold on, let's wait for the audit",
    '- [ ] deprovision legacy-bi (bot, but only once finance signs off)\n- [ ] close the board',
    'Tasks:\n1. @bedrock revoke the payments key\n2. email payments\nCAB: rejected',
    'Last week Omar wrote:\n- @bedrock rotate the key for fraud-ml\n- ping the owners',
    'Sample checklist for the docs:\n- [ ] @bedrock revoke the key for sandbox\n- [ ] notify the owner',
  ]);
});

describe('1. look-alikes: the item is still read, and asked about before it is acted on', () => {
  exactly([
    {
      text: 'Launch checklist:\n- [x] load test\n- [ ] @bedrock rotate the key for checkout-ml',
      intent: 'rotate',
      businessUnit: 'checkout-ml',
    },
    {
      text: 'offboarding list for atlas:\n1. archive the repo — done\n2. close the jira board — done\n3. deprovision Bedrock for atlas ← bot',
      intent: 'deprovision',
      businessUnit: 'atlas',
    },
    { text: '1. revoke the ads key ← bot\n2. notify ads\nthanks!', intent: 'revoke', businessUnit: 'ads' },
    {
      text: "todo:\n1. ~update dashboards~ done\n2. revoke the old key for ledger-sync (bot, this one's yours)",
      intent: 'revoke',
      businessUnit: 'ledger-sync',
    },
  ]);
  neverActs([
    '- [x] got PO approval\n- [ ] @bedrock revoke the growth key',
    '1. rotate growth key ← bot\n2. tell ads team',
    "todo:\n1. ~update dashboards~ done\n2. revoke the old key for ledger-sync (bot, this one's yours)",
  ]);
});

describe('2. a headline that reports what was done or names a document is no request', () => {
  unknown([
    'Keys revoked last week\nTeam: growth\nOwner: Dana',
    'Offboarding checklist\nTeam: growth\nOwner: dana@x.co',
    'Summary: revoked the growth key after the leak\nTeam: growth\nOwner: Dana',
    '*Summary:* growth key rotated by Dana on Tuesday\n*Team:* growth',
    // (Written for this fix.)
    '*Summary:* API key for search-infra deleted after the audit\n*Unit:* search-infra',
    'Title: credentials revoked during the incident\nTeam: payments\nOwner: raj@x.co',
  ]);
  neverActs([
    'Tokens issued this sprint\nTeam: ads-ml\nOwner: omar@x.co',
    'Key rotation schedule\nUnit: fraud-ml\nOwner: Lena',
    'Access key policy\nTeam: growth\nContact: dana@x.co',
  ]);
  exactly([
    {
      text: '*Summary:* Rotate the Bedrock key for Fraud Signals\n*Unit:* fraud-signals\n*Priority:* P2\n*Reporter:* Dana',
      intent: 'rotate',
      businessUnit: 'fraud-signals',
    },
    {
      text: 'Access key for unit `billing-recon`\nExpiry: 90 days',
      intent: 'create_key',
      businessUnit: 'billing-recon',
      keyKind: 'access-key',
      expiryDays: 90,
    },
    {
      text: 'Subject: new API key for geo-search\nTeam: geo-search\nOwner: ana@x.co',
      intent: 'create_key',
      businessUnit: 'geo-search',
      keyKind: 'api-key',
      owner: 'ana@x.co',
    },
  ]);
});

describe('3. a form of an action and a unit, with other lines the fields alone cannot weigh', () => {
  unknown([
    'Project: recsys\nType: rotate\nState: done',
    'Project: recsys\nType: rotate\nCompleted: yes, last Tuesday',
    'Project: recsys\nType: rotate\nPriority: low, only if time permits',
    'Project: recsys\nType: rotate\nBy: next quarter maybe',
    'Project: recsys / Type: rotate / Approved: no',
    'Project: web-frontend\nType: rotate\nAsset: TLS certificate',
    'squad: checkout\naction: revoke\nfor: the SSH deploy key',
    // (Written for this fix.)
    'Service: ledger-sync\nAction: revoke\nStatus note: already handled by Raj',
    'Project: search-infra\nAction: revoke\nTarget: the GitHub deploy key',
  ]);
  neverActs(['App: fraud-ml\nType: rotate\nApproval: pending', 'Project: recsys\nType: rotate']);
  exactly([
    { text: 'Project: recsys\nType: rotate', intent: 'rotate', businessUnit: 'recsys' },
    {
      text: 'Service: ledger-sync\nAction: revoke\nOwner: raj@x.co',
      intent: 'revoke',
      businessUnit: 'ledger-sync',
      owner: 'raj@x.co',
    },
  ]);
});

describe("4. a fenced form with own words that tell a third party's story is pasted material", () => {
  unknown([
    "```yaml\naction: deprovision\nunit: growth\n```\nDana pasted this in #infra yesterday, she's handling it herself",
    "```\naction: revoke\nunit: growth\n```\nthat was the request from last month, it's done already",
    // (Written for this fix.)
    '```\naction: rotate\nunit: search-infra\n```\nfound this in the old ticket Omar closed in March',
    "```yaml\naction: revoke\nunit: ads-ml\n```\nthis is what the portal generated for Lena's request, she withdrew it",
    '```json\n{ "unit": "vision-2", "kind": "api-key" }\n```\nthe vendor\'s integration sends this every night',
  ]);
  exactly([
    {
      text: '```yaml\naction: rotate\nunit: search-infra\n```',
      intent: 'rotate',
      businessUnit: 'search-infra',
    },
    {
      text: '<@U0BEDROCK1>\n```yaml\naction: rotate\nunit: search-infra\n```',
      intent: 'rotate',
      businessUnit: 'search-infra',
    },
    {
      text: '```yaml\naction: revoke\nunit: ads-ml\n```\nplease, it leaked',
      intent: 'revoke',
      businessUnit: 'ads-ml',
    },
    {
      text: 'can you do this one:\n```\naction: deprovision\nunit: legacy-bi\n```',
      intent: 'deprovision',
      businessUnit: 'legacy-bi',
    },
  ]);
});

describe('5. a hold above a table is no title, and rows that cancel make the request a question', () => {
  neverActs([
    'rotate growth\nHOLD: not until Monday\n| a | b | c |\n| 1 | 2 | 3 |',
    "rotate the growth key\n| step | owner | status |\n| rotate | Dana | cancelled, don't do it |\n| notify | Raj | done |",
    // (Written for this fix.)
    'revoke the ads key\non hold until legal signs off\n| key | created | last used |\n| ak-1 | jan | feb |',
    'deprovision legacy-bi\nnot yet\n| unit | spend | owner |\n| legacy-bi | $40 | Raj |',
    'rotate the key for fraud-ml\n| step | owner | status |\n| rotate | bot | skipped, rejected by CAB |\n| notify | Raj | todo |',
  ]);
  exactly([
    {
      text: 'rotate the growth key\n| step | owner | status |\n| rotate | bot | todo |\n| notify | Raj | done |',
      intent: 'rotate',
      businessUnit: 'growth',
    },
    {
      text: 'Monthly spend by unit\n| unit | spend | change |\n| growth | $3,100 | +4% |\n| ads | $880 | -2% |',
      intent: 'unknown',
    },
  ]);
  it('a plain request over a table of steps still acts', () => {
    expect(
      acts(
        parseRequest(
          'rotate the growth key\n| step | owner | status |\n| rotate | bot | todo |\n| notify | Raj | done |',
        ),
      ),
    ).toBe(true);
  });
});
