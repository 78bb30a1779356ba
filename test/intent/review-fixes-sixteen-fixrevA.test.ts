import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../src/core/explain-error.js';
import { ABSK_SECRET_MIN, looksLikeBedrockCredential } from '../../src/core/secret.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { waitsForLater } from '../../src/intent/later-condition.js';
import { isSecretWord, maskSecrets } from '../../src/intent/secrets.js';
import { acted } from './acted.js';

/**
 * Round sixteen's review A (fixrevA): the reviewer's texts, sentences of our own of the same kind, and
 * look-alikes whose reading must not change.
 */

describe('item 1: a password made of words is masked; a name needs a unit word and no credential word', () => {
  it.each([
    // The reviewer's
    'SecretPassword1',
    'TestPassword123',
    'WifiPassword2024',
    'SuperSecret2024',
    'SecretKey2024',
    'AccessKey2024Secret',
    'PasswordTest123',
    'BankPassword2024',
    'LoginSecret99',
    'PizzaParty2024',
    'BlueMoon2024',
    'GoldStar1234',
    'TigerLion2024',
    'SunMoonStar2024',
    'FastRocket2024',
    // Our own: season + year
    'AutumnLeaves2023',
    'SpringTime2025',
    'SummerBreeze99',
    'Winter2024Snow',
    'Fall2023Harvest',
    // colour + animal + digits
    'RedFox2024Den',
    'BlackCat1234',
    'GreenDragon77',
    'SilverWolf2023',
    'BlueWhale8888',
    'GoldenEagle2025',
    'PurpleTiger12',
    'OrangeBear2024',
    // everyday word + word + digits
    'CoffeeMug2024',
    'HappyDays2023',
    'SunnyBeach99',
    'ChocolateCake12',
    'MonkeyBanana2024',
    'FamilyHome2025',
    'LuckyStar777',
    'MagicCastle2024',
    'Football2024Fan',
    'BlueSky2024Star',
    // a credential word beside a unit word
    'AdminTeam2024',
    'DataToken2024',
    'TeamPass2024Ops',
  ])('%s is masked', (word) => {
    expect(isSecretWord(word)).toBe(true);
    expect(maskSecrets(`rotate the key for ${word}`)).not.toContain(word);
  });

  it.each([
    // Names leftovers16 kept (all still kept) and our own
    'DataLake2Team3',
    'Web3Labs2025',
    'GenAI4Retail',
    'CloudOps2024',
    'SmartFactory4Plant',
    'DigitalHealth2030',
    'PhoenixTeam2025',
    'SearchTeam2025',
    'KycOps2024',
    'BillingHub2Squad',
    'LegalAI2025',
    'MarketingData360',
    'ClaimsBot2026',
  ])('%s is kept', (word) => {
    expect(isSecretWord(word)).toBe(false);
  });

  it.each([
    ['revoke the key SecretKey2024 for payments', 'revoke', 'payments'],
    ['rotate the key for BlueMoon2024', 'rotate', null],
    ['revoke the key TigerLion2024 for fraud', 'revoke', 'fraud'],
    ['create a key for payments owner TestPassword123', 'create_key', 'payments'],
    ['new key for PaymentsTeam2025, 30 days', 'create_key', 'paymentsteam2025'],
    ['rotate the key for GenAI4Retail', 'rotate', 'genai4retail'],
  ])('%s → %s for %s', (message, intent, unit) => {
    const parse = parseRequest(message);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
    expect(JSON.stringify(parse).toLowerCase()).not.toMatch(/secretkey|bluemoon|tigerlion|testpassword/);
  });

  it.each(['deprovision SecretPassword1', 'deprovision WifiPassword2024', 'offboard SunMoonStar2024 please'])(
    '%s shows nothing of the password back',
    (message) => {
      const parse = parseRequest(message);
      expect(JSON.stringify(parse).toLowerCase()).not.toMatch(/password|sunmoonstar/);
    },
  );
});

describe("item 2: only a person's coming or going lets a handing on lift the condition", () => {
  it.each([
    // The reviewer's
    'token for 8h once the change window opens, I can slack it to her',
    "create a key for payments once everything is approved, we'll send it",
    // Our own: the condition is on a thing, a team or an event, not a person
    "token for 2h once it's merged, i'll pass it on",
    "key for growth, 30 days, once legal signs off we'll send it over",
    'token for 4h as soon as our review is done, i will give it to him',
    "create a key for ads once finance is back, i'll forward it",
    'token for 2h when security approves, i can dm it to her',
    "a key for billing once the contract is signed, we'll share it with them",
    "token 1h once our ticket is approved, i'll hand it over",
  ])('%s: waits, not acted', (message) => {
    expect(waitsForLater(message.toLowerCase())).toBe(true);
    expect(acted(message)).toBe(false);
  });

  it.each([
    // Look-alikes: a person's coming or going (leftovers16's reading stays)
    'token for 2h, when she starts her shift i will pass it on',
    'create a token for 1h, once jo joins ill forward it',
    'token 3h please, when my colleague starts we will share it with her',
    "token for 1h, once our new hire is in i'll hand it over",
    'token for 2h once the contractor starts, i will pass it on',
  ])('%s: not waiting', (message) => {
    expect(waitsForLater(message.toLowerCase())).toBe(false);
  });
});

describe('item 3: only a beat names a desk or team by an everyday word; a greeting never alone', () => {
  it.each([
    // The reviewer's
    'please revoke the key for the cleaning office, the cleaner lost it',
    'revoke the key for the parking office',
    'rotate the coffee desk key',
    'rotate the party desk key',
    'rotate the key of the hello desk',
    'revoke the key for our morning desk',
    // Our own
    'revoke the key for the kitchen office',
    'rotate the key for the mailroom desk',
    'please revoke the canteen desk key, someone took it home',
    'rotate the lunch desk key',
    'revoke the key for the pizza desk',
    'rotate the key of the hey team',
  ])('%s: no unit, not acted', (message) => {
    const parse = parseRequest(message);
    expect(parse.businessUnit).toBeNull();
  });

  it.each([
    // Look-alikes: a beat's desk, a named team (units16's readings stay)
    ['rotate the photo desk key', 'photo-desk'],
    ['revoke the games desk key', 'games-desk'],
    ['rotate the books desk key', 'books-desk'],
    ['rotate the sports desk key', 'sports-desk'],
    ['what does the morning briefing team have?', 'morning-briefing-team'],
    ['rotate the music desk key', 'music-desk'],
    ['revoke the weather desk key', 'weather-desk'],
  ])('%s → %s', (message, unit) => {
    expect(parseRequest(message).businessUnit).toBe(unit);
  });
});

describe('item 4: one bound for "ABSK" keys, in the parser and the scrubbers', () => {
  const key = (n: number): string => `ABSK${'a1B2c3D4e5F6g7H8i9J0k1L2'.slice(0, n)}`;
  it.each([16, 17, 18, 19, 20, 24])('ABSK and %i characters: masked and scrubbed', (n) => {
    expect(ABSK_SECRET_MIN).toBe(16);
    expect(isSecretWord(key(n))).toBe(true);
    expect(looksLikeBedrockCredential(`the key is ${key(n)}`)).toBe(true);
    expect(scrubSecrets(`the key is ${key(n)}`)).not.toContain(key(n));
  });
  it.each([4, 6, 10, 15])('ABSK and %i characters stays a key ID', (n) => {
    expect(isSecretWord(key(n))).toBe(false);
  });
});
