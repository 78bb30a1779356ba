/**
 * Round nineteen, reads19b: another system's feature asked about ("does the Salto system let us revoke
 * cards remotely?"), a message told as not for the bot ("… fyi for the IAM team, not bedrock") and
 * models named as a product's codes ("models on the floor: X7 base, X7 sport") ask nothing of the bot
 * (others-things.ts, the `othersSystem` and `othersThings` rules). Sentences written before the
 * parser's answer was looked at, from other trades (a hotel, a hospital, a factory, a call centre, a
 * car dealer, a phone shop), with look-alikes that stay help or requests.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe("another system's feature asked about", () => {
  nothingAsked([
    'does the Salto system let us revoke cards remotely?',
    'can the Opera PMS let us rotate room rates by season?',
    'does the Okta portal allow us to revoke sessions from a phone?',
    'will the SAP system let me delete purchase orders after approval?',
    'does the Genesys platform let supervisors list queued calls?',
    'can the Brivo app let guards create visitor passes?',
    'does the Maximo tool allow us to rotate technicians across shifts?',
    'does the Kronos system let managers delete shifts retroactively?',
  ]);
  keeps([
    ['does the bot let us revoke keys remotely?', 'help'],
    ['can the bedrock bot let me rotate keys?', 'help'],
    ['does this bot allow us to create keys for other teams?', 'help'],
    ['does bedrock-bot let me revoke a key for another team?', 'help'],
  ]);
});

describe('a message told as not for the bot', () => {
  nothingAsked([
    'revoke access for the ex-employee in the OSS — fyi for the IAM team, not bedrock',
    'rotate the badge codes on floor 3 — fyi for facilities, not the bot',
    'delete the old VPN profiles for contractors, fyi for the network team, not for bedrock',
    'create accounts for the new nurses in Epic — fyi for the EHR team, not this bot',
    "revoke the leaver's SAP login today, heads up for the basis team, not for the bedrock bot",
    'rotate the wifi password for the guest network - fyi netops, not bedrock',
    'remove the old badge for Jana, fyi security desk, not the bot',
    'list the overdue work orders for line 2 — for the planners, not bedrock',
  ]);
  keeps([
    ['rotate the growth key — fyi for the IAM team', 'rotate', 'growth'],
    ['revoke the ads key, not the growth key', 'revoke', 'ads'],
    ['revoke the ads key, fyi security', 'revoke', 'ads'],
    ['token 1h for me, not the bot', 'token'],
    ['token 1h for *me* (not the bot account), testing whether the new CLI flag picks it up', 'token'],
  ]);
});

describe("models named as a product's codes", () => {
  nothingAsked([
    'models on the floor this week: X7 base, X7 sport, and the X5 facelift prototypes — no photos please',
    'models in the showroom: Q3 sport, Q5 hybrid and the new A4 estate',
    'new models arriving Monday: T200 drill, T300 hammer drill',
    'models on the line today: RX-450, RX-500 and the RX-550 prototype',
    'which models are on display? the V60, the XC40 and the EX30',
    'models for the spring catalogue: K2 trail boot, K3 summit boot',
    'models being tested this week: P12 press, P14 press',
    'models in stock: S23, S24 ultra, A54 — ask before promising any to a customer',
  ]);
  keeps([
    ['models: claude 3 haiku, llama 3', 'models'],
    ['which models can I use in eu?', 'models'],
    ['list models: nova pro, nova lite', 'models'],
    ['models available for gpt4 and o3?', 'models'],
    ['which models do we have? mistral 7b, titan g1?', 'models'],
  ]);
});
