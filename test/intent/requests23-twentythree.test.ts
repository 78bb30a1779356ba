/**
 * Round twenty-three, requests23: requests read as the wrong action or as nothing in round twenty-two's blind
 * files (now tuned-{port,farmcoop,staffing}), by kind. Sentences of our own, written before the parser's
 * answer was looked at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that
 * must not change.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('a form with a Duration and no key asked is a token; its Purpose is story', () => {
  exactly([
    {
      text: 'Purpose: berth schedule summary test / Duration: 3h / Region: Ireland',
      intent: 'token',
      ttlSeconds: 10800,
      region: 'eu-west-1',
    },
    {
      text: 'Purpose: crane telemetry model comparison\nDuration: 4h\nRegion: Frankfurt',
      intent: 'token',
      ttlSeconds: 14400,
      region: 'eu-central-1',
    },
    {
      text: 'Reason: spend report summary dry run | Duration: 90 min | Region: Virginia',
      intent: 'token',
      ttlSeconds: 5400,
      region: 'us-east-1',
    },
    {
      text: '*Purpose*: details page prompt tuning\n*Duration*: 6 hours\n*Region*: Tokyo',
      intent: 'token',
      ttlSeconds: 21600,
      region: 'ap-northeast-1',
    },
    { text: 'Purpose: list of models to evaluate; Duration: 1h', intent: 'token', ttlSeconds: 3600 },
    {
      text: 'Purpose: history of the harvest yields backtest on claude\nDuration: 2 hrs',
      intent: 'token',
      ttlSeconds: 7200,
    },
  ]);
  // a key asked in the form stays a key
  keeps([
    [
      'Purpose: summary bot for the yard\nType: api key\nExpiry: 90 days\nTeam: yard-ops',
      'create_key',
      'yard-ops',
    ],
  ]);
  // reports and invites in a form's shape ask nothing
  nothingAsked([
    'Purpose: berth schedule summary\nStatus: done\nDuration: 3h\nAttendees: Ann, Bob',
    'Agenda: models roadmap / Duration: 1h / Room: 4B / Attendees: whole team',
  ]);
  neverActs(['Purpose: silo model review\nDuration: 45 min\nNext steps: decide on vendor\nBlockers: none']);
});

describe('Dutch durations ask for a token ("anderhalf uur token graag")', () => {
  exactly([
    { text: 'anderhalf uur token graag', intent: 'token', ttlSeconds: 5400 },
    { text: 'twee uur token graag', intent: 'token', ttlSeconds: 7200 },
    { text: 'mag ik een token voor drie uur?', intent: 'token', ttlSeconds: 10800 },
    { text: 'token voor een half uur graag', intent: 'token', ttlSeconds: 1800 },
    {
      text: 'graag een token voor anderhalf uur, in Ierland',
      intent: 'token',
      ttlSeconds: 5400,
      region: 'eu-west-1',
    },
    { text: 'anderhalf uur token aub', intent: 'token', ttlSeconds: 5400 },
  ]);
  nothingAsked(['de vergadering duurde anderhalf uur', 'anderhalf uur in de file gestaan vandaag']);
  neverActs([
    'mijn token verliep na anderhalf uur, is dat normaal?',
    'anderhalf uur token graag? nee, laat maar',
  ]);
});

describe('"N days po" in a key request is its expiry (a particle after the value)', () => {
  exactly([
    {
      text: 'pwede po ba makahingi ng api key para sa tally-app? owner po si <@U05TALLY01>, 90 days po',
      intent: 'create_key',
      businessUnit: 'tally-app',
      owner: 'U05TALLY01',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: 'pa-create po ng key para sa rice-ops, 30 days po',
      intent: 'create_key',
      businessUnit: 'rice-ops',
      expiryDays: 30,
    },
    {
      text: 'api key po para sa payroll-bot, 60 days po salamat',
      intent: 'create_key',
      businessUnit: 'payroll-bot',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'pwede po ba ng bagong key para sa `ani-forecast`? 45 days po',
      intent: 'create_key',
      businessUnit: 'ani-forecast',
      expiryDays: 45,
    },
  ]);
  nothingAsked(['salamat po, 90 days po yung bakasyon ko']);
  neverActs(['gaano po katagal ang key? 90 days po ba?', 'yung key po ng tally-app ay 90 days old na']);
});

describe('Dutch "de key van X vervangen" asks to rotate X', () => {
  exactly([
    {
      text: 'kun je de key van gate-ops vervangen? staat in een screenshot',
      intent: 'rotate',
      businessUnit: 'gate-ops',
    },
    { text: 'wil je de key van billing-nl vervangen aub', intent: 'rotate', businessUnit: 'billing-nl' },
    { text: 'graag de key van quay-ml vervangen, hij is gelekt', intent: 'rotate', businessUnit: 'quay-ml' },
    { text: 'vervang de key van berth-ai', intent: 'rotate', businessUnit: 'berth-ai' },
    {
      text: 'kunnen jullie de key van `yard-planning` vervangen?',
      intent: 'rotate',
      businessUnit: 'yard-planning',
    },
  ]);
  nothingAsked([
    'we hebben de key van gate-ops vorige week al vervangen',
    'de sleutel van de voordeur moet vervangen worden',
  ]);
  neverActs([
    'moeten we de key van gate-ops vervangen, denk je?',
    'de key van gate-ops is al vervangen, dank je',
  ]);
});

describe('"tear down everything for X" / "kill the whole setup for X" deprovisions X', () => {
  exactly([
    {
      text: 'tear down everything for the berth hackathon',
      intent: 'deprovision',
      businessUnit: 'berth-hackathon',
    },
    { text: 'tear down everything for hack week', intent: 'deprovision', businessUnit: 'hack-week' },
    {
      text: 'kill the whole setup for the drone scouting pilot',
      intent: 'deprovision',
      businessUnit: 'drone-scouting-pilot',
    },
    {
      text: 'please tear everything down for the crane vision poc',
      intent: 'deprovision',
      businessUnit: 'crane-vision-poc',
    },
    {
      text: 'kill the whole setup for `yard-sim`, we are done',
      intent: 'deprovision',
      businessUnit: 'yard-sim',
    },
    {
      text: 'pls tear down everything for the harvest forcast trial',
      intent: 'deprovision',
      businessUnit: 'harvest-forcast-trial',
    },
  ]);
  neverActs([
    'they tore down everything for the berth hackathon yesterday',
    'the whole setup for the drone scouting pilot was killed by the storm',
    'kill the whole setup for the demo? no, keep it',
    'should we tear down everything for the hackathon or keep it?',
    'the crew will tear down everything for the stage after the concert',
    'we had to tear everything down for the concert',
  ]);
});

describe('two requests: a deprovision first wins over a later "send me the spend"', () => {
  exactly([
    {
      text: 'The automated mooring trial is over. Deprovision the unit mooring-trial pls, and send me the final spend',
      intent: 'deprovision',
      businessUnit: 'mooring-trial',
    },
    {
      text: 'deprovision harvest-pilot and send me its final spend',
      intent: 'deprovision',
      businessUnit: 'harvest-pilot',
    },
    {
      text: 'please deprovision crane-poc; also send me the final spend for it',
      intent: 'deprovision',
      businessUnit: 'crane-poc',
    },
    {
      text: 'pilot is done. offboard the unit shift-bot, and send me what it spent',
      intent: 'deprovision',
      businessUnit: 'shift-bot',
    },
  ]);
  keeps([
    ['send me the final spend for mooring-trial, we deprovision it next week', 'spend', 'mooring-trial'],
    // (the unit here is read as "final", from "the final spend": a unit reading, left to the units kind)
    ['mooring-trial was deprovisioned last week, send me the final spend', 'spend'],
    ['what did mooring-trial spend before it was deprovisioned?', 'spend', 'mooring-trial'],
  ]);
});

describe('a token for N hours with a story after it is a token, not a key', () => {
  exactly([
    {
      text: "I'd like a token for 11 hours please, long shift on contractor onboarding and the doc checker needs it all day",
      intent: 'token',
      ttlSeconds: 39600,
    },
    {
      text: 'token for 6 hours please, the invoice parser needs it for the whole batch',
      intent: 'token',
      ttlSeconds: 21600,
    },
    {
      text: "i'd like a token for 8 hrs pls, audit day and the report checker needs it till close",
      intent: 'token',
      ttlSeconds: 28800,
    },
    {
      text: 'token for 5 hours pls, busy day on supplier onboarding and the form filler needs it',
      intent: 'token',
      ttlSeconds: 18000,
    },
    {
      text: 'need a token for 10 hours pls — night shift, the scheduler needs one all night',
      intent: 'token',
      ttlSeconds: 36000,
    },
  ]);
  neverActs([
    'I had a token for 11 hours yesterday, long shift on onboarding and the doc checker needed it all day',
    'a token for 11 hours would be nice, but not today',
  ]);
  keeps([
    ["I'd like a new api key for the doc checker, it needs one all day", 'create_key'],
    ['onboarding team ledger-ops, they need an api key', 'create_key', 'ledger-ops'],
  ]);
});

describe('a chatty message whose request is buried ("could we please have a key for it? Unit should be `x`")', () => {
  exactly([
    {
      text: "Hellooo!! Quick one (famous last words haha) — the IT contractors desk is finally getting the auto timesheet chaser thing Marco built!!! 🎉 He says it needs its own proper key, not one of the short ones, so could we please have a key for it? Unit should be `ts-chaser`. Marco will own it: <@U05MARCO1>. You're all stars ⭐⭐",
      intent: 'create_key',
      businessUnit: 'ts-chaser',
      owner: 'U05MARCO1',
    },
    {
      text: 'Hi all!! 👋 big day — the payroll desk is finally launching the invoice matcher Priya built 🎉 It needs a proper key (not a short one), so could we please have a key for it? Unit should be `inv-matcher`. Priya will own it: <@U05PRIYA1>. Thanks!!',
      intent: 'create_key',
      businessUnit: 'inv-matcher',
      owner: 'U05PRIYA1',
    },
    {
      text: "ok so after weeks of back and forth (don't ask 😅) legal signed off the clause finder!! could we get a key for it please? The unit should be `clause-finder` and Anna will own it: anna@example.com. Thanks a lot!!",
      intent: 'create_key',
      businessUnit: 'clause-finder',
      owner: 'anna@example.com',
    },
    {
      text: 'morning!! long story short, the yard team wants their crane scheduler live next week 🚢 could you please make us a key for it? Unit should be crane-sched. Tom will own it: <@U05TOM0001>',
      intent: 'create_key',
      businessUnit: 'crane-sched',
      owner: 'U05TOM0001',
    },
  ]);
  neverActs([
    "Hellooo!! Marco built the auto timesheet chaser thing 🎉 it already has its own proper key, so nothing needed from you. Unit is `ts-chaser`, Marco owns it: <@U05MARCO1>. You're all stars",
    'Could we please have a key for the meeting room? Marco will own it: <@U05MARCO1>',
    'Last month we had a key made for it, unit `ts-chaser`, Marco owns it <@U05MARCO1>. all good now ⭐',
  ]);
});
