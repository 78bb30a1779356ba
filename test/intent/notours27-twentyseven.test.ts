/**
 * Round twenty-seven, notours27: non-requests and questions misread, from round twenty-six's blind files (now
 * tuned-{water,club,fab}). Sentences of our own, written before the parser's answer was looked at (other units,
 * verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a physical thing of the trade turned by degrees or put in a position is no rotation of ours', () => {
  const texts = [
    'rotate the wafer 180 degrees before the scan, flat up',
    'pls rotate the panel 90° clockwise before mounting',
    'Rotate the cassette 45 deg so the notch faces the door',
    'rotate the pump impeller a quarter turn by hand before restart',
    'can you rotate the banner 90 degrees on the stadium screen?',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['rotate the key for the kiosk', 'rotate', 'kiosk'],
    ['rotate the wafer-vision key, 90 days is up', 'rotate', 'wafer-vision'],
    ['rotate the key for scada-alarms, it was in a screenshot', 'rotate', 'scada-alarms'],
  ]);
});

describe("the trade's own history and rotations (a match record, a player rotated, a shift) are not ours", () => {
  const texts = [
    'head-to-head history vs City: three draws in a row 🙃',
    'who rotated the left back at half time? the physio wasnt told',
    'who rotated the night shift last week? the rota is a mess',
    'club history vs Rovers goes back to 1898, check the museum',
    'transfer history of our new striker is wild: 6 clubs in 4 years',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['who rotated the growth key last week?', 'history', 'growth'],
    ['history for the scouting unit please', 'history', 'scouting'],
    ['who rotated the key for match-reports?', 'history', 'match-reports'],
  ]);
});

describe('a retold dialogue (name: line, Me: line) tells of a request, it does not make one', () => {
  const texts = [
    'Andrei: rotate the key\nMe: which key\nAndrei: the one for the kiosk 🙄',
    'Priya: can you revoke the ads key\nme: which one??\nPriya: idk the old one',
    'boss: make a key for the scouting app\nme: for which unit\nboss: just do it 🤷',
    'Tom: revoke it\nMe: revoke what\nTom: the key, obviously\nclassic monday',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['rotate the key for the kiosk', 'rotate', 'kiosk'],
    ['Andrei asked me to rotate the key for the kiosk, can you do it?', 'rotate', 'kiosk'],
  ]);
});

describe("a story in another language of a token the bot gave before ('gestern … gegeben') asks nothing", () => {
  const texts = [
    'Gestern hat der Bot mir einen Token für 2 Stunden gegeben, alles gut',
    'gestern hab ich einen token für 3h bekommen, hat geklappt',
    'Ayer el bot me dio un token de 2 horas, todo bien',
    'Hier le bot m’a donné un token pour 4h, ça marche',
  ];
  nothingAsked(texts);
  neverActs(texts);
  slots([
    ['token für 2 Stunden bitte', { intent: 'token', ttlSeconds: 7200 }],
    ['Kannst du mir einen Token für 2 Stunden geben?', { intent: 'token', ttlSeconds: 7200 }],
    ['un token de 2 horas por favor', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

describe('"key" as an adjective (key sites, key players) and other systems\' credentials complained of are not ours', () => {
  const texts = [
    'key sites for the drought plan are Llandegfedd, Talybont and Ponsticill',
    'key players for Saturday: Silva, Okafor and the new keeper',
    'the key points for the board: capex, leakage and the sewer overflow report',
    'telemetry credentials for the Dolygaer logger expire every 90 days, pain',
    'SCADA vendor credentials expire every 30 days, so annoying',
    'tool vendor portal credentials expire end of month, who renew them?',
    'ticketing portal passwords expire every 60 days which is a nightmare for the box office',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['key for key-sites-map pls', 'create_key', 'key-sites-map'],
    ['key for the telemetry unit, 90 days', 'create_key', 'telemetry'],
    ['our telemetry key expires in 3 days, pls rotate it', 'rotate', 'telemetry'],
  ]);
});

describe("a list of the trade's own things (valves, players, lots) is no list of our units", () => {
  const texts = [
    "Gareth's line for the valve exercise programme: list every valve over 300mm that hasn't moved in 5 years",
    'list every hydrant in zone 4 that failed the flow test',
    'ask the scouts to list every player under 21 with a release clause',
    'which lot list should I use, the hold list or the WIP list?',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['list my keys', 'list', null],
    ['list every unit', 'list', null],
    ['list all units please', 'list', null],
  ]);
});

describe('questions put to people or about the trade ("does anyone know", "who owns the template") ask nothing of the bot', () => {
  const texts = [
    'does anyone know who owns the meter-insights unit? need to ask them about the Feb reads',
    'does anybody know who owns the scout-notes app? want to ask about the export',
    'PM checklist for CMP-05 missing step 14, who owns the template?',
    'who owns the shift handover template? section 3 is out of date',
    'any idea why the leak-triage summaries say "valve key required" for every job? 😂',
    'how long does transfer sign-off usually take with this board?',
    'how long does the council usually take to approve a road closure?',
    'which region is the Dresden fab in for export classification, EU or rest-of-world?',
    'is the bot slow today or just me?',
    'revoke? rotate? I leave it to security, not my call',
    'obrigado galera!! valeu pela ajuda ⚽🇧🇷',
    'danke euch, hat super geklappt',
    'rotate or revoke? not my call, ask the platform team',
    'deprovision? revoke? leaving that to the owners tbh',
    'any idea why the pump reports say "key fault" on every run?',
    "any idea what the 'token expired' banner on the SCADA screen means? 🙃",
    'any ideas why the scoreboard shows the wrong minute?',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['who owns the meter-insights unit?', 'details', 'meter-insights'],
    ['details for meter-insights', 'details', 'meter-insights'],
    ['revoke or rotate, which should I do for a leaked key?', 'help', null],
    ['rotate? yes please, the ads key', 'rotate', 'ads'],
    ['any idea why my token says expired already?', 'help', null],
    ['any idea how long a token lasts?', 'help', null],
  ]);
  neverActs(['revoke? rotate? I leave it to you', 'rotate or revoke? not my call, ask the platform team']);
});

describe('which models a token or our policy allows is help (topic models); which models there are is models', () => {
  exactly([
    {
      text: 'which claude models can i use with a token',
      intent: 'help',
      topic: 'models',
      provider: 'anthropic',
    },
    {
      text: 'which models are allowed? asking before I build the match-report prompt',
      intent: 'help',
      topic: 'models',
    },
    { text: 'what models can I call with my token?', intent: 'help', topic: 'models' },
    { text: 'which models are we allowed to use', intent: 'help', topic: 'models' },
    { text: 'which llama models does a token work with?', intent: 'help', topic: 'models', provider: 'meta' },
  ]);
  exactly([
    { text: 'which models can I use in Frankfurt?', intent: 'models', region: 'eu-central-1' },
    { text: 'which models can we use?', intent: 'models' },
    { text: 'which anthropic models can we use', intent: 'models', provider: 'anthropic' },
  ]);
});

describe('a question to the bot about its doc, where my key goes or may be kept, is help', () => {
  exactly([
    {
      text: 'is it ok to keep my key in a text file on the outstation laptop?',
      intent: 'help',
      topic: 'general',
    },
    { text: 'is it fine to keep my token in a sticky note on my desk?', intent: 'help', topic: 'general' },
    {
      text: 'can i keep my api key in a notes app on my phone',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    {
      text: 'is there a doc for the bedrock bot somewhere? the intern wiki only talks about the ticketing login',
      intent: 'help',
      topic: 'general',
    },
    { text: 'is there a wiki page for the bot anywhere?', intent: 'help', topic: 'general' },
    {
      text: 'which environment variable does the api key go in, for python boto3?',
      intent: 'help',
      keyKind: 'api-key',
    },
    { text: 'what env var does the api key go in for node?', intent: 'help', keyKind: 'api-key' },
    {
      text: 'can I use claude with a token or do I need a key?',
      intent: 'help',
      topic: 'key-kinds',
      provider: 'anthropic',
    },
    {
      text: 'can i use llama with a token or do i need an api key?',
      intent: 'help',
      topic: 'key-kinds',
      provider: 'meta',
    },
  ]);
  exactly([
    { text: 'what is an access key vs a token?', intent: 'help', topic: 'key-kinds', keyKind: 'access-key' },
  ]);
  reads([
    ['details for python-boto3', 'details', 'python-boto3'],
    ['details for ticketing', 'details', 'ticketing'],
    ['help python-boto3', 'help', null],
  ]);
});
