/**
 * Round twenty-nine, train29: kinds of the train split's misreadings. Sentences of our own, written before the
 * parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe("the asker's own units asked, with a remark after the question ('what are my units? I forget')", () => {
  slots([
    ['what are my units? I forget', { intent: 'list', owner: 'me', businessUnit: null }],
    ["which units are mine? can't remember 🙈", { intent: 'list', owner: 'me', businessUnit: null }],
    ['what are my teams? I lost track', { intent: 'list', owner: 'me', businessUnit: null }],
    [
      '<@U0BOTID> what are my units? sorry, forgot again',
      { intent: 'list', owner: 'me', businessUnit: null },
    ],
    ['which business units do I own? for my 1:1 notes', { intent: 'list', owner: 'me', businessUnit: null }],
    ['what r my units?? i always forget', { intent: 'list', owner: 'me', businessUnit: null }],
  ]);
  // look-alikes: someone else's units, all units, or another thing of one's own
  slots([
    ['what units does <@U07ANNA22> own? she is out today', { intent: 'list', owner: 'U07ANNA22' }],
    ['what are all the units? I forget', { intent: 'list', owner: null }],
  ]);
  neverActs(['what are my plans for the weekend? I forget', 'what was my password again? I forget']);
  nothingAsked(['what are my plans for the weekend? I forget']);
});

describe("'one' in a reply, whose credential the quoted message names ('> no keys yet ⏎ ok then create one for kyc')", () => {
  slots([
    [
      '> <@U0BOTID> details for kyc\n> no keys yet\n<@U0BOTID> ok then create one for kyc, 90 days, owner <@U05MIRA01>',
      { intent: 'create_key', businessUnit: 'kyc', expiryDays: 90, owner: 'U05MIRA01' },
    ],
    [
      '> <@U0BOTID> details for fraud-ml\n> fraud-ml has no keys\nok, make one for fraud-ml please',
      { intent: 'create_key', businessUnit: 'fraud-ml' },
    ],
    [
      '> no api key found for growth\n<@U0BOTID> then generate one for growth, 30 days',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: 30 },
    ],
    [
      '&gt; details for ads\n&gt; no keys\ncreate one for ads, owner <@U0ADSOWN1>',
      { intent: 'create_key', businessUnit: 'ads', owner: 'U0ADSOWN1' },
    ],
  ]);
  // look-alikes: one told of for later, a quote that names no credential, and "one" with nothing before it
  neverActs([
    "> no keys yet\nok then I'll make one for the slides later",
    '> the retro is at 3\nok then create one for the kyc retro notes',
    '> <@U0BOTID> details for kyc\n> no keys yet\nok, one for the road then 🍺',
    'create one for growth',
  ]);
});

describe("'a new one' after a token of ours told of before it ('my token expired … can I have a new one, 2h')", () => {
  slots([
    [
      'My previous token was for 12h but I closed the terminal. can I have a new one, just 2h this time',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    [
      'my token from this morning expired. can I get a new one for 3h?',
      { intent: 'token', ttlSeconds: 10800 },
    ],
    ['lost my token when the laptop rebooted, new one pls, 1h', { intent: 'token', ttlSeconds: 3600 }],
    [
      'the 2h token ran out mid-demo, could I have a fresh one for 90 min?',
      { intent: 'token', ttlSeconds: 5400 },
    ],
  ]);
  // look-alikes: a new one of another thing, or none wanted
  neverActs([
    'my phone died, can I have a new one?',
    'my badge expired, can I get a new one for 3 days?',
    "my token expired but I don't need a new one",
  ]);
});

describe("a colleague named as the one who needs the credential is its owner ('my colleague <@U…> needs the AI password')", () => {
  slots([
    [
      'my colleague <@U05HRPAUL> from HR needs the AI password for 1 hour, he is new. can you do it for him?',
      { intent: 'token', owner: 'U05HRPAUL', ttlSeconds: 3600 },
    ],
    [
      '<@U0BOTID> my teammate <@U07ANNA22> needs a token for 2h, can you do it for her?',
      { intent: 'token', owner: 'U07ANNA22', ttlSeconds: 7200 },
    ],
    [
      "our new analyst <@U06NEWBIE> needs a bedrock token for 3 hours, she's not in this channel yet",
      { intent: 'token', owner: 'U06NEWBIE', ttlSeconds: 10800 },
    ],
    [
      'our intern <@U07ANNA22> on the data team needs a token for 3h',
      { intent: 'token', owner: 'U07ANNA22' },
    ],
  ]);
  // look-alikes: a person told of, the one it is shared with, or who needs something else
  slots([
    ['token for 2h for the workshop — <@U07ANNA22>', { intent: 'token', owner: null }],
    ['token 2h pls, I got the numbers from <@U07ANNA22> in finance', { intent: 'token', owner: null }],
  ]);
  nothingAsked(['my colleague <@U05HRPAUL> needs a new laptop']);
});

describe("another team's plan told after the request ('… the internal team will request their own') is story, not the unit", () => {
  reads([
    [
      'Contract end handover: deprovision `creative-ai`. Keys are no longer needed, the internal team will request their own.',
      'deprovision',
      'creative-ai',
    ],
    ['revoke the key for `vendor-bot`, the platform team will set up a new one', 'revoke', 'vendor-bot'],
    ['please rotate `ml-scratch` — the data science team saw it in a screenshot', 'rotate', 'ml-scratch'],
    ['deprovision `old-search`; the search team moved to search-v2', 'deprovision', 'old-search'],
    [
      'deprovision creative-ai. the internal team will get their own keys later.',
      'deprovision',
      'creative-ai',
    ],
    ["deprovision old-bi. they'll request a new key for the looker team next week", 'deprovision', 'old-bi'],
    ['rotate ml-scratch — the data team will create their own', 'rotate', 'ml-scratch'],
  ]);
  // look-alikes: the team is the unit named, or the name in backticks is given as the team's
  reads([
    ["rotate the marketing team's key", 'rotate', 'marketing-team'],
    ['deprovision the `legacy-chat` unit, the support team agreed', 'deprovision', 'legacy-chat'],
    ['create a key for the payments team (`payments-core` in your system)', 'create_key', 'payments-core'],
    ['will you create a key for growth?', 'create_key', 'growth'],
  ]);
  neverActs([
    'the platform team will request a key next sprint',
    'they will rotate their own keys after the audit',
  ]);
});

describe("'all' told of in a story sentence while one key is asked ('we are rotating all vendor credentials … rotate the key for X')", () => {
  slots([
    [
      'Hi — we are rotating all vendor credentials before the audit. Please rotate the key for media-buying.',
      { intent: 'rotate', businessUnit: 'media-buying', all: false },
    ],
    [
      'Security is revoking all keys older than a year this week. Can you revoke the key for ads-legacy?',
      { intent: 'revoke', businessUnit: 'ads-legacy', all: false },
    ],
    [
      'every team is rotating all their keys this quarter. rotate the recsys key now pls',
      { intent: 'rotate', businessUnit: 'recsys', all: false },
    ],
  ]);
  // look-alikes: all of a unit's keys asked
  slots([
    ['we found a leak. Please rotate all keys for media-buying.', { intent: 'rotate', all: true }],
    ['rotate all the keys for growth, the vendor saw them', { intent: 'rotate', all: true }],
    ['revoke the keys for sales', { intent: 'revoke', all: true }],
  ]);
});

describe("a model family named as what a token measures ('the haiku latency benchmark') states its maker", () => {
  slots([
    ['need a token for the haiku latency benchmark. 20 min', { intent: 'token', provider: 'anthropic' }],
    ['token 2h, running haiku evals', { intent: 'token', provider: 'anthropic' }],
    ['token for 1h pls, haiku throughput test', { intent: 'token', provider: 'anthropic' }],
    ['token 3h for a haiku benchmark in us-east-1', { intent: 'token', provider: 'anthropic' }],
  ]);
  // look-alikes: a poem
  slots([
    ["token 2h, I'll write a haiku about it", { provider: null }],
    ['token for 1h, the haiku club meets later', { provider: null }],
  ]);
  nothingAsked(['haiku contest in #random at 3pm']);
});

describe("a task taken on in the channel, then the bot spoken to ('I've got it — bot, token 3h …') asks the bot", () => {
  slots([
    [
      "> can someone help with the Wayne Enterprises demo in sydney?\nI've got it — bot, token 3h in ap-southeast-2 for me",
      { intent: 'token', ttlSeconds: 10800, region: 'ap-southeast-2' },
    ],
    ["I've got it — bot, token 3h in ap-southeast-2 for me", { intent: 'token', ttlSeconds: 10800 }],
    [
      'ok I got this one. <@U0BOTID> rotate the growth key please',
      { intent: 'rotate', businessUnit: 'growth' },
    ],
    [
      'leave it with me — bot: key for growth-lab, 30 days',
      { intent: 'create_key', businessUnit: 'growth-lab', expiryDays: 30 },
    ],
    [
      "I'll take it, bot, token 2h in frankfurt",
      { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' },
    ],
  ]);
  // look-alikes: nothing asked after the address, or no address at all
  nothingAsked([
    "I've got it — the token works now",
    'got it, bot. thanks',
    "I've got it — bot, the token works now",
    "I've got it - bot, never mind",
  ]);
});

describe("an emoji before a question put to the bot ends the sentence ('… works 🙏 can we get one for fraud-ml as well?')", () => {
  reads([
    [
      'the access key you made for risk-ml works 🙏 can we get one for fraud-ml as well? access key, 365 days',
      'create_key',
      'fraud-ml',
    ],
    ['the key for growth works great 🎉 could you make one for growth-eu too?', 'create_key', 'growth-eu'],
    ['the recsys token worked :tada: could I get one for 2h again?', 'token', null],
    ['the kyc key works :pray: pls make one for kyc-batch as well', 'create_key', 'kyc-batch'],
  ]);
  // look-alikes: the emoji between the story and the request as before, and thanks alone
  reads([
    ['our key was in a screenshot :scream: team ocr, pls rotate', 'rotate', 'ocr'],
    ['the growth key leaked 😱 can you rotate it', 'rotate', 'growth'],
  ]);
  nothingAsked([
    'the key you made for risk-ml works, thanks 🙏',
    'the risk-ml key works 🙏 can we talk about it at standup?',
  ]);
});

describe("'I meant' said in another language corrects the value before it ('token 1h in Paris, perdón, quise decir Milano')", () => {
  slots([
    ['token 1h in Paris, perdón, quise decir Milano', { intent: 'token', region: 'eu-south-1' }],
    ['token 2h en Madrid, perdón, quise decir Frankfurt', { intent: 'token', region: 'eu-central-1' }],
    [
      'Token für 3 Stunden in Frankfurt, sorry, ich meinte Zürich',
      { intent: 'token', region: 'eu-central-2' },
    ],
    ['token 1h à Londres, pardon, je voulais dire Paris', { intent: 'token', region: 'eu-west-3' }],
    ['token 2h em São Paulo, desculpa, quis dizer Virginia', { intent: 'token', region: 'us-east-1' }],
    ['token per 2 ore a Milano, scusa, volevo dire eu-west-1', { intent: 'token', region: 'eu-west-1' }],
  ]);
  // look-alikes: no correction, the value stays
  slots([['token 1h in Paris por favor', { intent: 'token', region: 'eu-west-3' }]]);
  neverActs(['no sé qué quise decir con eso']);
});

describe("the owner named in Portuguese as 'dono'/'dona' ('…, dona é <@U…>')", () => {
  slots([
    [
      'chave API de longo prazo para logistica-br, validade 1 ano, dona é <@U08TR4NN2PX>',
      { intent: 'create_key', businessUnit: 'logistica-br', owner: 'U08TR4NN2PX' },
    ],
    ['chave para vendas-br, dono é <@U07ABC1234>, 90 dias', { intent: 'create_key', owner: 'U07ABC1234' }],
    ['uma chave para o financeiro-br por favor, o dono será <@U07ABC1234>', { owner: 'U07ABC1234' }],
  ]);
  // look-alikes: English texts, and a person called so in a story
  slots([
    ['key for vendas-br, owner <@U07ABC1234>', { owner: 'U07ABC1234' }],
    ['token 2h pls, dona <@U07ABC1234> said it is fine', { owner: null }],
  ]);
});

describe("the asker's own units asked in German ('welche Teams gehören mir?')", () => {
  slots([
    ['welche Teams gehören mir?', { intent: 'list', owner: 'me', businessUnit: null }],
    ['welche Units gehören mir eigentlich?', { intent: 'list', owner: 'me', businessUnit: null }],
  ]);
  // look-alikes: whose a thing is, not units
  neverActs(['wem gehört der Schlüssel für den Keller?', 'welche Teams gehören zur Abteilung Vertrieb?']);
});
