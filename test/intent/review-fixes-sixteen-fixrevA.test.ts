import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { isSecretWord, maskSecrets } from '../../src/intent/secrets.js';

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
