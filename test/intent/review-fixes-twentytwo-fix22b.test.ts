/**
 * Round twenty-two, fix22b: what code review B found in asks22's and the lead's readers. Each finding's texts,
 * sentences of our own, and look-alikes that keep their reading. Written before the parser's answers were
 * looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';
import { expectNoHang } from './hang-guard.js';

describe('1. a bus, parking or canteen token is no token of ours, whatever of the venue follows', () => {
  nothingAsked([
    // review B
    'need a token for the bus routes, the machine only takes coins',
    'token for the bus routes downtown please, coins only',
    'a token for the bus fleet please, 2h',
    'token for the bus sensors please',
    'token for the canteen app please',
    // our own
    'need a token for the subway system, my card is empty',
    'token for the metro data screens please',
    'a token for the parking cameras, the barrier is stuck',
    'token for the laundry service please',
    'can I get a token for the coffee machine platform, 1h',
    'token for the car park routes please',
    'need a token for the toll service lane',
  ]);
  neverActs([
    'token for the subway routes please, forgot my card',
    'need a token for the metro platform gates, forgot my card',
    'token for the parking portal please, the barrier is stuck',
    'a token for the coffee app please, my mug is empty',
  ]);
  keeps([
    ['token for the bus GPS integration, 2h', 'token'],
    ['need a token for the parking api, 3h', 'token'],
    ['token for the metro-bot integration, 1h', 'token'],
    ['token for the bus tracking pipeline, 4h', 'token'],
    ['a token for the parking bot please, 2h', 'token'],
  ]);
});

describe('2. Spanish "hay que …" asks for the task', () => {
  keeps([
    // review B
    ['hay que rotar la clave de growth', 'rotate', 'growth'],
    ['hay que revocar la clave de ads, se filtró', 'revoke', 'ads'],
    ['hay que rotar la clave de growth hoy', 'rotate', 'growth'],
    ['hay que crear una clave para growth', 'create_key'],
    // our own
    ['hay que rotar la clave de payments', 'rotate', 'payments'],
    ['hay que revocar la clave de growth ya', 'revoke', 'growth'],
    ['Hay que rotar la clave de ads por favor', 'rotate', 'ads'],
    ['creo que hay que rotar la clave de payments', 'rotate', 'payments'],
    ['hay que revocar todas las claves de ads', 'revoke', 'ads'],
    ['oye, hay que rotar la clave de growth', 'rotate', 'growth'],
  ]);
  it.each([
    'hay que rotar la clave de growth',
    'hay que revocar la clave de ads, se filtró',
    'hay que rotar la clave de payments',
  ])('%j is asked about, not acted on blindly, and not help', (text) => {
    expect(parseRequest(text).intent).not.toBe('help');
  });
  // (Left: "¿qué hago si se filtra la clave de ads?" reads details ads, as English "what do i do if the key of
  // ads leaks?" does.)
  it.each(['¿qué pasa si revoco la clave de ads?'])('%j is no details read', (text) => {
    expect(parseRequest(text).intent).not.toBe('details');
    expect(acted(text)).toBe(false);
  });
  it.each(['¿hay modelos de claude?', '¿hay tokens de más de 12 horas?'])('%j is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });
});

describe('3. a pronoun is never the unit', () => {
  keeps([
    // review B
    ['vocês têm que revogar a chave de ads', 'revoke', 'ads'],
    ['eles têm que revogar a chave de ads', 'revoke', 'ads'],
    // our own
    ['vocês têm que rotar a chave de growth', 'rotate', 'growth'],
    ['elas têm que revogar a chave de payments', 'revoke', 'payments'],
    ['wie viel hat growth letzten Monat ausgegeben?', 'spend', 'growth'],
    ['hoeveel heeft growth vorige maand uitgegeven?', 'spend', 'growth'],
  ]);
  it.each([
    // review B
    'wie viel hat er letzten Monat ausgegeben?',
    'wie viel hat man letzten Monat ausgegeben?',
    'wie viel hat jeder letzten Monat ausgegeben?',
    'hoeveel heeft hij vorige maand uitgegeven?',
    'hoeveel heeft ze vorige maand uitgegeven?',
    'eles já têm a chave de ads',
    // our own
    'wie viel hat sie letzten Monat ausgegeben?',
    'wie viel hat es letzten Monat gekostet?',
    'wie viel hat wir letzten Monat ausgegeben?',
    'hoeveel heeft zij vorige maand uitgegeven?',
    'hoeveel heeft men vorige maand uitgegeven?',
    'hoeveel heeft jullie vorige maand uitgegeven?',
    'nós temos que revogar a chave de ads',
  ])('%j names no pronoun as the unit', (text) => {
    const unit = parseRequest(text).businessUnit;
    expect([
      'er',
      'sie',
      'es',
      'man',
      'jeder',
      'wir',
      'ihr',
      'hij',
      'zij',
      'ze',
      'wij',
      'jullie',
      'men',
      'voces',
      'vocês',
      'eles',
      'elas',
      'nos',
      'nós',
    ]).not.toContain(unit);
    expect(acted(text)).toBe(false);
  });
});

describe('4. "já" (already) keeps a statement a statement', () => {
  nothingAsked([
    // review B
    'já tenho um token, não preciso de outro',
    'já tenho um token, obrigado',
    // our own
    'já tenho uma chave, obrigado',
    'eu já tenho o token, tudo certo',
    'já recebi o token, obrigado',
    'já tenho a chave de growth, obrigada',
    'já temos um token, não precisa',
  ]);
  neverActs(['já tenho um token para hoje, valeu']);
  keeps([
    ['preciso de um token por 2 horas já', 'token'],
    ['preciso de um token já, por 2 horas', 'token'],
  ]);
});

describe('5. a request put to whoever: bounded', () => {
  it.each([
    `whoever is ${' '.repeat(2000)}!`,
    `anyone on ${' '.repeat(1990)} a!`,
    `folks is ${' '.repeat(2000)} x`,
    `someone on ${'\t '.repeat(1000)}x`,
    `whoever is ${'a '.repeat(1000)}!`,
    `people who is ${' -'.repeat(1000)}`,
  ])('parses without hanging (%#)', (text) => {
    expectNoHang(() => parseRequest(text));
  });
  nothingAsked([
    'whoever is on call, please revoke the ads key',
    'someone, please rotate the growth key',
    'anyone on the platform team, rotate the payments key pls',
  ]);
});

describe('6. a title, a field or a wish takes the message only when nothing after it asks the bot', () => {
  keeps([
    // review B
    ['PR merged: please rotate the growth key now', 'rotate', 'growth'],
    ['MR approved: revoke the old ads key', 'revoke', 'ads'],
    ['Ticket name: NET-42. Please rotate the growth key for it', 'rotate', 'growth'],
    ['idea: we should rotate keys monthly. anyway, rotate the growth key now', 'rotate', 'growth'],
    ['folks, I need a token for 2 hours', 'token'],
    ['people, I need a token for 2h', 'token'],
    // our own
    ['PR done: now please revoke the payments key', 'revoke', 'payments'],
    ['ticket title: NET-7. please create a key for growth', 'create_key', 'growth'],
    ['idea: auto-rotation someday. for now please create a key for growth', 'create_key', 'growth'],
    ['wish: longer tokens. meanwhile, token for 2h please', 'token'],
    ['people, can I get a token for 3h', 'token'],
  ]);
  nothingAsked([
    'commit message: rotate payroll key in config',
    'PR #123: revoke unused keys script',
    'MR !88: rotate the ads key',
    'PR 4512: revoke the growth key',
    "ticket title: Rotate ads key (won't do)",
    'my dream: a token that never expires',
    'idea: revoke all keys every friday',
    'feature idea: rotate the growth key automatically',
    // (merged with fix22e: a group hailed with an order at once is put to the people in the channel, as the
    // data README's "folks, revoke your gh tokens"; with the bot mentioned first it is the bot's, below.)
    'folks, please revoke the ads key, it leaked',
    'folks, rotate the payments key please',
  ]);
  it('folks addressed past the bot mention: put to people', () => {
    expect(acted('<@UBOT1> folks, please revoke the ads key')).toBe(true);
  });
  it.each(['whoever is on call, please revoke the ads key', 'someone, please rotate the growth key'])(
    '%j is put to whoever',
    (text) => {
      expect(acted(text)).toBe(false);
    },
  );
});

describe('7. a person alone: no unit, the action kept, another unit named kept', () => {
  it.each([
    // review B
    'create a key for dave',
    'create an api key for dave',
    'new api key for sam please',
    // our own
    'create a key for priya',
    'make a new key for tom',
    'generate an api key for jane please',
  ])('%j is create_key with no unit, asked', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBeNull();
    expect(acted(text)).toBe(false);
  });
  keeps([
    // review B
    ['rotate the keys for dave and ads', 'rotate', 'ads'],
    ['revoke the keys of alex and payments', 'revoke', 'payments'],
    ['create a key for sam and growth', 'create_key', 'growth'],
    // our own
    ['rotate the key for jane and payments', 'rotate', 'payments'],
    ['revoke the keys for tom and growth', 'revoke', 'growth'],
    ['create a key for priya and ads', 'create_key', 'ads'],
    ['create a key for seo', 'create_key', 'seo'],
    ["create a key for Dave's team", 'create_key'],
  ]);
});

describe('9. an action after a help question is offered', () => {
  it('my token got posted, what now? also revoke the ads key', () => {
    const parse = parseRequest('my token got posted, what now? also revoke the ads key');
    expect(acted('my token got posted, what now? also revoke the ads key')).toBe(false);
    expect(parse.intent === 'revoke' || (parse.alternatives ?? []).some((a) => a.intent === 'revoke')).toBe(
      true,
    );
  });
  keeps([
    ['who at Acme has bedrock? can you create a key for growth', 'create_key', 'growth'],
    ['which units are mine? rotate their keys', 'rotate'],
  ]);
});

describe("8. the 12-hour cap asked past: not a shift's, a stay's or a fast's", () => {
  it.each([
    // review B
    'over 12h ok? lol our shifts are killing me',
    "more than 12 hours ok? the kids sleep over at grandma's",
    'can we stay longer than 12h? the airbnb checkout',
    'over 12h ok for the fasting?',
    // our own
    'longer than 12h ok? my shift yesterday was brutal',
    'more than 12 hours possible? asking for the hotel checkout',
    'can we stay longer than 12 hours at the venue?',
    'over 12h ok? the flight is delayed again',
    'over 12 hours allowed for the overtime rota?',
    'longer than 12h ok for the kids at the sleepover?',
  ])('%j is no help about limits', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent === 'help' && parse.topic === 'limits').toBe(false);
    expect(acted(text)).toBe(false);
  });
  it.each([
    'longer than 12h possible? for the overnight state test data load',
    'more than 12 hours possible for the weekend batch?',
    'token longer than 12h possible?',
    'can I go longer than 12h? overnight load',
    'over 12h possible?',
    'over 12h ok? the eval run is long',
  ])('%j stays help about limits', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('help');
    expect(parse.topic).toBe('limits');
  });
});
