/**
 * Round twenty-four, units24: which words name the business unit, from round twenty-three's blind files (now
 * tuned-{railway,brewery,satellite}). Sentences of our own, written before the parser's answer was looked at
 * (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads, slots } from './acted.js';
import { expectNoHang } from './hang-guard.js';

describe('lower-case words before "team" are the name, in every request', () => {
  reads([
    [
      'access key for the payload operations team please, it is for the nightly batch',
      'create_key',
      'payload-operations-team',
    ],
    ['what do we have for the ground segment team', 'details', 'ground-segment-team'],
    ['bedrock spend for the mission planning team last month', 'spend', 'mission-planning-team'],
    ["could you replace the customer success team's api key", 'rotate', 'customer-success-team'],
    [
      'the data platform team does not use their bedrock key anymore, please revoke it',
      'revoke',
      'data-platform-team',
    ],
    ['key for the Duty Compliance team, 90 days', 'create_key', 'duty-compliance-team'],
    ['pls rotate the attitude control team key', 'rotate', 'attitude-control-team'],
    ['bedrock activity for the ground segment team last month', 'history', 'ground-segment-team'],
  ]);
  nothingAsked([
    'the flight dynamics team is at the offsite this week',
    'the customer success team loved the demo',
    'lunch with the ground segment team at noon',
  ]);
  neverActs([
    'the mission planning team revoked their own key yesterday',
    'the data platform team does not use their bedrock key anymore',
  ]);
});

describe('a code in brackets after a prose name is the unit', () => {
  reads([
    ['Key for Flight Dynamics (fdyn), owner me', 'create_key', 'fdyn'],
    ['api key for Ground Segment (gseg) please', 'create_key', 'gseg'],
    // (not "(plops)": "pl" starts no word of "Payload Ops")
    ['rotate the key for Payload Ops (pops)', 'rotate', 'pops'],
    ['bedrock spend for Mission Planning (mplan) last month', 'spend', 'mplan'],
    ['revoke the key of Duty Calculation (dcalc) pls', 'revoke', 'dcalc'],
  ]);
  reads([
    ['key for Flight Dynamics (staging)', 'create_key', 'flight-dynamics'],
    ['rotate the key for Ground Segment (urgent)', 'rotate', 'ground-segment'],
  ]);
  nothingAsked([
    'Flight Dynamics (fdyn) had their offsite today',
    'Mission Planning (mplan) moved to floor 3',
  ]);
});

describe('"for whoever owns X" keeps the request when a story clause follows', () => {
  reads([
    ['key for whoever owns stock-lists-sync, they asked me to sort it', 'create_key', 'stock-lists-sync'],
    ['api key for whoever runs fare-engine, they asked me to handle it', 'create_key', 'fare-engine'],
    ['new key for whoever owns orbit-sim, they pinged me about it', 'create_key', 'orbit-sim'],
    ['key for whoever maintains ticket-scan, they want me to sort it out', 'create_key', 'ticket-scan'],
  ]);
  neverActs([
    'whoever owns stock-lists-sync asked me to sort it',
    'no idea who owns fare-engine, they asked me about it',
    'whoever owns ticket-scan should sort their key out',
  ]);
});

describe('"team X Y" after a learner\'s "i need rotate key for"', () => {
  reads([
    [
      'i need rotate key for team Orbit Analytics asap, it is leaked in the Jira ticket',
      'rotate',
      'orbit-analytics',
    ],
    ['we need revoke key for team Ground Ops, nobody use it now', 'revoke', 'ground-ops'],
    ['i need create key for team Signal Fusion please', 'create_key', 'signal-fusion'],
    [
      'please i want rotate the key for team Data Fusion, it was leaked in confluence',
      'rotate',
      'data-fusion',
    ],
    ['need rotate key of team orbit-analytics', 'rotate', 'orbit-analytics'],
  ]);
  neverActs([
    'i need to tell team Orbit Analytics about the key rotation',
    'do i need rotate key for team Orbit Analytics or is it automatic?',
    'team Ground Ops already rotate their key last week',
  ]);
});

describe('a dotted service name in backticks before "key" is the unit', () => {
  reads([
    [
      'Security here: the `tasking.api` key is 200 days old, our policy says 180. Please rotate it.',
      'rotate',
      'tasking-api',
    ],
    ['the `orbit.sim` key is past 90 days, please rotate it', 'rotate', 'orbit-sim'],
    ['please revoke the `ground.link.relay` key, it is not used anymore', 'revoke', 'ground-link-relay'],
    ['the `telemetry.ingest` key leaked in a screenshot, rotate it pls', 'rotate', 'telemetry-ingest'],
  ]);
  nothingAsked(['the `tasking.api` key is 200 days old', 'the `orbit.sim` service was slow today']);
  neverActs(['should we rotate the `tasking.api` key? it is 200 days old']);
});

describe('a unit in backticks wins over a coded thing of the story', () => {
  reads([
    [
      "bot, we're decommissioning SAT-02 next week and the `sat02-ops` bedrock unit goes with it: deprovision it please",
      'deprovision',
      'sat02-ops',
    ],
    [
      "we're decommissioning LINE-7 next week and the `line7-sched` bedrock unit goes with it: deprovision it",
      'deprovision',
      'line7-sched',
    ],
    ['TRAIN-44 is being scrapped, so revoke the `t44-telemetry` key please', 'revoke', 't44-telemetry'],
    ['BREW-12 is done; deprovision the `brew12-lab` unit', 'deprovision', 'brew12-lab'],
  ]);
  neverActs([
    "we're decommissioning SAT-02 next week",
    'SAT-02 and the `sat02-ops` unit go away next week',
    'should we deprovision `sat02-ops` when SAT-02 is decommissioned?',
  ]);
});

describe('forms: a unit line, a request heading, JSON with expiry_days', () => {
  slots([
    [
      'Business unit: duty-calc\nOwner: <mailto:Finance.Duty@hopwright.beer|Finance.Duty@hopwright.beer>\nExpiry: 90\nRequested by: <@U07FIN22>',
      {
        intent: 'create_key',
        businessUnit: 'duty-calc',
        owner: 'finance.duty@hopwright.beer',
        expiryDays: 90,
      },
    ],
    [
      'Business unit: route-planner\nOwner: ops@railco.example\nExpiry: 30',
      { intent: 'create_key', businessUnit: 'route-planner', expiryDays: 30 },
    ],
    [
      'Team: hop-analytics\nContact: <mailto:a.b@x.beer|a.b@x.beer>\nExpiry: 60\nSubmitted by: <@U01ABC>',
      { intent: 'create_key', businessUnit: 'hop-analytics', expiryDays: 60 },
    ],
    [
      'Deprovisioning request\nUnit: `leop-sim-2024`\nReason: mission is in routine ops now',
      { intent: 'deprovision', businessUnit: 'leop-sim-2024' },
    ],
    [
      'Rotation request\nBusiness unit: fare-engine\nReason: the key was in a screenshot',
      { intent: 'rotate', businessUnit: 'fare-engine' },
    ],
    [
      '{"unit": "duty-calc", "kind": "access-key", "expiry_days": 90}  ← that\'s what I need please',
      { intent: 'create_key', businessUnit: 'duty-calc', keyKind: 'access-key', expiryDays: 90 },
    ],
    [
      '{"team": "ops-ml", "expiry_days": 30} pls',
      { intent: 'create_key', businessUnit: 'ops-ml', expiryDays: 30 },
    ],
  ]);
  nothingAsked([
    'Business unit: duty-calc\nStatus: done\nNext steps: none',
    '{"unit": "duty-calc", "expiry_days": 90} is the schema of our old portal, fyi',
  ]);
  neverActs(['Deprovisioning request\nUnit: `leop-sim-2024`\nStatus: completed last week']);
});

describe('a corrected expiry: the last number wins', () => {
  slots([
    ['key for the Duty Compliance team, expiry 60 days no wait 90', { intent: 'create_key', expiryDays: 90 }],
    ['api key for fare-engine, 30 days no wait 60', { intent: 'create_key', expiryDays: 60 }],
    ['key for hop-lab expiry 90 days, sorry 30', { intent: 'create_key', expiryDays: 30 }],
    ['new key for orbit-sim, expiry 45 days no 60', { intent: 'create_key', expiryDays: 60 }],
  ]);
  slots([
    ['key for hop-lab, expiry 90 days', { intent: 'create_key', expiryDays: 90 }],
    ['key for hop-lab expiry 90 days no 2 people need it', { intent: 'create_key', expiryDays: 90 }],
  ]);
  neverActs(['the old key had expiry 60 days no wait 90, i forget']);
});

describe('a mention of the bot is never the owner', () => {
  slots([
    [
      'Hey! 👋 Marketing here, my brain is mush 🫠 could someone... actually <@U0BEDROCK> could I get a token for 3 hours pls? 🌞',
      { intent: 'token', owner: null, ttlSeconds: 10800 },
    ],
    [
      'hi all, quick one... <@UBOT123> can i get an api key for brew-ops, 30 days?',
      { intent: 'create_key', owner: null },
    ],
    ['ok so <@U0BOT> token for 2h please', { intent: 'token', owner: null }],
    ['<@U0BEDROCK> key for hop-lab pls', { intent: 'create_key', owner: null }],
  ]);
  slots([
    ['key for hop-lab, owner <@U07FIN22>', { intent: 'create_key', owner: 'U07FIN22' }],
    ['<@U0BEDROCK> key for hop-lab, owner <@U07FIN22>', { intent: 'create_key', owner: 'U07FIN22' }],
    ['api key for brew-ops, owner is <@U0ALICE>', { intent: 'create_key', owner: 'U0ALICE' }],
  ]);
});

describe('words that name no unit: an occasion, invoices, a repo', () => {
  reads([
    ['need the record of every token issued in February 2026 for the security review', 'history', null],
    ['history of keys created in March for the board review', 'history', null],
    [
      'how much are we spending on Bedrock? finance asked, separately from the ground-station-minute invoices',
      'spend',
      null,
    ],
    ['bedrock spend this month, separately from the cloud-storage invoices', 'spend', null],
    [
      'Sorry for trouble. Yesterday I have committed the key of caption-gen-jp into our git repo by mistake. Please rotate.',
      'rotate',
      'caption-gen-jp',
    ],
    ['I pushed the key of fare-engine to our public repo, please rotate', 'rotate', 'fare-engine'],
  ]);
  reads([
    ['bedrock history for the security team last month', 'history', 'security-team'],
    ['spend for ground-station-ops this month', 'spend', 'ground-station-ops'],
  ]);
});

describe('a leak story after "rotate X pls" keeps the request', () => {
  reads([
    [
      '<@U0BEDROCK> rotate distilling-lab pls, the intern had it in a jupyter notebook on github 😬',
      'rotate',
      'distilling-lab',
    ],
    ['<@UBOT> revoke hop-analytics please, someone pasted it in a public gist', 'revoke', 'hop-analytics'],
    ['rotate fare-engine pls, the contractor had it in a notebook on github', 'rotate', 'fare-engine'],
    ['@bedrock rotate orbit-sim asap, the new guy had it in a slide deck 🙈', 'rotate', 'orbit-sim'],
  ]);
  neverActs([
    'the intern had the distilling-lab key in a jupyter notebook on github 😬',
    'should we rotate distilling-lab? the intern had it in a notebook',
  ]);
  nothingAsked(['lol the intern had a jupyter notebook on github']);
});

describe('adversarial texts stay fast', () => {
  it.each([
    'the a b c team '.repeat(120),
    'Flight Dynamics (fdyn) '.repeat(90),
    'i need rotate key for team '.repeat(70),
    'the `a.b` key '.repeat(120),
    'Unit: x\n'.repeat(200),
    `expiry 60 days no wait 90 ${' '.repeat(2000)}x`,
  ])('%#', (text) => {
    expectNoHang(() => parseRequest(text.slice(0, 3000)));
  });
});
