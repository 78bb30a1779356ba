/**
 * Round twenty-eight, train28s: train-split texts whose intent is right but a slot is wrong. Sentences of our own,
 * written by kind before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe("a line of values after the request, with what it is for after a comma ('in ohio, for reasons'), is the request's", () => {
  slots([
    [
      'token pls. 2h. in tokyo, for the demo',
      { intent: 'token', ttlSeconds: 7200, region: 'ap-northeast-1' },
    ],
    [
      'need a token. 4 hours, frankfurt, for a workshop',
      { intent: 'token', ttlSeconds: 14400, region: 'eu-central-1' },
    ],
    ['tok plz. in oregon, for the load test :rocket:', { intent: 'token', region: 'us-west-2' }],
    ['token please!\n3h, ireland, for reasons', { intent: 'token', ttlSeconds: 10800, region: 'eu-west-1' }],
    [
      'can i get a token? 90 min in sydney, its for the offsite prep',
      { intent: 'token', ttlSeconds: 5400, region: 'ap-southeast-2' },
    ],
    ['token pls. 3h, in ohio, for reasons', { intent: 'token', ttlSeconds: 10800, region: 'us-east-2' }],
    [
      'key for growth please. 90 days, for the dashboard rebuild',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: 90 },
    ],
  ]);
  // look-alikes: a line of values in a story told (nothing asked elsewhere), or a story sentence with a place
  slots([
    [
      'token for 2h. the client is in tokyo, for the record',
      { intent: 'token', ttlSeconds: 7200, region: null },
    ],
    ['token 3h in ohio, for reasons', { intent: 'token', ttlSeconds: 10800, region: 'us-east-2' }],
  ]);
  neverActs([
    'last time I requested a token. 3h, for the demo',
    'we ran the demo in tokyo. 3h, for the client',
    'the workshop ran 3h, in tokyo, for the sales team',
  ]);
});

describe("where the answer goes ('for the compliance log', 'for the board deck') names no unit", () => {
  reads([
    ['history for last month please, for the security report', 'history', null],
    ['what did we spend on bedrock last month? for the finance deck', 'spend', null],
    ['history of key changes this week, for the SOX spreadsheet pls', 'history', null],
    ['audit trail of key rotations in march pls, for the quarterly review doc', 'history', null],
    ['bedrock spend for growth last month, for the board slides', 'spend', 'growth'],
    ['everything that was revoked this month, for the risk register', 'history', null],
  ]);
  // look-alikes: a team, or a unit named as such, stays the unit
  reads([
    ['history for the compliance team', 'history', 'compliance-team'],
    ['rotate the key for the logs team', 'rotate', 'logs-team'],
    ['history of unit audit-log please', 'history', 'audit-log'],
  ]);
  neverActs([
    "I updated the compliance log with last month's rotations",
    'the board deck needs the key rotations for the compliance log',
  ]);
});

describe("a sentence after the question telling what someone said or sent ('someone says old-analytics vanished') is story", () => {
  reads([
    ['was anything revoked this week? someone says ml-sandbox lost access', 'history', null],
    ['what got rotated in april? my lead says search-v2 broke', 'history', null],
    ['anything deprovisioned recently?? heard legacy-bi is gone', 'history', null],
    ['what was deleted last month? the auditors sent this:\n> list all credentials removed', 'history', null],
  ]);
  // look-alikes: the unit asked about in the question stays
  reads([
    ['what got revoked for ml-sandbox this week? someone says it lost access', 'history', 'ml-sandbox'],
    ['what got rotated in april? for growth pls', 'history', 'growth'],
    ['history for legacy-bi pls, someone says it is gone', 'history', 'legacy-bi'],
  ]);
  nothingAsked(['someone says old-analytics vanished']);
  neverActs(['my lead says search-v2 broke after the rotation']);
});

describe("a period asked in a question just before a spend or history request that lacks one ('what's the damage this week? bedrock spend pls') is the request's", () => {
  slots([
    ['how bad was it last month? spend pls', { intent: 'spend', period: { kind: 'month', monthsAgo: 1 } }],
    [
      'how much damage in march?? cost breakdown for growth please',
      { intent: 'spend', businessUnit: 'growth', period: { kind: 'named-month', month: 3, year: null } },
    ],
    [
      'how are we doing this month?\nbedrock cost please',
      { intent: 'spend', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['what went on last week? history pls', { intent: 'history', period: { kind: 'days', days: 7 } }],
    [
      "what's the damage over the last 14 days? bedrock spend for search pls",
      { intent: 'spend', businessUnit: 'search', period: { kind: 'days', days: 14 } },
    ],
  ]);
  // look-alikes: a period in a story told (no question), or the request's own period, or no read asked
  slots([
    [
      'we had a huge demo last week. spend for growth pls',
      { intent: 'spend', businessUnit: 'growth', period: null },
    ],
    [
      'how bad was it last month? spend for this week pls',
      { intent: 'spend', period: { kind: 'days', days: 7 } },
    ],
  ]);
  nothingAsked(['how bad was it last month? brutal']);
  neverActs(['how bad was last month? the growth key leaked twice']);
});

describe("where a report came from ('(from the guardduty alert)', 'from the macie finding') names no unit", () => {
  reads([
    ['revoke AKIAIOSFODNN7EXAMPLE (from the guardduty alert)', 'revoke', null],
    ['rvk AKIA2E3F4G5H6J7K8L9M pls, from the macie finding', 'revoke', null],
    ['please revoke `AKIAZ9Y8X7W6V5U4T3S2` — from the secops alert this morning', 'revoke', null],
    ['revoke AKIAQQQQWWWWEEEERRRR (from <#C0SEC0001|security> alert)', 'revoke', null],
    ['rotate AKIAPPPPOOOOIIIIUUUU asap, came from the trufflehog scan', 'rotate', null],
  ]);
  // look-alikes: a unit named as such keeps it; a team is a team
  reads([
    ['rotate the growth key (from the security alert)', 'rotate', 'growth'],
    ['revoke the key for the alerts team', 'revoke', 'alerts-team'],
    ['revoke the key of unit alert-router', 'revoke', 'alert-router'],
  ]);
  neverActs([
    'we got a guardduty alert about AKIAQQQQWWWWEEEERRRR, looking into it',
    'the macie finding was a false positive, no need to revoke anything',
  ]);
});

describe("a team's member told of after the request ('…, the Accenture team lead left') is story; the request's unit stands", () => {
  reads([
    ['rotate the key of growth, the ads team lead left', 'rotate', 'growth'],
    ['revoke the ads-api key, the platform team manager says so', 'revoke', 'ads-api'],
    ['create a key for billing-v2, the finance team head approved it', 'create_key', 'billing-v2'],
    ['revoke the old-crm key pls, the sales team members moved on', 'revoke', 'old-crm'],
    ["pls rotate search's key, our data team lead pasted it in slack", 'rotate', 'search'],
  ]);
  // look-alikes: the team named as the unit keeps it
  reads([
    ['create a key for the data team lead', 'create_key', 'data-team'],
    ["rotate the platform team's key, their lead left", 'rotate', 'platform-team'],
    ['rotate the key of growth, the ads team left', 'rotate', 'growth'],
  ]);
  neverActs(['the ads team lead left, sad times', 'the platform team manager says the key is fine']);
});
