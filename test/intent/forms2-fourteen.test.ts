import { describe, expect, it } from 'vitest';
import { addressedItem } from '../../src/intent/addressed-item.js';
import { tableRest } from '../../src/intent/data-table.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';
import { exactly } from './acted.js';

/**
 * Round fourteen (forms, round two): a list whose one open item is put to the bot, a ticket whose headline
 * states the request, a form pasted in a code fence, a unit field of several words or with its code in
 * brackets, two-field forms, expiry fields; and the same shapes that ask nothing (tables pasted from Cost
 * Explorer, comparisons, who-owns-what lists, capacity plans, a change board's refusal). Written before the
 * parser's answers were looked at; labels follow test/intent/data/README.md ("Forms").
 */
describe('forms that ask: the open item, the headline, the fenced form, the unit field', () => {
  exactly([
    {
      text: 'Sprint chores\n- [x] bump the sdk\n- [x] update the runbook\n- [ ] <@U0BEDROCK1> create an API key for unit `geo-search`, 60 days',
      intent: 'create_key',
      businessUnit: 'geo-search',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'offboarding list for atlas:\n1. archive the repo — done\n2. close the jira board — done\n3. deprovision Bedrock for atlas ← bot',
      intent: 'deprovision',
      businessUnit: 'atlas',
    },
    {
      text: 'Checklist before launch\n- [x] load test\n- [x] security review\n- [ ] @bedrock rotate the key for checkout-ml',
      intent: 'rotate',
      businessUnit: 'checkout-ml',
    },
    {
      text: "todo:\n1. ~update dashboards~ done\n2. revoke the old key for ledger-sync (bot, this one's yours)",
      intent: 'revoke',
      businessUnit: 'ledger-sync',
    },
    {
      text: 'Cleanup tasks\n☑ delete the test bucket\n☑ remove stale IAM users\n☐ <@U0BEDROCK1> revoke all keys for sandbox-lab',
      intent: 'revoke',
      businessUnit: 'sandbox-lab',
      all: true,
    },
    {
      text: '*Summary:* Rotate the Bedrock key for Fraud Signals\n*Unit:* fraud-signals\n*Priority:* P2\n*Reporter:* Dana',
      intent: 'rotate',
      businessUnit: 'fraud-signals',
    },
    {
      text: 'Change request\n*Change:* revoke the API key of the pricing unit (it was posted in a public channel)\n*Unit:* pricing\n*Risk:* low',
      intent: 'revoke',
      businessUnit: 'pricing',
      keyKind: 'api-key',
    },
    {
      text: '*Request:* deprovision Bedrock\n*Business unit:* legacy-bi\n*Approved by:* <@U07BOSS22>',
      intent: 'deprovision',
      businessUnit: 'legacy-bi',
    },
    {
      text: 'Workflow submission\n*Summary*\nAPI key for the claims bot\n*Unit*\nclaims-bot\n*Expiry*\n45',
      intent: 'create_key',
      businessUnit: 'claims-bot',
      keyKind: 'api-key',
      expiryDays: 45,
    },
    {
      text: '```\n{\n  "action": "create_key",\n  "unit": "vision-lab",\n  "expiry_days": 30\n}\n```\nthat\'s what I need',
      intent: 'create_key',
      businessUnit: 'vision-lab',
      expiryDays: 30,
    },
    {
      text: 'can you do this one\n```yaml\naction: rotate\nunit: search-infra\n```',
      intent: 'rotate',
      businessUnit: 'search-infra',
    },
    {
      text: '```json\n{"type": "token", "duration": "4h", "region": "us-east-1"}\n```\nplease',
      intent: 'token',
      ttlSeconds: 14400,
      region: 'us-east-1',
    },
    {
      text: "here's the payload, just do it:\n```\nteam: media-gen\nkey type: api key\nexpiry: 90 days\n```",
      intent: 'create_key',
      businessUnit: 'media-gen',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: '*Unit:* Customer 360 (`customer-360`)\n*Type:* rotate',
      intent: 'rotate',
      businessUnit: 'customer-360',
    },
    {
      text: 'Team: Billing Platform (`billing-plat`)\nKey type: API key\nExpires: 30 days',
      intent: 'create_key',
      businessUnit: 'billing-plat',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'request type: new key\nunit should be: supply chain\nexpiry: 60 days',
      intent: 'create_key',
      businessUnit: 'supply-chain',
      expiryDays: 60,
    },
    { text: 'Unit: member services\nAction: rotate', intent: 'rotate', businessUnit: 'member-services' },
    {
      text: 'Type: long-term key / Team: revenue cycle / Expires in: 90 days',
      intent: 'create_key',
      businessUnit: 'revenue-cycle',
      expiryDays: 90,
    },
    {
      text: 'Business unit: Loyalty Rewards\nRequest: revoke key',
      intent: 'revoke',
      businessUnit: 'loyalty-rewards',
    },
    { text: 'Project: recsys / Type: rotate', intent: 'rotate', businessUnit: 'recsys' },
    { text: 'Team: growth | Action: revoke', intent: 'revoke', businessUnit: 'growth' },
    { text: 'unit: ocr-pipeline\ntype: deprovision', intent: 'deprovision', businessUnit: 'ocr-pipeline' },
    {
      text: 'App: helpdesk-ai; Request: api key',
      intent: 'create_key',
      businessUnit: 'helpdesk-ai',
      keyKind: 'api-key',
    },
    {
      text: 'New key\nTeam: geo-ml\nExpires: 45d',
      intent: 'create_key',
      businessUnit: 'geo-ml',
      expiryDays: 45,
    },
    {
      text: 'Key request\nTeam: legal-ops\nKey kind: access key\nExpires after: 180 days',
      intent: 'create_key',
      businessUnit: 'legal-ops',
      keyKind: 'access-key',
      expiryDays: 180,
    },
    {
      text: 'Team: ads / Type: new key / Expiry (days): 14',
      intent: 'create_key',
      businessUnit: 'ads',
      expiryDays: 14,
    },
  ]);
});

