/**
 * Round twenty-three, units23: which words name the business unit, from round twenty-two's blind files (now
 * tuned-{port,farmcoop,staffing}). Sentences of our own, written before the parser's answer was looked at
 * (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked } from './acted.js';
import { expectNoHang } from './hang-guard.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });

describe('a service name in backticks after a prose name is the unit, dots as hyphens', () => {
  reads([
    [
      'we need a key for the crane telemetry service `crane.telemetry`, owner <@U04CRANE01>',
      'create_key',
      'crane-telemetry',
    ],
    ['api key for the invoice matcher app `inv.match`, 30 days', 'create_key', 'inv-match'],
    ['rotate the key of the berth planner service `berth.planner`', 'rotate', 'berth-planner'],
    ['long-term key for the payroll sync bot `payroll.sync.bot` pls', 'create_key', 'payroll-sync-bot'],
    [
      'key for the timesheet reminder, the service is `ts-reminder`, api key, 30 days',
      'create_key',
      'ts-reminder',
    ],
    ['revoke the key for the shift swap tool, service is `shift.swap`', 'revoke', 'shift-swap'],
    ['permanent key for the Yard Planning service `yard.plan`', 'create_key', 'yard-plan'],
  ]);
  nothingAsked([
    'the crane telemetry service `crane.telemetry` was down this morning',
    'fyi the service is `cv-bulk-import`, it runs nightly',
    '`refcheck.bot` got a new logo today',
  ]);
});

describe('a number after a name where a unit stands is its number', () => {
  reads([
    ['we need a key for depot 7, its for the route model', 'create_key', 'depot-7'],
    ['what did warehouse 12 spend last month?', 'spend', 'warehouse-12'],
    ['rotate the key for terminal 4', 'rotate', 'terminal-4'],
    ['revoke the key of plant 2 pls', 'revoke', 'plant-2'],
    ['api key for dairy 5, 60 days', 'create_key', 'dairy-5'],
    ['bedrock spend for branch 21 over the last month', 'spend', 'branch-21'],
  ]);
  nothingAsked([
    'creamery 3 had a power cut last night',
    'the key for gate 3 is at reception',
    'depot 7 is closed on sunday',
  ]);
  reads([['token for 3 hours', 'token', null]]);
});

describe('"whoever owns the X": the X is the unit, all of its words', () => {
  reads([
    [
      'a key for whoever owns the container weight checker, api key',
      'create_key',
      'container-weight-checker',
    ],
    ['new key for whoever runs the shift roster planner', 'create_key', 'shift-roster-planner'],
    [
      'api key for whoever maintains the feed ration calculator, 30 days',
      'create_key',
      'feed-ration-calculator',
    ],
    [
      'a key for whoever owns the candidate match scraper pls, api key',
      'create_key',
      'candidate-match-scraper',
    ],
    ['an api key for whoever owns the *vessel eta predictor*', 'create_key', 'vessel-eta-predictor'],
  ]);
  reads([['a key for whoever owns billing', 'create_key', 'billing']]);
  nothingAsked([
    'whoever owns the milk quota calculator should update it',
    'does anyone know who owns the job board scraper?',
    'whoever owns the feed ration calculator left the key in the lab',
  ]);
});

describe('lower-case words before office/desk/squad/system/bot/app/generator are the name', () => {
  reads([
    ['disable the harbour master office key', 'revoke', 'harbour-master-office'],
    ['a permanent AI login for the payroll desk', 'create_key', 'payroll-desk'],
    ['rotate the grain trading desk key', 'rotate', 'grain-trading-desk'],
    ['revoke the key for the vessel tracking squad', 'revoke', 'vessel-tracking-squad'],
    ['new key for the visitor badge system, 90 days', 'create_key', 'visitor-badge-system'],
    // (a hyphenated name before a tool noun is the name alone, as the corpus labels "the status-page bot")
    ['api key for the shift-swap app', 'create_key', 'shift-swap'],
    ['key for the cover-letter generator please', 'create_key', 'cover-letter'],
    ['what did the herd health office spend this month?', 'spend', 'herd-health-office'],
    ['revoke the key for the claims intake office after the migration', 'revoke', 'claims-intake-office'],
  ]);
  nothingAsked([
    'the key to the board office is at reception',
    'the agronomy desk is moving to the second floor',
    'the temp badge system is down again',
    'the help desk is closed today',
  ]);
});

describe('"the whole co-op / company" is the organisation, no unit', () => {
  reads([
    ['what did the whole co-op spend on bedrock last month?', 'spend', null],
    ['bedrock spend for the whole company this month', 'spend', null],
    ['how much has the entire organisation spent on bedrock this month?', 'spend', null],
    ['total bedrock spend for the whole port last month pls', 'spend', null],
  ]);
  reads([
    ['what did the co-op-analytics team spend last month', 'spend', 'co-op-analytics-team'],
    ['spend for creamery-ops this month', 'spend', 'creamery-ops'],
  ]);
});

describe('a story clause after the request does not take the request away', () => {
  reads([
    ["revoke the key for the berth planning squad, they're on tokens now", 'revoke', 'berth-planning-squad'],
    ["take the api key off hiring-ops, they're on tokens these days", 'revoke', 'hiring-ops'],
    [
      'api key for the payslip-app, the one staff use to check their payslip tokens',
      'create_key',
      'payslip-app',
    ],
    [
      'a key for the quota-app, the one farmers use to see their collection tokens',
      'create_key',
      'quota-app',
    ],
    [
      'create key for the visitor badge system once security sign off the DPIA',
      'create_key',
      'visitor-badge-system',
    ],
    ['create a key for crane-telemetry once legal signs off', 'create_key', 'crane-telemetry'],
    ['disable the payroll desk key, internal audit found it in a shared mailbox', 'revoke', 'payroll-desk'],
    ['rotate the claims intake office key once the new portal is live', 'rotate', 'claims-intake-office'],
  ]);
  nothingAsked([
    'the agronomy desk is on tokens now',
    'members use the milk-token-app to check their collection tokens',
    'once facilities sign off we can plan the move',
  ]);
  neverActs([
    "we took the key off the agronomy desk, they're on tokens now",
    'the audit found the payroll desk key in a shared mailbox last year',
    'did facilities sign off the DPIA for the temp badge system?',
    'should we revoke the payroll desk key? audit found it in a shared mailbox',
  ]);
});

describe('adversarial texts stay fast', () => {
  it.each([
    'the a b c office '.repeat(120),
    'whoever owns the '.repeat(120),
    'key for creamery 3 '.repeat(100),
    'the x service `a.b` '.repeat(100),
    'the whole co-op '.repeat(120),
    "they're on tokens now ".repeat(90),
  ])('%#', (text) => {
    expectNoHang(() => parseRequest(text.slice(0, 2000)));
  });
});
