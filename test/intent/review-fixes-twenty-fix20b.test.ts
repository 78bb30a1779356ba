/**
 * Round twenty, fix20b: review B of reads20 found plain requests that the new "not ours", "told to
 * people" and "limit asked" readers drop to unknown or help. Each finding's texts, then sentences of our
 * own per kind (requests that must stay requests; look-alikes that must stay unknown or help), written
 * before the parser's answer was looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly, keeps, nothingAsked } from './acted.js';
import { parsesWithoutHanging } from './hang-guard.js';

describe('1. a key asked for next to an everyday idiom (locked out, a spare, on the hook): a request', () => {
  keeps([
    ['locked out of the console again, can you get me a key for team phoenix', 'create_key'],
    ['can I get a spare key for the ml team?', 'create_key'],
    ["need a key for data-eng, the old one's gone walkabout", 'create_key', 'data-eng'],
    ["new key for payments please, I'm locked out", 'create_key', 'payments'],
    ['make me a key for growth and return it here', 'create_key', 'growth'],
    ["can't get in to the dashboard - give me a key for data-eng for 30 days", 'create_key'],
    ['whoever took the ops key last night, it leaked, kill it now', 'revoke'],
    // own
    ['locked out of bedrock, new key for the claims team please', 'create_key'],
    ['we are locked out, give us a key for the billing unit', 'create_key'],
    ['any spare keys? no wait — make me a key for data-eng', 'create_key', 'data-eng'],
    ["can't get in to the playground, need a key for growth", 'create_key', 'growth'],
    ["the old key's gone walkabout, issue a key for payments", 'create_key', 'payments'],
    ['on the hook for the launch, need a key for the ads team for 7 days', 'create_key'],
    ['whoever had the payments key, it leaked: revoke it now', 'revoke'],
    ['locked out again :( key for growth please', 'create_key', 'growth'],
  ]);
  it('gives expiryDays 30 when asked for 30 days', () => {
    expect(
      parseRequest("can't get in to the dashboard - give me a key for data-eng for 30 days").expiryDays,
    ).toBe(30);
  });
  nothingAsked([
    'whoever took the depot gate key please put it back, the drivers are locked out',
    'the van key has gone walkabout again, whoever has it please return it',
    'who borrowed the minibus key? it is not on the hook',
    'anyone got a spare key for the bike shed? locked out',
    "the hangar key isn't on the hook, the night crew can't get in",
    'whoever nicked the locker key, please put it back',
    'the caretaker has a spare key for the hall, drop it off at reception',
    'the stockroom key is gone walkabout, whoever took it return it please',
  ]);
});

describe('2. "regional X" as a unit: its requests stay', () => {
  keeps([
    ['how much has the regional sales team spent on AI this month?', 'spend'],
    ['list the keys for the regional reporting unit', 'details'],
    ['what models can the regional sales team use?', 'models'],
    ['deprovision the regional reporting unit', 'deprovision'],
    ['show tokens issued for regional sales last week', 'history'],
    // own
    ['regional sales spend last month?', 'spend'],
    ['create a key for the regional accounts team, 30 days', 'create_key'],
    ['rotate the key for regional reporting', 'rotate'],
    ['history for the regional sales team last week', 'history'],
    ['what has the regional budgets unit spent this quarter?', 'spend'],
    ['revoke the keys of the regional manager team', 'revoke'],
    ['token for the regional reporting unit, 2h', 'token'],
    ['deprovision regional-sales please', 'deprovision'],
  ]);
  nothingAsked([
    'which region is the Leeds depot in for the regional figures? North or Yorkshire?',
    'is Cardiff in the Wales region for the fundraising targets?',
    'which region does the Bath shop come under for the area manager?',
    'who is the regional director for the south west?',
    'which region is the Brixton site in for the regional accounts?',
    'are the regional targets out yet?',
    'the area manager wants the regional budgets by friday',
    'is Hull in the north region for the sales targets?',
  ]);
});

describe('3. a request, then an aside to the channel: the request stays', () => {
  keeps([
    ['rotate the ads key now; does anyone know whether the app picks it up automatically?', 'rotate', 'ads'],
    ["token for data-eng 4h please — anyone know if that's enough for the backfill?", 'token'],
    ['can someone pull the service history for van 12? rotate the fleet key after', 'rotate'],
    // own
    ['revoke the growth key. does anyone know who leaked it?', 'revoke', 'growth'],
    ['new api key for payments please — anybody know if billing needs one too?', 'create_key', 'payments'],
    ['deprovision the old-ops unit; anyone know where their dashboards went?', 'deprovision'],
    ['token 2h please. does anyone know whether the proxy caches it?', 'token'],
    ['rotate the key for growth — anyone know which service uses it?', 'rotate', 'growth'],
    ['can somebody check the rota? and revoke the ads key', 'revoke'],
    ['create a key for data-eng, 7 days; does anyone know if 7 is enough?', 'create_key', 'data-eng'],
    ['rotate the billing key now, anyone know if finance was told?', 'rotate', 'billing'],
  ]);
  nothingAsked([
    'does anyone know where the growth key lives?',
    'anyone know if the bot already rotated the ads key?',
    'does anybody know which region the depot team key is in?',
    'can someone pull the service history for van 3? it failed its MOT',
    'can someone check whether the billing key was rotated?',
    'does anyone know whether the payments token expired?',
    'anyone know if the data-eng team got their key?',
    'could someone look at the ads key rotation log?',
  ]);
});

describe('4. limit questions: a clear request keeps its intent, lifetime and Region', () => {
  exactly([
    {
      text: 'can I get a key for the etl team that lasts longer than 12h? 30 days ideally',
      intent: 'create_key',
      businessUnit: 'etl-team',
      expiryDays: 30,
    },
    {
      text: "can I get a token for 10h? I know more than 12 hours isn't allowed",
      intent: 'token',
      ttlSeconds: 36000,
    },
    {
      text: 'can I get a token for 3h? I want it before I plan the migration',
      intent: 'token',
      ttlSeconds: 10800,
    },
    {
      text: "can I get a key that expires in 30 days for finance? the old one doesn't expire and audit flagged it",
      intent: 'create_key',
      businessUnit: 'finance',
      expiryDays: 30,
    },
    {
      text: 'is bedrock live in us-east-1? need a token there for 3h',
      intent: 'token',
      ttlSeconds: 10800,
      region: 'us-east-1',
    },
  ]);
  keeps([
    ['could we get an api key that lasts more than 12 hours for the nightly batch?', 'create_key'],
    ["can we get a token for the etl team for 6h? asking ahead of tonight's run, need it at 6pm", 'token'],
    ["rotate the payments key or is that another team's job?", 'rotate'],
    // own
    ['can I get a key for growth for longer than 12 hours? 90 days', 'create_key', 'growth'],
    ['could we get a key that lasts more than twelve hours for data-eng?', 'create_key'],
    ['can I get a 4h token? more than 12h is not allowed, I know', 'token'],
    ['can I get a token for 2h? before I plan the sprint I want to test', 'token'],
    [
      'can we get a key for payments that expires in 7 days? the current one never expires',
      'create_key',
      'payments',
    ],
    ['is bedrock available in eu-west-1? token for 2h there please', 'token'],
    ['revoke the ads key or is that another team?', 'revoke'],
    ['can I get a token for 5h? need it now, the old one does not expire till tomorrow', 'token'],
  ]);
  exactly([
    {
      text: 'can I get a token that lasts longer than 12h? the night shift is 14h',
      intent: 'help',
      topic: 'limits',
    },
    {
      text: 'could I get a token for more than 12 hours? the shift runs 15h',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'can I get a 9h token? asking before I plan the audit day', intent: 'help', topic: 'limits' },
    { text: "is there a way to get a key that doesn't expire?", intent: 'help', topic: 'limits' },
    { text: 'can I get a key with no expiry? the kiosk cannot rotate', intent: 'help', topic: 'limits' },
    { text: 'in theory could I get a 12h token? not now', intent: 'help', topic: 'limits' },
    {
      text: 'can the bot give me a key for the crm plugin or is that a different system?',
      intent: 'help',
      topic: 'create_key',
    },
    {
      text: 'is bedrock even available in cape town?',
      intent: 'help',
      topic: 'regions',
      region: 'af-south-1',
    },
  ]);
});

describe('5. a model of our kind of thing (coding assistant, reasoning, chatbot) is ours', () => {
  keeps([
    ['which model of coding assistant is available on bedrock in eu-west-1?', 'models'],
    ['which model of reasoning is cheapest on bedrock?', 'models'],
    ['what model of chatbot should we use for support?', 'models'],
    ['what model is the marketing key allowed to call?', 'help'],
    // own
    ['which model of coding assistant can we use?', 'models'],
    ['what model of vision do you have for reading invoices?', 'models'],
    ['which model of chatbots can we call?', 'models'],
    ['what model is the ads token allowed to use?', 'help'],
    ['which model of genai can we use?', 'models'],
    ['what model of embeddings should we use?', 'models'],
    ['which model of llm is fastest in eu-west-2?', 'models'],
    ['what model of reasoning can the data team use?', 'models'],
  ]);
  nothingAsked([
    'what model of forklift is in the depot?',
    'which model of scanner does the lab have?',
    'what model is the site van? the insurer asks',
    'what model of drill did we hire?',
    'which model of kettle is in the staff room?',
    'what model are the school printers?',
    'which model of ultrasound did the clinic buy?',
    'what model of boiler is in the hall?',
  ]);
});

describe('6. another system or trade named, and a request of ours besides: the request stays', () => {
  keeps([
    ['history of RFI-0318, revoke the rfi key', 'revoke'],
    ["revoke priya's access to the crm and the bedrock key she made", 'revoke'],
    ["revoke the intern's access to the ai system", 'revoke'],
    // own
    ['history of NCR-12 is in the file; token for 2h please', 'token'],
    ["revoke Jo's access to the bedrock system", 'revoke'],
    ['the patient history export needs a key: create a key for clinic-data', 'create_key', 'clinic-data'],
    ["revoke Ben's access to Salesforce, and revoke the growth key too", 'revoke'],
    ['history call moved to 3. rotate the billing key please', 'rotate', 'billing'],
    ["cut off Mo's access to the portal and deprovision the old-portal unit", 'deprovision'],
    ['donation history is off again; create a key for the fundraising team please', 'create_key'],
  ]);
  it('"the history behind the ads key being revoked" is not unknown', () => {
    expect(parseRequest("what's the history behind the ads key being revoked?").intent).not.toBe('unknown');
  });
  nothingAsked([
    "remove Tom's access to the CRM, he left",
    "please revoke Ana's access to the shared drive",
    "revoke Priya's access to Procore, contract ended",
    'history of RFI-0412 please',
    'who was on the drawing register history call?',
    'the donation history for Mrs Lee looks off',
    "what's the history behind the shop's name?",
    "can you revoke the locum's access to the patient system",
  ]);
});

describe('7. a request in bullets under a line that is no log header: the request stays', () => {
  keeps([
    ['cannot log in to the console, need:\n- a token for data-eng\n- for 4h', 'token'],
    // own
    ["can't log in, need:\n- token for growth\n- 2h", 'token'],
    ['unable to log in to bedrock so:\n- rotate the ads key\n- and the billing key', 'rotate'],
    ['cannot log on today, please:\n- a token for ads\n- 3h', 'token'],
    ['failed to log in again, need:\n- a token for payments\n- 3h', 'token'],
    ['log in broken, need:\n- token for data-eng\n- 1h', 'token'],
    ['tried to log in, nope. need:\n- token\n- 2h', 'token'],
    ['locked out of the log in page; need:\n- a token for growth\n- 2h', 'token'],
    ['cannot log in\n- token for data-eng\n- 4h', 'token'],
  ]);
  nothingAsked([
    'Handover:\n* rotate the ads key done\n* token for data-eng 2h done',
    'Shift log 06:00\n- gate fixed\n- bedrock token expired, fine\n- next: delivery',
    'Ops log\n- backup ran\n- key for the report bot rotated by IT, fine',
    'Night handover\n- bed 2 stable\n- token for summaries expired 3am, fine',
    'Daily log\n- pour done\n- crane booked\n- key for summaries rotated at 5',
    'Handover 1800\n- fridge alarm reset\n- bedrock key rotated by IT, done',
    'Shift notes\n- forklift charging\n- token for the bot expired, no action',
    'Night log\n- lock fixed\n- token for the bedrock report expired',
  ]);
});

describe('8. a unit named after a vendor, a renew asked: the request stays', () => {
  keeps([
    ["the xero-sync team's api key expires friday — give us another one", 'create_key'],
    ["the third-party integrations team's key expires tonight, renew it please", 'rotate'],
    // own
    ['the stripe-billing key expires tomorrow, renew it', 'rotate'],
    ["the hubspot-sync team's key runs out friday — create a new one please", 'create_key'],
    ['our twilio-alerts key expires tonight, make a new one please', 'create_key'],
    ['the zendesk-bridge unit key expires monday, please rotate it', 'rotate'],
    ['the sendgrid-mailer team key is about to expire, give us a new one', 'create_key'],
    ['third-party integrations key expires soon, can I get another one?', 'create_key'],
  ]);
  nothingAsked([
    'the stripe api key expires friday, finance are on it',
    'the twilio key runs out friday',
    'the sendgrid api key (not aws) expires tonight',
    'the mailchimp api key is about to expire, marketing has it',
    'the xero api key expires next week, not ours',
    'the zendesk api key (third party) hit its quota',
    'heads up the hubspot api key expires tomorrow',
    'the google maps api key (not aws) expires tonight',
  ]);
});

describe("9. a person's access to another system, in any word order: never acted on", () => {
  it.each([
    "please revoke Tom's CRM access",
    "revoke Tom's Procore access please",
    'please revoke Tom’s access to the CRM',
    "revoke Tom Smith's access to the CRM",
    "remove Jo's Salesforce access",
    "revoke Ana's VPN access please",
    "please revoke the contractor's badge access",
    "disable Sam's SharePoint access",
  ])('%j', (text) => {
    expect(acted(text)).toBe(false);
  });
});

describe('the clause check and the new patterns stay fast on adversarial text', () => {
  const texts = [
    'history call, rotate the key. '.repeat(70),
    'whoever took the key; '.repeat(95),
    "revoke tom smith's crm access ".repeat(65),
    'key for a-a-a-a-a-a-a-a '.repeat(80),
    'regional sales team '.repeat(100),
    'log in\n- x\n'.repeat(160),
    'can i get a token? before i plan '.repeat(60),
    'what model of a '.repeat(125),
    ', '.repeat(1000),
    ' — '.repeat(660),
  ];
  parsesWithoutHanging(texts);
});