describe('the same shapes that ask nothing', () => {
  exactly([
    {
      text: 'Service | Jan | Feb | Mar\nAmazon Bedrock | $4,210 | $5,002 | $6,118\nAmazon S3 | $812 | $790 | $845\nTotal | $5,022 | $5,792 | $6,963',
      intent: 'unknown',
    },
    {
      text: 'pasted from Cost Explorer:\nUnit: growth | Cost: $1,204 | Change: +12%\nUnit: ads | Cost: $880 | Change: -3%',
      intent: 'unknown',
    },
    {
      text: 'Capacity plan Q3\nTeam: search-infra\nExpected tokens/day: 40M\nModel: claude sonnet\nRegion: us-east-1\nStatus: draft',
      intent: 'unknown',
    },
    {
      text: 'Vendor comparison\n- Bedrock: pay per token, VPC endpoints\n- Vertex: per character pricing\n- Azure OpenAI: provisioned throughput\nDecision: next week',
      intent: 'unknown',
    },
    {
      text: 'who owns what:\n- growth: Lena\n- ads: Marco\n- risk-ml: Priya\n- doc-intel: Sam',
      intent: 'unknown',
    },
    {
      text: 'Ownership table\nUnit: payments | Owner: <@U02PAY1>\nUnit: fraud-ml | Owner: <@U02FRD2>',
      intent: 'unknown',
    },
    {
      text: '*CAB outcome*\n*Change:* rotate the key for core-banking\n*Decision:* REJECTED — freeze window. Please do not proceed.',
      intent: 'unknown',
    },
    {
      text: 'Change board: revoke of the legal-ops key was rejected, please do not proceed until the audit is finished',
      intent: 'unknown',
    },
    {
      text: '*Summary:* deprovision Bedrock for atlas\n*Status:* rejected by CAB\n*Note:* do not proceed',
      intent: 'unknown',
    },
    {
      text: 'Release checklist\n- [x] tag v2.3\n- [ ] update changelog\n- [ ] tell support',
      intent: 'unknown',
    },
    {
      text: '```yaml\nteam: growth\nkey type: api key\nexpiry: 30\n```\nthis is the config schema from our old portal, just fyi',
      intent: 'unknown',
    },
    {
      text: 'Monthly spend by unit (from CUR)\n| unit | spend |\n| growth | $3,100 |\n| ads | $2,450 |',
      intent: 'unknown',
    },
    {
      text: 'Team: ads\nIncident: key leaked last week\nStatus: resolved, key rotated by <@U0BEDROCK1>',
      intent: 'unknown',
    },
    {
      text: 'Model comparison\nModel: claude haiku | Latency: 0.4s | Cost: low\nModel: claude sonnet | Latency: 1.1s | Cost: medium',
      intent: 'unknown',
    },
  ]);
});

describe('look-alikes that keep their reading', () => {
  exactly([
    {
      text: 'Team: growth | Type: api key | Region: us-east-1\nOwner: a@b.co | Expiry: 30 days',
      intent: 'create_key',
      businessUnit: 'growth',
      owner: 'a@b.co',
      keyKind: 'api-key',
      region: 'us-east-1',
      expiryDays: 30,
    },
    {
      text: '| field | value |\n|---|---|\n| type | token |\n| ttl | 3h |',
      intent: 'token',
      ttlSeconds: 10800,
    },
    {
      text: 'Request for long-term credentials:\n- business unit: growth-lab\n- key type: API key\n- cost centre: CC-4410\n- approver: Head of Data',
      intent: 'create_key',
      businessUnit: 'growth-lab',
      keyKind: 'api-key',
    },
    {
      text: '```yaml\nlabels:\n  team: growth\n  app: uplift-sim\n```\nthe labels are wrong, ignore them. key for growth-experiments please',
      intent: 'create_key',
      businessUnit: 'growth-experiments',
    },
    { text: 'Unit: growth please\nAction: rotate', intent: 'rotate', businessUnit: 'growth' },
    {
      text: 'please do not proceed with the rotation, just revoke the ads key instead',
      intent: 'revoke',
      businessUnit: 'ads',
    },
  ]);
});

describe('the list item put to the bot', () => {
  it("a colleague's open task, put by a mention, is asked about, never acted on", () => {
    expect(acts(parseRequest('- [ ] <@U02PRIYA9> rotate the ads key\n- [x] update runbook'))).toBe(false);
  });
  it("several people's tasks, or the bot named in a question, put no item to the bot", () => {
    expect(
      addressedItem('- [ ] <@U02PRIYA9> rotate the ads key\n- [ ] <@U03KLM88A> update runbook'),
    ).toBeNull();
    const retro = 'retro actions\n1. rotate keys more often ← bot should remind us?\n2. write docs';
    expect(addressedItem(retro)).toBeNull();
    expect(acts(parseRequest(retro))).toBe(false);
  });
  it('a done item is no request', () => {
    expect(addressedItem('- [x] <@U0BEDROCK1> rotate the growth key\n- [ ] update runbook')).toBeNull();
  });
});

describe('pasted data', () => {
  it('keeps the words around a table, and a form is no table', () => {
    expect(tableRest('Vendor comparison\n| | Bedrock | Azure |\n| Regions | many | fewer |\nopinions?')).toBe(
      'opinions?',
    );
    expect(tableRest('Team: growth\nAction: rotate')).toBeNull();
  });
});
