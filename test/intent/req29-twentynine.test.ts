/**
 * Round twenty-nine, req29: requests misread in round twenty-eight's blind files (film and TV production, car
 * rental, zoo and aquarium), by kind. Sentences of our own, written before the parser's answer was looked at,
 * and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a season before a named event is part of its name when another name word is with it', () => {
  reads([
    ['shut down everything for the summer lates pilot', 'deprovision', 'summer-lates-pilot'],
    ['tear down everything for the winter feeding trial please', 'deprovision', 'winter-feeding-trial'],
    ['pls shut down everything for the spring ticketing trial', 'deprovision', 'spring-ticketing-trial'],
    ['can you tear down everything for the autumn dubbing sprint', 'deprovision', 'autumn-dubbing-sprint'],
  ]);
  // look-alikes: a season alone, or with a word of which kind, names no event
  neverActs([
    'tear down everything for the summer pilot',
    'shut down everything for the big summer pilot',
    'we shut down everything for the summer lates pilot last year',
  ]);
  nothingAsked(['the summer lates pilot was great fun, the otters loved it']);
});

describe('a unit said in words whose last word is a record word ("keeper logs") is a name where a unit stands', () => {
  reads([
    ['long term key for keeper logs, 2 years', 'create_key', 'keeper-logs'],
    ['rot8 keeper logs key pls', 'rotate', 'keeper-logs'],
    ['rotate the otter history key please', 'rotate', 'otter-history'],
    ['api key for feeding logs please', 'create_key', 'feeding-logs'],
    ['revoke the dive logs key, it was pasted in a ticket', 'revoke', 'dive-logs'],
  ]);
  // look-alikes: the record itself asked for, or logs of a key
  reads([
    ['show me the logs for keeper-app', 'history', 'keeper-app'],
    ['history for the growth key', 'history', 'growth'],
  ]);
  neverActs(['the keeper logs key tells you which enclosure it opens', 'where are the keeper logs kept?']);
  nothingAsked(['the keeper logs are on the clipboard by the penguin pool']);
});

describe('a take-back naming the right unit in words ("nah, the damage triage one") corrects the unit', () => {
  reads([
    ['revoke the damage notes key? nah, the damage triage one', 'revoke', 'damage-triage'],
    ['rotate the fleet pricing key. no wait, the fleet forecast one', 'rotate', 'fleet-forecast'],
    ['revoke the visitor help key? nope, the gift aid one', 'revoke', 'gift-aid'],
    ['rotate the colour grading key?? nah the vfx prague one pls', 'rotate', 'vfx-prague'],
  ]);
  // look-alikes: a judgement or a keep takes it back; a one-word unit still corrects
  nothingAsked([
    'revoke the damage notes key? nah, the old one is fine',
    'revoke the damage notes key? nah, keep it',
  ]);
  reads([['revoke the growth key? nah, the ads one', 'revoke', 'ads']]);
  neverActs(['rotate the fleet pricing key? nah, not the fleet forecast one, never mind']);
});

describe('a lowerCamelCase service name with a command word in it ("visitorHelp") is split like any other', () => {
  reads([
    ['we need a key for the visitorHelp service, 90 days', 'create_key', 'visitor-help'],
    ['rotate the keeperList key pls', 'rotate', 'keeper-list'],
    ['api key for `ticketHelp` please', 'create_key', 'ticket-help'],
    ['create a key for animalHelp please', 'create_key', 'animal-help'],
  ]);
  // the same name said in words, before its key
  reads([
    ['rotate the visitor help key please, the old one was on the whiteboard', 'rotate', 'visitor-help'],
    ['pls revoke the guest help key', 'revoke', 'guest-help'],
    ['rotate the animal help api key', 'rotate', 'animal-help'],
  ]);
  neverActs([
    'need help with the visitor key, how do I rotate it?',
    'the visitor help desk key is on the hook',
  ]);
  // look-alikes: a PascalCase brand in prose stays one word; plain words keep theirs
  reads([['key for team _VisitorHelp_ please', 'create_key', 'visitorhelp']]);
  neverActs(['what does visitorHelp do?', 'visitorHelp is down again']);
});

describe('in a spend question, "the AI" and a foreign preposition or verb name no unit', () => {
  slots([
    ['what did the AI cost us in march', { intent: 'spend', businessUnit: null }],
    ['how much did the AI cost us last month?', { intent: 'spend', businessUnit: null }],
    ['quanto abbiamo speso con bedrock negli ultimi 3 mesi?', { intent: 'spend', businessUnit: null }],
    ['cuánto gastamos con bedrock el mes pasado?', { intent: 'spend', businessUnit: null }],
    ['kolik nás stál bedrock minulý měsíc?', { intent: 'spend', businessUnit: null }],
  ]);
  // look-alikes: a unit named still is
  slots([
    ['what did the growth team spend on the AI last month', { intent: 'spend', businessUnit: 'growth-team' }],
    ['how much did colour spend on bedrock in march?', { intent: 'spend', businessUnit: 'colour' }],
  ]);
  neverActs(['what did the AI cost us in march? more than the catering, I bet']);
  // what we spend on the AI, asked, is our spend
  slots([
    ['what are we spending on the AI per week? roughly', { intent: 'spend', businessUnit: null }],
    ['how much are we spending on AI these days?', { intent: 'spend', businessUnit: null }],
  ]);
  nothingAsked(['we are spending way too much on snacks', 'what are we spending on the Christmas party?']);
});

describe('a story clause with an everyday word after a request for our key does not take the request', () => {
  reads([
    [
      "replace the fundraising crew's key pls, someone screenshotted it in a slide",
      'rotate',
      'fundraising-crew',
    ],
    ['rotate the ticketing key, it was on a slide at the all-hands', 'rotate', 'ticketing'],
    [
      'can we get an api key for the keeper training cell? the onboarding quiz uses it',
      'create_key',
      'keeper-training-cell',
    ],
    ['api key for the gift-shop bot pls, the till uses it', 'create_key', 'gift-shop'],
  ]);
  // look-alikes: the everyday thing is what the key is
  nothingAsked([
    'can we get a key for the slide? the kids keep climbing it',
    'replace the key to the gift shop till pls, someone lost it',
    'can someone replace the key to the otter enclosure gate? the old one is lost',
    'new key to the props van please, Sam dropped it in the lake',
  ]);
  // (a key of ours for a thing with such a name is still ours)
  reads([['rotate the api key for the till-sync service, it leaked', 'rotate', 'till-sync']]);
  neverActs([
    'the quiz uses a key for each enclosure, can we get one for the penguins?',
    'can you replace the key for the reptile house? someone left it in the door',
    "who has the crew's van key? someone took it home",
  ]);
});

describe('a lifetime said in Czech ("na 2 hodiny", "na 30 minut", "na 90 dní") is the lifetime', () => {
  slots([
    ['ahoj, potřebuju bedrock token na 2 hodiny prosím', { intent: 'token', ttlSeconds: 7200 }],
    ['token na 5 hodin prosím', { intent: 'token', ttlSeconds: 18000 }],
    ['potřebuju token na 30 minut', { intent: 'token', ttlSeconds: 1800 }],
    ['můžeš mi dát token na 1 hodinu?', { intent: 'token', ttlSeconds: 3600 }],
  ]);
  // look-alikes: a time told, not asked for
  neverActs(['ten token vypršel po 2 hodinách', 'schůzka trvala 2 hodiny, pak jsem šel domů']);
  nothingAsked(['oběd za 2 hodiny?']);
});

describe('Spanish "dar de baja" (take off the books) a unit is deprovision', () => {
  reads([
    ['dar de baja el unit pricing-promo-verano en bedrock', 'deprovision', 'pricing-promo-verano'],
    ['por favor, da de baja la unidad flota-norte', 'deprovision', 'flota-norte'],
    ['¿puedes dar de baja el equipo promo-invierno?', 'deprovision', 'promo-invierno'],
  ]);
  // (fix48e: "hay que", we need to, deprovision a named unit: held by the rules, rule-holds.ts OWN_NEED_DEPROVISION.)
  reads([['hay que dar de baja tarifas-2024 en bedrock, ya no se usa', 'deprovision', 'tarifas-2024']]);
  // look-alikes: told as done, or someone on sick leave ("de baja" alone)
  neverActs([
    'ya dimos de baja pricing-promo-verano el mes pasado',
    'Carlos está de baja esta semana',
    'la unidad flota-norte fue dada de baja ayer',
  ]);
});

describe('a reply under a quoted request, "(now) do it (again) for X", asks the quote\'s action for X', () => {
  reads([
    [
      '> rotate the key for colour\n^ that was last week. now do it for post-tools pls',
      'rotate',
      'post-tools',
    ],
    ['> revoke the dailies-sync key\nnow do it for edit-bay too', 'revoke', 'edit-bay'],
    [
      '> <@U0BOT> rotate the key for fleet-pricing\nthat was yesterday. do it again for fleet-forecast please',
      'rotate',
      'fleet-forecast',
    ],
    [
      '> create a key for keeper-app, 90 days\n^ that was in march. can you do that for vet-notes',
      'create_key',
      'vet-notes',
    ],
  ]);
  // look-alikes: the quote is no request, or the reply tells what was done
  neverActs([
    '> the colour key was rotated\n^ that was last week. now do it for post-tools pls',
    '> rotate the key for colour\n^ that was last week. I did it for post-tools too',
  ]);
  nothingAsked(['> rotate the tyres on the van\nnow do it for the minibus pls']);
});

describe("a team's plans or review told before a request (a possessive of story) gives way to the unit the request names", () => {
  reads([
    [
      "Ahead of the studio's security review next week, please rotate the key for the conform-checker unit.",
      'rotate',
      'conform-checker',
    ],
    [
      "given the marketing team's launch plans, can you create an api key for unit promo-bot",
      'create_key',
      'promo-bot',
    ],
    [
      "after the reptile team's audit, revoke the key for the vivarium-sensors unit pls",
      'revoke',
      'vivarium-sensors',
    ],
    ["With the fleet squad's roadmap in mind, rotate the pricing-engine key", 'rotate', 'pricing-engine'],
  ]);
  // look-alikes: the team's own key or tool is the team's; a team told of alone stays
  reads([
    ["rotate the data team's key, the review found it in a repo", 'rotate', 'data-team'],
    ["create an api key for the recruiting team's screening tool", 'create_key', 'recruiting-team'],
  ]);
  nothingAsked(["the studio's security review is next week, the conform-checker unit is in scope"]);
});

describe('a pleasantry in a letter ("I hope everyone had a good weekend after the Cape Town block") states no slot', () => {
  slots([
    [
      'Hi team — I hope everyone had a restful weekend after the Cape Town block. Quick one: could I get a Bedrock token for 5 hours today?',
      { intent: 'token', region: null, ttlSeconds: 18000 },
    ],
    [
      'Hello all,\nHope you all enjoyed the Tokyo shoot! Could I please have a token for 3h? Thanks, Mo',
      { intent: 'token', region: null },
    ],
    [
      'Dear team, I hope the Sydney leg went well. Please create an api key for reef-cams, 90 days.',
      { intent: 'create_key', region: null, businessUnit: 'reef-cams' },
    ],
    [
      'hi! hope everyone survived the paris premiere 🙂 token for 2h please',
      { intent: 'token', region: null, ttlSeconds: 7200 },
    ],
  ]);
  // look-alikes: a place in the request itself is its Region; a hope that asks is the request
  slots([
    [
      'Hi team — I hope this is the right place. Could I get a token in Cape Town for 5 hours?',
      { intent: 'token', region: 'af-south-1' },
    ],
    ['hope you can give me a token in tokyo for 2h', { intent: 'token', region: 'ap-northeast-1' }],
  ]);
  nothingAsked(['I hope everyone had a restful weekend after the Cape Town block.']);
});

describe('who is using the credential, told after the request in its sentence ("the vancouver unit is using it"), is no story', () => {
  slots([
    [
      'token in canada 4h, the vancouver unit is using it',
      { intent: 'token', ttlSeconds: 14400, region: 'ca-central-1' },
    ],
    [
      'token for 3 hours pls, the night crew are using it for the dailies',
      { intent: 'token', ttlSeconds: 10800 },
    ],
    [
      '2h token in frankfurt — my team is gonna be using it',
      { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' },
    ],
    ['a token 90 min, they’re using it for the captions', { intent: 'token', ttlSeconds: 5400 }],
  ]);
  // look-alikes: a token told as used, or someone told of using one, asks nothing
  neverActs([
    'the vancouver unit is using a token for 4h already',
    'the vancouver unit was using the canada token for 4h, all done now',
    'we are using the token for 4h, thanks',
  ]);
});
