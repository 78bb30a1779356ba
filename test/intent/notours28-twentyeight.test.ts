/**
 * Round twenty-eight, notours28: non-requests and questions misread (chit-chat and trade talk read as a request or
 * as help, questions about the bot without their help topic). Sentences of our own, written before the parser's
 * answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe("a trade's token moved in an amount ('token transfer of 2.5M USDT') is no token asked for", () => {
  nothingAsked([
    'token transfer of 2.5M USDT to Client 88 needs a second approver',
    'token swap of 1.2M USDC for client 12 is still pending',
    'the token sale of 3M XYZ closes on friday',
    'token burn of 10M tokens is scheduled for tomorrow',
    'token transfer (40M SOL) for client 7 got stuck in the queue',
  ]);
  neverActs(['Token transfer 500k ETH to the cold wallet — needs sign-off from ops']);
  // look-alikes: a token asked for with minutes written as M keeps its lifetime
  slots([
    ['token 45M pls', { intent: 'token', ttlSeconds: 2700 }],
    ['token for 90M', { intent: 'token', ttlSeconds: 5400 }],
    ['token 2h pls — testing the transfer script', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

describe('a token got with the bot, told in the past in Chinese (with thanks), asks nothing', () => {
  nothingAsked([
    '我昨天用机器人拿了token，很方便，谢谢大家',
    '上周我用bot拿了token，挺好用的',
    '昨天拿到了token，谢谢',
    '我刚才用机器人申请了token，很快，感谢！',
  ]);
  // look-alikes: a token asked for in Chinese
  keeps([
    ['我需要一个token，两个小时', 'token'],
    ['请给我一个token', 'token'],
    ['token 2小时 谢谢', 'token'],
  ]);
});

describe("a client's request reported with the answer already given ('I told them it's self-service') asks nothing", () => {
  neverActs([
    "the client asked us to rotate their API key for the custody API, I told them it's self-service in the portal",
    'a customer asked me to revoke their key, I pointed them to the portal',
    'partner asked us to rotate their api key for the payments API — told them to do it in their own dashboard',
    'the auditor asked us to revoke the old key; I explained it was already gone',
    'someone from the vendor asked us to create a key for them, I said no',
  ]);
  // look-alikes: the request passed on to the bot stands
  keeps([
    ['security asked us to rotate the payments key, can you do it?', 'rotate', 'payments'],
    ['rotate the payments key please, security asked', 'rotate', 'payments'],
  ]);
});

describe('physical keys in other languages (thanks for them, where they lie) ask nothing', () => {
  nothingAsked([
    'Dziękuję Marek za klucze 👍',
    'Danke Jonas für die Schlüssel!',
    'Liebe Kolleginnen und Kollegen, der Schlüssel für den Instrumentenraum liegt ab morgen beim Bühnenmeister. Bitte nicht mehr beim Pförtner fragen.',
    'der Schlüssel für den Probenraum liegt beim Hausmeister',
    'Die Schlüssel für das Lager hängen ab heute im Büro.',
    'dzięki za klucze do magazynu',
  ]);
  // look-alikes: a key asked for in German or Polish
  keeps([['Bitte einen neuen Schlüssel für das Team marketing-team erstellen', 'create_key']]);
});

describe("a locksmith's key cut or copied for a customer is no key asked for", () => {
  neverActs([
    'customer lost her spare key, can we cut one from code or does she need to come in',
    'can we cut a new key from the code on the lock?',
    'he lost his front door key, can we make a new one from the code card',
    'need two copies of the garage key cut for Mrs Hale',
    'lost the spare key for unit 4 — cut a replacement from code pls',
  ]);
  // look-alikes: a credential asked for
  keeps([
    ['new key for growth pls', 'create_key', 'growth'],
    ['we lost the api key for growth, can you make a new one', 'create_key', 'growth'],
  ]);
});

describe('whether the bot offers tokens in a place at all, a story with a unit and a stay after it, is help', () => {
  slots([
    [
      'can we get tokens in São Paulo at all? the tour team will be there for ten days',
      { intent: 'help', topic: 'regions', region: 'sa-east-1' },
    ],
    [
      'can we get tokens in Tokyo at all? the tour team will be there for two weeks',
      { intent: 'help', topic: 'regions', region: 'ap-northeast-1' },
    ],
    [
      'can we get tokens in frankfurt at all?? the *sales team* is there for a week',
      { intent: 'help', topic: 'regions', region: 'eu-central-1' },
    ],
    [
      'could I even get a token in Seoul? the korea team flies out for 5 days',
      { intent: 'help', topic: 'regions', region: 'ap-northeast-2' },
    ],
  ]);
  // look-alikes: a unit's own key asked in the question, a token asked for in a place
  keeps([
    ['is there a key for vector-db at all? the infra team asked', 'details', 'vector-db'],
    ['can I get a token in Tokyo for 2h?', 'token'],
    ['token 2h in São Paulo', 'token'],
  ]);
});

describe('how to get or apply for a credential, asked in other words or languages, has its topic', () => {
  slots([
    [
      'Wie bekomme ich einen API-Key für unsere Unit?',
      { intent: 'help', topic: 'create_key', keyKind: 'api-key' },
    ],
    ['wie kriegen wir einen api key?', { intent: 'help', topic: 'create_key', keyKind: 'api-key' }],
    ['请问怎么申请长期的 API key？', { intent: 'help', topic: 'create_key', keyKind: 'api-key' }],
    ['how do i apply for a long-term api key?', { intent: 'help', topic: 'create_key' }],
    [
      'bot what do i type to get the ai password? new here, mostly cut keys at the counter',
      { intent: 'help', topic: 'token' },
    ],
    ['what do I write to get an AI pass?', { intent: 'help', topic: 'token' }],
    ['<@U0BEDROCK> is there a doc page for you somewhere?', { intent: 'help', topic: 'general' }],
    ['is there a wiki page for u?', { intent: 'help', topic: 'general' }],
  ]);
  // look-alikes: a key asked for, and a doc page of another thing
  keeps([
    ['API key for growth please, 90 days', 'create_key', 'growth'],
    ['Bitte einen neuen Schlüssel für das Team marketing-team erstellen', 'create_key'],
  ]);
  nothingAsked(['is there a doc page for the sanctions process somewhere?']);
});

describe('the token cap asked on a condition ("longer than 12h if the MLRO agrees?") is help on limits', () => {
  slots([
    ['longer than 12h if the MLRO agrees?', { intent: 'help', topic: 'limits', ttlSeconds: null }],
    ['token longer than 12h if my lead signs off?', { intent: 'help', topic: 'limits', ttlSeconds: null }],
    [
      'more than twelve hours if the CISO is ok with it?',
      { intent: 'help', topic: 'limits', ttlSeconds: null },
    ],
    ['over 12 hours with CAB approval?', { intent: 'help', topic: 'limits', ttlSeconds: null }],
  ]);
  // look-alikes: a shift's hours, a token asked for
  neverActs(['can we go longer than 12h if the night shift agrees?']);
  slots([['token 12h please', { intent: 'token', ttlSeconds: 43200 }]]);
});

describe('a thing a change must spare ("without breaking the box office") is not whose key it is', () => {
  slots([
    ['how do I rotate a key without breaking the box office overnight?', { intent: 'help', topic: 'rotate' }],
    ['how can we rotate our key without taking down the shop?', { intent: 'help', topic: 'rotate' }],
    ['how do i revoke a key without disrupting the canteen tills', { intent: 'help', topic: 'revoke' }],
    ['how to rotate the api key without breaking the office wifi?', { intent: 'help', topic: 'rotate' }],
  ]);
  // look-alikes: the everyday thing's own key stays everyday
  nothingAsked([
    'how do I rotate the box office key without waking the manager?',
    'the office key is in the drawer',
  ]);
});

describe("a piece's, a name's or a callout's history is not the bot's history", () => {
  nothingAsked([
    "what's the performance history of the Elgar cello concerto here? did we do it in the 90s?",
    "what's the history of the Keelstone name? someone asked at onboarding",
    'callout history for the Parkside alarm: 6 false alarms this month',
    'anyone know the history of the Brightwater building?',
    'booking history for room 4 looks odd',
    'maintenance history of the lift at Hanover St pls',
  ]);
  // look-alikes: a unit's history asked
  keeps([
    ['history for growth last month', 'history', 'growth'],
    ['show me the history of the ads key', 'history', 'ads'],
  ]);
});

describe('where a team or a place is, by a region of the trade, asks nothing', () => {
  nothingAsked([
    'which region is the Singapore onboarding team under for MAS purposes?',
    'which region is Carlisle in for installs, north or scotland?',
    'what region is the new Leeds sales team in?',
    'which region is Dundee under for callouts, east or north?',
  ]);
  // look-alikes: which regions the bot offers
  slots([
    ['which regions can I get a token in?', { intent: 'help', topic: 'regions' }],
    ['token 2h in frankfurt', { intent: 'token', region: 'eu-central-1' }],
  ]);
});

describe('a belief told, then a colleague mentioned after it asked to check or handle it, is put to that person', () => {
  nothingAsked([
    'I think the tx-explainer key expires next week, <@U04NAVEEN7> can you double check and handle it?',
    'looks like the ads key leaked. <@U02ABCDEF> could you look into it?',
    'pretty sure the growth key is expiring soon — <@U0CCCCCC1> can u check?',
    'i believe the kyc key expires friday, <@U09ZZZZZZ> could you please take care of it',
  ]);
  // look-alikes: the bot asked first, or a person asked only to review
  keeps([
    ['rotate the ads key please, <@U02ABCDEF> can you review the PR?', 'rotate', 'ads'],
    ['<@U0BEDROCK> when does the tx-explainer key expire?', 'details', 'tx-explainer'],
  ]);
});

describe('lists, models and keys of the trade (sanctions lists, lock models, key blanks, locked out) ask nothing', () => {
  nothingAsked([
    'Is the sanctions list update automated or does someone upload it by hand?',
    'who updates the seating list for the Mahler?',
    'which lock models are we stocking for the council job?',
    'what boiler models do we fit as standard?',
    "Grace's team wants to know how much we spent on key blanks last month",
    'running low on key blanks, can someone order more',
    'who has the green-room keys? the soloist is locked out 😩',
    'anyone got the workshop keys? Dave is locked out again',
    "can someone explain how the risk model's lookback window works? 90 days or 180?",
    'could anyone explain the new rota to me?',
  ]);
  // look-alikes: our lists, models, spend and keys
  keeps([
    ['list all units', 'list'],
    ['which models can we use?', 'models'],
    ['how much did growth spend last month?', 'spend', 'growth'],
    ['rotate the growth key, the team is locked out of the console', 'rotate', 'growth'],
  ]);
});

describe('a scam warned of, our words its bait, asks nothing', () => {
  nothingAsked([
    "new phishing wave pretending to be our client API, asking for 'API key verification' — don't click",
    "heads up: scam emails asking for your bedrock token going round, don't reply",
    'someone impersonating IT is asking people to paste their API keys in a form. do not paste anything!',
    'beware — phishing site spoofing the AWS console, wants your access key',
  ]);
  // look-alikes: a phished key asked to be changed, a question about it
  keeps([['phishing mail got the ads key, rotate it please', 'rotate']]);
  neverActs(['I clicked a phishing link and typed my token, what do I do?']);
});
