/**
 * Round twenty-eight, units28: requests whose intent was right but a slot wrong (round twenty-seven's blind
 * files, now tuned: orchestra, custody, locks). One describe per kind of misreading; the sentences are our
 * own, written before the parser's answer was looked at, with look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a letter with no accent to take off (ß, ø, æ) keeps its word whole: no airport code inside it', () => {
  slots([
    ['Hallo, ich brauche einen Token für 3 Stunden. Viele Grüße, Jonas', { ttlSeconds: 10800, region: null }],
    ['token 2h bitte — liebe Grüße, Anke', { ttlSeconds: 7200, region: null }],
    ['Grüß Gott! token für 4 Stunden bitte', { ttlSeconds: 14400, region: null }],
    ['brauche ein Token für 1 Stunde\nBeste Grüße\nM. Weiß', { ttlSeconds: 3600, region: null }],
    ['Hej! token for 2h please, mange hilsner fra Søren', { ttlSeconds: 7200, region: null }],
  ]);
  // look-alikes: the Region named as a place or a code keeps it
  slots([
    ['token 2h gru', { ttlSeconds: 7200, region: 'sa-east-1' }],
    ['token für 2 Stunden in São Paulo, viele Grüße', { ttlSeconds: 7200, region: 'sa-east-1' }],
    ['token 3h GRU pls', { ttlSeconds: 10800, region: 'sa-east-1' }],
    ['ein Token für 2 Stunden in Frankfurt bitte, Grüße', { ttlSeconds: 7200, region: 'eu-central-1' }],
  ]);
  nothingAsked(['Viele Grüße aus dem Urlaub!', 'Grüße an das ganze Team, bis Montag']);
});

describe('a person to be pinged or looped in "as the owner" is the owner', () => {
  slots([
    [
      'api key for ledger-sync please, loop in <@U02BBB222> as owner',
      { businessUnit: 'ledger-sync', owner: 'U02BBB222' },
    ],
    [
      'create a key for risk-bot and notify <@U03CCC333> as the key owner',
      { businessUnit: 'risk-bot', owner: 'U03CCC333' },
    ],
    [
      'new access key for recon-etl — ping <@U04DDD444|maria> as the owner pls',
      { businessUnit: 'recon-etl', owner: 'U04DDD444' },
    ],
    [
      'key for *treasury-ml*; ping <@U05EEE555> as its owner',
      { businessUnit: 'treasury-ml', owner: 'U05EEE555' },
    ],
  ]);
  // look-alikes: a person pinged, or the owner told, names no owner
  slots([
    ['create a key for risk-bot and ping <@U03CCC333>', { businessUnit: 'risk-bot', owner: null }],
    ['rotate the ads key and notify the owner', { businessUnit: 'ads', owner: null }],
    ['new key for recon-etl, loop in <@U04DDD444> please', { businessUnit: 'recon-etl', owner: null }],
  ]);
  neverActs([
    'ping <@U01AAA111> as the owner, she has the key to the store room',
    'can someone ping <@U01AAA111> as the owner of the van?',
  ]);
});

describe('the owner or a key lifetime named in another language ("Besitzer:", "eigenaar", "负责人", "有效期 30 天")', () => {
  slots([
    [
      'Hallo, wir brauchen einen API-Key für ledger-bot, 90 Tage, Eigentümer: <@U07ABC123>. Danke',
      { businessUnit: 'ledger-bot', owner: 'U07ABC123', expiryDays: 90 },
    ],
    [
      'wir brauchen einen Key für recon-etl, Besitzer <@U07XYZ789>, bitte',
      { businessUnit: 'recon-etl', owner: 'U07XYZ789' },
    ],
    [
      'necesitamos una api key para pagos-bot, propietario: <@U08QQQ111>',
      { businessUnit: 'pagos-bot', owner: 'U08QQQ111' },
    ],
    [
      'graag een api key voor factuur-bot, eigenaar: <@U0ASSS222>',
      { businessUnit: 'factuur-bot', owner: 'U0ASSS222' },
    ],
    [
      '请帮 ledger-sync 创建一个 API key，负责人 <@U0BTTT333>',
      { businessUnit: 'ledger-sync', owner: 'U0BTTT333' },
    ],
    ['请为 risk-ml 创建 api key，有效期 90 天', { businessUnit: 'risk-ml', expiryDays: 90 }],
    [
      'api key for doc-bot 有效期 45 天 负责人 <@U0CUUU444>',
      { businessUnit: 'doc-bot', expiryDays: 45, owner: 'U0CUUU444' },
    ],
  ]);
  // look-alikes: the owner of a flat, a car or a key to a door asks nothing; a plain request keeps its slots
  nothingAsked(['der Besitzer der Wohnung ist <@U07XYZ789>', 'el propietario del piso tiene la llave']);
  neverActs([
    'Der Eigentümer hat den Schlüssel für die Wohnung, bitte bei <@U07XYZ789> melden',
    '钥匙在负责人那里',
  ]);
  slots([
    [
      'wir brauchen einen API-Key für ledger-bot, 90 Tage',
      { businessUnit: 'ledger-bot', owner: null, expiryDays: 90 },
    ],
  ]);
});

describe('a form label with its measure in brackets ("Expires in (days)", "TTL (hours)") reads its value so', () => {
  slots([
    [
      'Workflow submission\n*Unit*\nrisk-ml\n*Expires in (days)*\n45',
      { businessUnit: 'risk-ml', expiryDays: 45 },
    ],
    ['Unit: recon-etl\nKey type: API key\nExpiry (days): 90', { businessUnit: 'recon-etl', expiryDays: 90 }],
    ['Request type: token\nDuration (hours): 4', { ttlSeconds: 14400 }],
    [
      '*Team*: ledger-sync / *Lifetime (days)*: 30 / *Owner*: <@U02SABINE4>',
      { businessUnit: 'ledger-sync', expiryDays: 30, owner: 'U02SABINE4' },
    ],
    ['Request type: token\nTTL (h): 6', { ttlSeconds: 21600 }],
    ['Workflow submission\n*Request type*\ntoken\n*Duration (hours)*\n4', { ttlSeconds: 14400 }],
  ]);
  // look-alikes: a label without a measure, and a report in a form's shape
  // (not yet right, left out: "Unit: recon-etl (staging)" reads the environment in brackets as the unit.)
  slots([['Unit: recon-etl\nKey type: API key\nExpiry: 90', { businessUnit: 'recon-etl', expiryDays: 90 }]]);
  nothingAsked(['Status: done\nBlockers (days lost): 3\nNext steps: rotate the van stock']);
});

describe("a key kind that belongs to other keys set aside (the exchange's API keys) is not the bedrock key's", () => {
  slots([
    [
      'rotate — not the HSM keys, not the exchange API keys — the bedrock key for ledger-sync',
      { businessUnit: 'ledger-sync', keyKind: null },
    ],
    [
      'after the Stripe API key leak last night please rotate the bedrock key for payouts-bot',
      { businessUnit: 'payouts-bot', keyKind: null },
    ],
    [
      'revoke the bedrock key for recon-etl, not the github access keys',
      { businessUnit: 'recon-etl', keyKind: null },
    ],
    [
      'pls rotate our bedrock key for risk-ml (the vendor API keys were rotated yesterday)',
      { businessUnit: 'risk-ml', keyKind: null },
    ],
  ]);
  // look-alikes: the kind said of the bedrock key itself stays
  slots([
    ['rotate the bedrock api key for ledger-sync', { businessUnit: 'ledger-sync', keyKind: 'api-key' }],
    ['revoke the access keys for recon-etl', { businessUnit: 'recon-etl', keyKind: 'access-key' }],
    [
      'create a bedrock API key for risk-ml, not an access key',
      { businessUnit: 'risk-ml', keyKind: 'api-key' },
    ],
  ]);
  neverActs([
    'we rotated the exchange API keys, not the bedrock key',
    'the exchange API key leak was not bedrock',
  ]);
});

describe("another kind of spend named beside ours (the van fuel spend, a spend report's subject) is no unit", () => {
  reads([
    ["what's our bedrock spend for last month? not the catering spend, finance has that", 'spend', null],
    ['AI spend in May please, I need it for the venue spend report', 'spend', null],
    ['bedrock spend this month pls — the travel spend is on a different sheet', 'spend', null],
    [
      'Finance wants the fleet fuel spend (done) and the AI one: <@U0BEDROCK> bedrock spend last month?',
      'spend',
      null,
    ],
    ['how much did we spend on bedrock in april, for the marketing spend review', 'spend', null],
  ]);
  // look-alikes: a unit named as whose spend is asked keeps it
  reads([
    ['spend for the touring team last month', 'spend', 'touring-team'],
    ['bedrock spend for growth in March', 'spend', 'growth'],
    ['what did ads spend last month?', 'spend', 'ads'],
    ['AI spend for catering-bot this month please', 'spend', 'catering-bot'],
    ['Finance asked for our Bedrock costs. what did risk-ml spend in May?', 'spend', 'risk-ml'],
    ['our AI spend is up — how much is ledger-sync spending on bedrock this month?', 'spend', 'ledger-sync'],
  ]);
  nothingAsked([
    'the van fuel spend went up again this month',
    'I spent the morning on the stock spend report',
  ]);
});

describe("a capitalised team name holding our words ('the Master Key Design team', 'the Key Management squad') is one name", () => {
  reads([
    ['can we get an api key for the Master Key Design team please', 'create_key', 'master-key-design-team'],
    [
      'rotate the bedrock key for the Key Management squad, she had it on her laptop',
      'rotate',
      'key-management-squad',
    ],
    ['I would like an access key for the Token Services team', 'create_key', 'token-services-team'],
    ['pls revoke the key of the Access Control group', 'revoke', 'access-control-group'],
    [
      'new api key for the *Key Cutting* team — they want the AI for quotes',
      'create_key',
      'key-cutting-team',
    ],
  ]);
  // look-alikes: a lowercase key of the trade is no team; a team named alone keeps its name
  reads([
    ['can we get an api key for the Design team please', 'create_key', 'design-team'],
    ['rotate the key for the master-data team', 'rotate', 'master-data-team'],
  ]);
  neverActs([
    'the Master Key Design team rotated the master key system for the Kingsway block',
    'the Key Management squad needs the key to the store room',
  ]);
  nothingAsked(['the master key design team is in the workshop today']);
});

describe('a number word ending a name said in words after "unit" is its number ("unit smart lock app two")', () => {
  reads([
    ['create a key for unit smart lock app two please', 'create_key', 'smart-lock-app-2'],
    ['rotate the key for unit alarm triage three', 'rotate', 'alarm-triage-3'],
    ['new key for unit quote drafter two owner me', 'create_key', 'quote-drafter-2'],
    ['revoke unit panel bridge four pls', 'revoke', 'panel-bridge-4'],
  ]);
  // look-alikes: a count or a lifetime after a name is no number of it
  reads([
    ['create a key for unit smart lock app, two weeks expiry', 'create_key', 'smart-lock-app'],
    ['rotate the two keys for unit alarm triage', 'rotate', 'alarm-triage'],
    ['create a key for smart-lock-app please', 'create_key', 'smart-lock-app'],
  ]);
  neverActs(['the smart lock app two is out of stock', 'unit two of the smart lock app has a jammed key']);
});
