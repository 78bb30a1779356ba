/**
 * Round twenty-nine, asks29: non-requests and questions that round twenty-eight's blind files (now
 * tuned-{film,rental,zoo}) misread, and decisions not to give a credential. Sentences of our own, written
 * before the parser's answer was looked at (other units, verbs, word orders, lengths, typos, Slack markup),
 * and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, neverActs, nothingAsked, reads } from './acted.js';

describe('a leading mention asked "could you …" by someone who is off, out or stuck elsewhere is put to that person', () => {
  nothingAsked([
    '<@U07RINA2> could you rotate the lab-bookings key on Friday? I’m off all week',
    '<@U03MARCO9> can you create a key for visitor-wifi-portal? I’m stuck in a meeting till 4',
    '<@U02TOMAS1> could u revoke the ticketing-sync key tmrw pls, im on leave',
    '<@U05PRIYA7> would you rotate *keeper-rota*’s key? I’m out sick today',
    'hey <@U08JONAS3>, can you make a new api key for `feed-scheduler`? I’m off tomorrow and it’s due',
    '<@U01HANNA4> could you revoke the old gift-shop key? I’m stuck at the loading dock with a delivery',
  ]);
  // look-alikes: no "can you" put to the one mentioned, or no mention first: the request stands
  reads([
    ['could you rotate the lab-bookings key? I’m off tomorrow', 'rotate', 'lab-bookings'],
    ['<@U0BEDROCK> can you rotate the feed-scheduler key?', 'rotate', 'feed-scheduler'],
    ['<@U0BEDROCK> rotate the gift-shop key pls', 'rotate', 'gift-shop'],
    [
      '<@U0BEDROCK> can you create a key for ticketing-sync? I’m off to the aviary after lunch',
      'create_key',
      'ticketing-sync',
    ],
    [
      '<@U0BEDROCK> I’m stuck in the billing-ops team’s queue, can you rotate its key?',
      'rotate',
      'billing-ops-team',
    ],
  ]);
});

describe('a decision or a statement not to have a credential ("no token for me today, thanks") asks nothing', () => {
  nothingAsked([
    'We decided in the meeting: no AI key for the HR team this year',
    'no token for me today, thanks',
    'decision from the steering group: no api key for marketing-ops until Q3',
    'nah, no token for me this time — I’ll pair with Sam',
    'agreed at standup: no new keys for the interns’ sandbox this sprint',
    'final answer from legal: *no* Bedrock access key for the contractors',
    'no long-term key for ads-lab for now, we’ll revisit in January',
  ]);
  // look-alikes: a credential asked for beside the "no"
  reads([
    ['token for 2h, no key needed', 'token', null],
    ['create a key for hr-team, no token needed', 'create_key', 'hr-team'],
    ['we have no key for billing-ops, please create one', 'create_key', 'billing-ops'],
  ]);
  neverActs(['no key for the HR team yet?', 'no token for me today']);
});

describe('a question about something done, put to a person mentioned after it, asks nothing of the bot', () => {
  nothingAsked([
    'did you revoke the staging key, <@U0ABC1234>?',
    'did you rotate the ads key yet, <@U02MIRA55>?',
    'have you revoked the old scanner key <@U04KEES11>?',
    'Did you already create the key for kiosk-app, <@U03SANNE8>? it’s not in details',
    'you rotated the billing key, right <@U06ODA77>?',
  ]);
  // look-alikes: the bot asked, or its mention at the end only copying it
  reads([
    ['can you revoke the staging key?', 'revoke', 'staging'],
    ['rotate the kiosk-app key please <@U0BEDROCK>', 'rotate', 'kiosk-app'],
  ]);
  neverActs(['did the bot revoke the staging key?', 'did you revoke the staging key?']);
});

describe("another system's login or a trade's credentials expiring is not our history", () => {
  nothingAsked([
    'my SAP login expired again, who do I ask to reset it?',
    'can’t get into Workday, has my password expired?',
    'my forklift credentials run out in March, who books the renewal course?',
    'are my VPN credentials expired? can’t connect from home',
    'my *ZooEasy* login expired yesterday — who resets those?',
  ]);
  // look-alikes: our credentials' record asked for, or a token asked after ours expired
  reads([
    ['when was the ads key last rotated?', 'history', 'ads'],
    ['my bedrock token expired, new one for 2h please', 'token', null],
  ]);
  neverActs(['my login expired, who resets those?']);
});

describe('a question about the bot in Italian, Dutch, Czech or Danish is help', () => {
  exactly([
    { text: 'ciao, come funziona questo bot?', intent: 'help', topic: 'general' },
    { text: 'come si usa il bot? cosa posso chiedere?', intent: 'help', topic: 'general' },
    { text: 'hoe werkt de bot eigenlijk?', intent: 'help', topic: 'general' },
    { text: 'Wat is het verschil tussen een token en een api key?', intent: 'help', topic: 'key-kinds' },
    { text: 'qual è la differenza tra un token e una api key?', intent: 'help', topic: 'key-kinds' },
    { text: 'jaký je rozdíl mezi tokenem a api klíčem?', intent: 'help', topic: 'key-kinds' },
    { text: 'hvad er forskellen på en access key og en api key?', intent: 'help', topic: 'key-kinds' },
  ]);
  // look-alikes: the same words about other things ask nothing
  nothingAsked(['come funziona la macchinetta del caffè?', 'hoe werkt de kassa in de winkel?']);
});

describe("how long another trade's approval takes, someone else approving something of theirs, asks nothing of the bot", () => {
  nothingAsked([
    'how long does the producer normally take to approve the shooting schedule?',
    'how long does legal take to approve a location contract usually',
    'how long does the vet take to sign off the transport plan?',
    'roughly how long does the showrunner take to approve a script change?',
  ]);
  // look-alikes: our requests' approval asked of the bot's help
  exactly([
    { text: 'how long does approval of a key usually take?', intent: 'help', topic: 'approvals' },
    { text: 'how long does it take to approve my token request?', intent: 'help', topic: 'approvals' },
  ]);
  neverActs(['how long does the director take to approve a new api key for post-prod?']);
});

describe("someone else's licence or permit running out, and whether they may still do the trade's thing, is no token", () => {
  nothingAsked([
    "customer's licence expiring next week, can he still rent for 10 days?",
    'her driving licence runs out on the 14th — can she still book the van for a week?',
    "the renter's permit expires tomorrow, can they still keep the car 3 days?",
    'his visa ends in March, can he still lease for 6 months?',
  ]);
  // look-alikes: a token asked for oneself, a lifetime in hours
  reads([['can I get a token for 10 hours?', 'token', null]]);
  neverActs([
    'can he still rent a token for 10 days?',
    'my token expires next week? can I still use it for 2h',
  ]);
});

describe('a question the team will talk over ("let’s discuss at the tools sync") asks nothing of the bot', () => {
  nothingAsked([
    'do we really need a separate key per show? seems like a lot of admin, let’s discuss at the tools sync',
    'should every squad have its own api key? feels like overkill — let’s talk about it on Thursday',
    'one token per editor or one per suite? let’s discuss at standup',
    'do we even need a key per venue? let’s bring it up at the ops sync',
  ]);
  // look-alikes: asked of the bot, or a request
  reads([['create a separate key for the show-7 team please', 'create_key', 'show-7-team']]);
  neverActs(['do we need a separate key per show?']);
});

describe("a door's key forgotten or held by someone, and someone asked to open up, is no credential", () => {
  nothingAsked([
    'I forgot the key to the penguin house, can someone open it for me?',
    'left my keys to the props store at home — can anyone let me in?',
    'Pavel has the keys to the prop room',
    'the keys for the edit suite are with Marta today',
    'Jeg har glemt nøglen til kontoret, kan nogen åbne for mig?',
    'klíče od skladu má Jana',
  ]);
  // look-alikes: our key lost or held, and a change asked
  reads([
    ['I lost the api key for growth-lab, please rotate it', 'rotate', 'growth-lab'],
    ['Pavel has the props-team api key, revoke it pls', 'revoke', 'props-team'],
  ]);
  neverActs(['I forgot the key for growth-lab']);
});

describe('who is doing a change now ("who’s deprovisioning the old microchip reader?") asks the people, not the bot', () => {
  nothingAsked([
    'who’s deprovisioning the old badge printer? it still pings the network',
    "who's rotating the growth key this time?",
    'who is removing the old cctv recorder from the vlan?',
    'who’s setting up the new kiosk for the reptile house?',
    'anyone know who is revoking the summer temps’ till logins?',
  ]);
  // look-alikes: who did it (the record), who may do it (help), a request beside it
  reads([
    ['who rotated the growth key?', 'history', 'growth'],
    ['rotate the growth key please, who’s on call tonight?', 'rotate', 'growth'],
  ]);
  exactly([{ text: 'who can deprovision a unit?', intent: 'help', topic: 'deprovision' }]);
});

describe("another trade's tokens counted or handed out (car-park, meal, drink tokens) are not ours", () => {
  nothingAsked([
    'how many car-park tokens do we give the volunteers per shift?',
    'how many meal tokens does each keeper get per day?',
    'do the crew still get 2 drink tokens at wrap?',
    'how many parking tokens are left for the weekend volunteers?',
  ]);
  // look-alikes: our tokens' limits asked of the bot
  exactly([{ text: 'how many tokens can I get per day?', intent: 'help', topic: 'limits' }]);
  neverActs(['how many tokens do we give the interns per day?']);
});

describe('a habit told in the first person ("I do this every morning at unit call") is a remark, not a question', () => {
  nothingAsked([
    '> <@U0BEDROCK> token 6h\nhaha same, I do this every morning at unit call',
    'I do this every morning at unit call',
    'lol we do that every single sprint',
    '> token 2h please\nsame here, I do it every day before the 9am stand-up',
    'ha, I ask for one every morning at call time',
  ]);
  // look-alikes: a request beside the habit, or the habit asked about
  reads([
    ['token 6h please, I do this every morning', 'token', null],
    ['rotate the ads key, we do that every quarter anyway — now please', 'rotate', 'ads'],
  ]);
  neverActs(['do I have to do this every morning?']);
});
