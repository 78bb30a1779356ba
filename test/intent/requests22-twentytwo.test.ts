/**
 * Round twenty-two, requests22: requests whose intent or slots were read wrong in round twenty-one's blind
 * files (now tuned-{pharma,automotive,schools}), by kind. Sentences of our own, written before the parser's
 * answer was looked at (other units, verbs, word orders, lengths, Slack markup), and look-alikes that must
 * not change.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('"my manager said I can get X from you": the writer asks for it', () => {
  exactly([
    {
      text: "hello, I'm in procurement and not technical. my boss said I can get a token from you for the supplier review. 3 hours should do",
      intent: 'token',
      ttlSeconds: 10800,
    },
    {
      text: 'my lead said I could get a token from you for an hour, for the onboarding slides',
      intent: 'token',
      ttlSeconds: 3600,
    },
    {
      text: 'hi! my supervisor told me I can get the AI password from you. 2 hours is plenty',
      intent: 'token',
      ttlSeconds: 7200,
    },
    {
      text: 'sorry to bug you, my manager says I can get a token from you for the budget deck, 4h please',
      intent: 'token',
      ttlSeconds: 14400,
    },
    {
      text: 'my team lead said i can get a token from you — 90 mins is enough',
      intent: 'token',
      ttlSeconds: 5400,
    },
  ]);
  nothingAsked(['my manager said I can get a new laptop from IT next month']);
  neverActs([
    'my manager said I can get a token from you, is that true?',
    'my manager said I could get a token from you but I never needed one',
    'Dave, my manager said I can get a token from you for 2 hours',
    'ops said: rotate the billing key',
    'my manager said I can get a parking pass from you for 2 hours',
    'my manager said I can get a token from you for the summer',
    'my manager said I can get a token from you for 2 hours. is that right?',
  ]);
});

describe('"need bedrock for the day / N hours" is a person\'s token', () => {
  exactly([
    {
      text: 'need bedrock for the day - 8 hours - doing the monthly sales review for the North region portfolio',
      intent: 'token',
      ttlSeconds: 28800,
    },
    {
      text: 'need bedrock for the afternoon, 3 hours, for the Q2 cost review of the Plant 4 lines',
      intent: 'token',
      ttlSeconds: 10800,
    },
    { text: 'need bedrock for 2 hours, the Site 3 audit deck', intent: 'token', ttlSeconds: 7200 },
    {
      text: 'need bedrock for the morning — 4h — working on the year 9 portfolio reviews',
      intent: 'token',
      ttlSeconds: 14400,
    },
  ]);
  keeps([
    ['need a bedrock key for the plant-2-portfolio team', 'create_key', 'plant-2-portfolio-team'],
    ['bedrock key for plant-2-portfolio please', 'create_key', 'plant-2-portfolio'],
  ]);
  nothingAsked(['we need bedrock for the day-to-day stuff, not just demos', 'bedrock was down for the day']);
  // (written after the first fixes: a person addressed, told, a unit's need)
  neverActs(['Dave, need bedrock for 2 hours, the Site 3 audit deck']);
});

describe('a model named as what a token is for: "llama access for 2h"', () => {
  exactly([
    {
      text: 'llama access for 2h, comparing it with our in-house NER model on AE narratives',
      intent: 'token',
      ttlSeconds: 7200,
      provider: 'meta',
    },
    {
      text: 'claude access for 3 hours, comparing it against our own classifier on call notes',
      intent: 'token',
      ttlSeconds: 10800,
      provider: 'anthropic',
    },
    {
      text: 'mistral access for 1h please, benchmarking it against our model',
      intent: 'token',
      ttlSeconds: 3600,
      provider: 'mistral',
    },
    { text: 'llama access for 45 min', intent: 'token', ttlSeconds: 2700, provider: 'meta' },
    {
      text: 'Llama access for 4 hours — testing it vs our summariser model',
      intent: 'token',
      ttlSeconds: 14400,
      provider: 'meta',
    },
  ]);
  keeps([
    ['which llama models do you have?', 'models'],
    ['list models', 'models'],
  ]);
  neverActs([
    'does llama access need a special approval?',
    'llama access for 2h would be nice someday',
    'our model beat llama on the NER benchmark',
  ]);
});

describe('"about N hours" after a period word', () => {
  exactly([
    {
      text: "an AI pass for the afternoon? about 4 hours, I'm doing the Q3 warranty trend deck",
      intent: 'token',
      ttlSeconds: 14400,
    },
    {
      text: 'a token for the morning? roughly 3 hours, the budget pack is due',
      intent: 'token',
      ttlSeconds: 10800,
    },
    { text: 'token for the evening please, around 2 hours', intent: 'token', ttlSeconds: 7200 },
    {
      text: 'an AI pass for the afternoon, approx 5 hours, for the supplier scorecards',
      intent: 'token',
      ttlSeconds: 18000,
    },
    {
      text: 'a token for the day? about 6 hours. working on the ofsted prep',
      intent: 'token',
      ttlSeconds: 21600,
    },
  ]);
  nothingAsked(['the afternoon took about 4 hours, the deck is done', 'lunch was about 2 hours today lol']);
  neverActs(['about 4 hours ago the last token expired']);
});

describe('"model" in the story of a token request', () => {
  exactly([
    {
      text: 'an AI pass, 30 mins, for the model lesson I am demoing in front of the new-teacher cohort',
      intent: 'token',
      ttlSeconds: 1800,
    },
    {
      text: 'AI password for 1 hour please, I am showing the year 8 class how a language model works',
      intent: 'token',
      ttlSeconds: 3600,
    },
    {
      text: 'token, 45 mins, for the model answers I am writing for the GCSE mock',
      intent: 'token',
      ttlSeconds: 2700,
    },
    {
      text: 'an AI pass for 2h, I need it for the role model assembly slides',
      intent: 'token',
      ttlSeconds: 7200,
    },
    {
      text: 'token 1h, reviewing the pricing model deck with finance',
      intent: 'token',
      ttlSeconds: 3600,
    },
  ]);
  keeps([
    ['which models can I use with a token?', 'help'],
    ['what models are available?', 'models'],
    ['models in frankfurt', 'models'],
  ]);
});

describe('two requests: the first is the request', () => {
  exactly([
    {
      text: 'key for trial-feasibility please, and a token for me for 2h while I am at it',
      intent: 'create_key',
      businessUnit: 'trial-feasibility',
    },
    {
      text: 'a key for site-selection please, also a token for me for 1h',
      intent: 'create_key',
      businessUnit: 'site-selection',
    },
    {
      text: 'new key for dosing-calc, and while you are at it a token for 3h for me',
      intent: 'create_key',
      businessUnit: 'dosing-calc',
    },
    {
      text: 'create a key for the timetable-bot please and a 2h token for me',
      intent: 'create_key',
      businessUnit: 'timetable-bot',
    },
  ]);
  exactly([
    {
      text: "what's the diff between a token and an api key, in 1 sentence pls",
      intent: 'help',
      topic: 'key-kinds',
    },
  ]);
  keeps([
    ['a token for 2h please, and a key for trial-feasibility while I am at it', 'token'],
    ['token for me for 2h, for the trial-feasibility key review', 'token'],
  ]);
});

describe('"the old one was shared in …": a key exposed, rotate it', () => {
  keeps([
    [
      'new key for pk-modelling please, the old one was shared in an email thread with the CRO',
      'rotate',
      'pk-modelling',
    ],
    [
      'new key for crash-analytics please, the old one was shared in a teams chat with the supplier',
      'rotate',
      'crash-analytics',
    ],
    ['new key for `batch-release` pls — the old one was posted in a jira ticket', 'rotate', 'batch-release'],
    // (units25: the group a key was shared in names no unit; read as not ours until then.)
    [
      'need a new key for report-writer, the old one got shared in the parents whatsapp group',
      'rotate',
      'report-writer',
    ],
    [
      'new key for dealer-portal please, the old one was pasted in an email to the agency',
      'rotate',
      'dealer-portal',
    ],
    // requests whose other reading is right
    ['new key for pk-modelling please, the old one expires next week', 'create_key', 'pk-modelling'],
    ['new key for pk-modelling please', 'create_key', 'pk-modelling'],
  ]);
  neverActs([
    'the old one was shared in an email thread, so we rotated pk-modelling last week',
    'new key for the staff room please, the old one was shared in an email thread',
    'Dave, new key for pk-modelling please, the old one was shared in an email thread',
    'ops said: new key for pk-modelling, the old one was shared in an email',
    'the slides were shared in an email thread with the CRO',
  ]);
});

describe('a permanent AI login for a unit is a key, not a rotation', () => {
  exactly([
    {
      text: 'a permanent AI login for the data & assessment office please, the dashboards refresh overnight',
      intent: 'create_key',
      businessUnit: 'data-assessment-office',
    },
    {
      text: 'a permanent AI login for the exams office please, the reports run overnight',
      intent: 'create_key',
      businessUnit: 'exams-office',
    },
    {
      text: 'permanent AI password for the quality & compliance team please, the batch jobs run at night',
      intent: 'create_key',
      businessUnit: 'quality-compliance-team',
    },
    {
      text: 'a permanent AI login for the fleet-analytics team, the pipeline refreshes every night',
      intent: 'create_key',
      businessUnit: 'fleet-analytics-team',
    },
  ]);
  keeps([['reset the AI login for the exams office, it leaked', 'rotate', 'exams-office']]);
  neverActs(['the dashboards refresh overnight, the permanent login is fine']);
  keeps([['refresh the key for the exams office', 'rotate', 'exams-office']]);
});

describe('a kind named in a condition is not the kind revoked', () => {
  exactly([
    {
      text: 'revoke the owners-manual-rag key once the new access key works',
      intent: 'revoke',
      businessUnit: 'owners-manual-rag',
    },
    {
      text: 'revoke the lesson-planner key once the new api key is live',
      intent: 'revoke',
      businessUnit: 'lesson-planner',
    },
    {
      text: 'revoke the dealer-chat key as soon as the new access key works',
      intent: 'revoke',
      businessUnit: 'dealer-chat',
    },
    // requests whose other reading is right
    {
      text: 'revoke the access key for owners-manual-rag',
      intent: 'revoke',
      businessUnit: 'owners-manual-rag',
      keyKind: 'access-key',
    },
  ]);
});

describe('"please deprovision it" after the project named', () => {
  exactly([
    {
      text: 'project Falcon got cancelled (the autonomous valet parking one), please deprovision it',
      intent: 'deprovision',
      businessUnit: 'falcon',
    },
    {
      text: 'project Osprey was cancelled, please deprovision it',
      intent: 'deprovision',
      businessUnit: 'osprey',
    },
    {
      text: 'the Kestrel project got shelved (the in-car voice one) — deprovision it please',
      intent: 'deprovision',
      businessUnit: 'kestrel',
    },
    {
      text: 'team Heron was disbanded last week, can you deprovision it?',
      intent: 'deprovision',
      businessUnit: 'heron',
    },
  ]);
  neverActs([
    'project Falcon got cancelled, we deprovisioned it yesterday',
    'project Falcon got cancelled, should we deprovision it?',
    'Dave, project Falcon got cancelled, please deprovision it',
    'the bike shed got cancelled, please deprovision it',
  ]);
});

describe('"tear down everything for" an event that owns keys', () => {
  exactly([
    {
      text: 'tear down everything for the ota hackathon',
      intent: 'deprovision',
      businessUnit: 'ota-hackathon',
    },
    {
      text: 'tear down everything for the STEM fair, it was last weekend',
      intent: 'deprovision',
      businessUnit: 'stem-fair',
    },
    { text: 'tear down everything for the EV summit', intent: 'deprovision', businessUnit: 'ev-summit' },
    {
      text: 'please tear down everything for the adas hackathon, it ended friday',
      intent: 'deprovision',
      businessUnit: 'adas-hackathon',
    },
    {
      text: 'tear down everything for the GxP pilot please',
      intent: 'deprovision',
      businessUnit: 'gxp-pilot',
    },
    {
      text: 'shut down everything for the robotics fair, it was yesterday',
      intent: 'deprovision',
      businessUnit: 'robotics-fair',
    },
  ]);
  nothingAsked([
    'shut down everything for the snow day',
    'tear down everything for the summer',
    'tear down everything for the storm',
    'tear down everything for the fire drill',
  ]);
  neverActs([
    'ops said: tear down everything for hack week',
    'ops said: tear down everything for the ota hackathon',
    'Dave, tear down everything for the STEM fair please',
    'tear down everything for the big hackathon',
    'tear down everything for the first hackathon',
    'we tore down everything for the STEM fair last weekend',
    'tear down everything for the outage',
    'tear down everything for the book fair, the tables go back to the hall',
  ]);
});

describe('a request on a condition, and "now that" as a reason', () => {
  keeps([
    ['create key for the Title I office once the grant budget is signed off', 'create_key', 'title-i-office'],
    ['create a key for the exams office once the budget is approved', 'create_key', 'exams-office'],
    ['create key for the SEN office after the grant is signed off', 'create_key', 'sen-office'],
    [
      'rotate the key for the Title I office now that the new grant portal is live',
      'rotate',
      'title-i-office',
    ],
    ['rotate the key for the exams office now that the new portal is live', 'rotate', 'exams-office'],
    ['revoke the dealer-chat key now that the new vendor is live', 'revoke', 'dealer-chat'],
  ]);
  exactly([
    {
      text: 'rotate the key for the exams office now that the new portal is live',
      intent: 'rotate',
      businessUnit: 'exams-office',
    },
  ]);
  neverActs([
    'create key for the Title I office once the grant budget is signed off',
    'now that the new grant portal is live, the Title I office is happy',
  ]);
});

describe('"rotate it please" after a story that names the key', () => {
  keeps([
    [
      "we rotate recess duty every quarter and apparently we're supposed to rotate the ell-team key every quarter too. it's been two. rotate it please",
      'rotate',
      'ell-team',
    ],
    [
      "we rotate the lunch rota every month and I'm told the maths-dept key should be rotated every 90 days too. it's been 200. rotate it please",
      'rotate',
      'maths-dept',
    ],
    [
      'apparently the qa-bench key should be rotated every quarter. it has been a year. please rotate it',
      'rotate',
      'qa-bench',
    ],
  ]);
  neverActs([
    "we rotate recess duty every quarter and apparently we're supposed to rotate the ell-team key every quarter too",
    "we rotate recess duty every quarter. it's been two. rotate it please",
    'apparently the qa-bench key should be rotated every quarter. we did it last week',
  ]);
});

describe('a misspelt Region', () => {
  exactly([
    { text: 'tkn 1h virgina', intent: 'token', ttlSeconds: 3600, region: 'us-east-1' },
    { text: 'token 2h in virgina please', intent: 'token', ttlSeconds: 7200, region: 'us-east-1' },
    { text: 'tkn 3h frankfort', intent: 'token', ttlSeconds: 10800, region: 'eu-central-1' },
    { text: 'token 1h irland', intent: 'token', ttlSeconds: 3600, region: 'eu-west-1' },
    { text: 'token for 2h in singapur', intent: 'token', ttlSeconds: 7200, region: 'ap-southeast-1' },
    { text: 'tkn 4h tokio', intent: 'token', ttlSeconds: 14400, region: 'ap-northeast-1' },
    { text: 'token 1h virgnia', intent: 'token', ttlSeconds: 3600, region: 'us-east-1' },
    { text: 'token 2h in califronia', intent: 'token', ttlSeconds: 7200, region: 'us-west-1' },
  ]);
  keeps([['rotate the frankfort-ky key', 'rotate', 'frankfort-ky']]);
  nothingAsked(['my cousin lives in frankfort, kentucky', 'virginia woolf wrote a lot']);
});
