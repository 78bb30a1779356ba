/**
 * Round twenty-four, notours24: non-requests read as actions or reads, from round twenty-three's blind files
 * (now tuned-{railway,brewery,satellite}). Sentences of our own, written before the parser's answer was looked
 * at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked } from './acted.js';

type Row = readonly [text: string, intent: string, unit?: string | null];

const reads = (rows: Row[]) =>
  it.each(rows.map((r) => ({ text: r[0], intent: r[1], unit: r[2] })))('$text', ({ text, intent, unit }) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    if (unit !== undefined) expect(parse.businessUnit ?? null).toBe(unit);
  });

describe('advice to someone else ("I\'d rotate X if I were you") asks nothing of the bot', () => {
  const texts = [
    'if I were you I would revoke the fleet-ml key before the audit',
    "honestly I'd deprovision the old-pricing unit if I were you, nobody has used it since may",
    'id rotate ur signalling key if i was u tbh',
    "I'd rotate the *crm-sync* key if I were in your shoes, it was on the big screen in the demo",
    "If I was you I'd get a new key for the rostering team, the old one is in a slide deck",
    "I would revoke that `ops-dash` key if I were you Priya, but it's your call",
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    [
      "I'd like to rotate the delay-predictor key, it's been sitting in a notebook for ages",
      'rotate',
      'delay-predictor',
    ],
    ['please revoke the fleet-ml key, if you ask me it should have gone last week', 'revoke'],
    ['I would like a new key for the rostering team', 'create_key', 'rostering-team'],
    ['rotate the crm-sync key', 'rotate', 'crm-sync'],
  ]);
});

describe("the trade's own keys, credentials and tokens, asked of people, are not ours", () => {
  const texts = [
    'the key for the signal box cabinet at platform 2 is missing, who had it last?',
    'does anyone have the VAT portal credentials? the return is due monday',
    'anyone got the login credentials for the customs gateway? need to file the declaration',
    'generate new encryption keys for the uplink on SAT-09 before launch, security has to sign both',
    'access token for the booking portal: the client wants 20 more seats, who signs that off?',
    'the spare key for the cold store on dock 3 is gone again, who took it?',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['create a key for the signalling team', 'create_key', 'signalling-team'],
    ['generate a new api key for sat-ops, 30 days', 'create_key', 'sat-ops'],
    ['who approves a token for 2h?', 'help'],
    ['can I get a token for 2 hours?', 'token', null],
  ]);
});

describe("the trade's own histories (a measurement's, a place's, a story) are not ours", () => {
  const texts = [
    'show me the temperature history of fermenter 4 since tuesday',
    'pull up the voltage history for battery 3 since the eclipse please',
    'please look at the telemetry history for SAT-02, the heater is odd',
    'the maintenance history of unit 158 shows two door faults, can someone check with the depot?',
    'bit of history for the new starters: the brewery opened in 1892',
    'the stock history shows 4 kegs missing from the cellar, can someone count again?',
  ];
  nothingAsked(texts);
  reads([
    ['show me the history of the ads key', 'history'],
    ['history for growth last month', 'history', 'growth'],
    ["what's the key history for the delay-predictor unit?", 'history', 'delay-predictor'],
    ['when was the sat-ops key last rotated?', 'history', 'sat-ops'],
  ]);
});

describe('actions on other systems (a login, rights, a server) are not ours to do', () => {
  const texts = [
    "IT pls deprovision Anna's POS login, she left on friday",
    "can someone revoke Tom's VPN access, his last day was yesterday",
    'deprovision the old build server in rack 2, it has been dead since the power cut',
    "revoke portal rights for customer BLUE-SKY, they haven't paid since january",
    'pls deprovision the staging database VM, we moved to the new cluster',
    'revoke the badge access of the contractor from Acme, contract ended',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['deprovision the old-pricing unit, nobody uses it', 'deprovision', 'old-pricing'],
    ['revoke the key for customer-portal', 'revoke', 'customer-portal'],
    ['deprovision marketing-analytics, the team was dissolved', 'deprovision', 'marketing-analytics'],
    ["revoke the till-app key, Marek's last day was friday", 'revoke', 'till-app'],
  ]);
});

describe('an echo question ("list? what list?") asks nothing', () => {
  nothingAsked([
    'rotate? rotate what? nobody told me about a rotation',
    'history? what history, we only started in june',
    'key? which key, the one for the bike shed?',
    'list? what list? I never got the roster email',
  ]);
  reads([
    ['list', 'list'],
    ['list all units please', 'list'],
    ['history for growth?', 'history', 'growth'],
  ]);
});

describe('a greeting with no question is unknown, not help', () => {
  nothingAsked([
    'morning all from the signal box, foggy out here',
    'hello from the ground station :wave: first pass at 04:10',
    'good evening from the cellar 🍺 last brew of the week is in',
    'Good morning from the night shift! coffee is on',
  ]);
  reads([
    ['good morning! can I get a token for 2h?', 'token', null],
    ['morning from the brewhouse, rotate the brewery-ops key pls', 'rotate', 'brewery-ops'],
    ['hello bot, what can you do?', 'help'],
  ]);
});

describe('a question to colleagues about using the bot is a discussion, not a question to it', () => {
  nothingAsked([
    "are we meant to get our own key from the bot or use ops' one? what do you all reckon",
    'do we each ask the bot for a token or does the lead get one for everyone? opinions?',
    'should we get a key from the bot or keep sharing the one finance has, what do you think?',
    'do we ask the bot for our own key or borrow the platform team one? thoughts',
  ]);
  reads([
    ["do I get my own key from the bot or borrow the data team's one?", 'help'],
    ['how do I get a key from the bot?', 'help'],
    ['should I use a token or an api key?', 'help'],
  ]);
});
