/**
 * Round seventeen, acted17: four kinds of non-request that the round's blind files saw acted on.
 * Sentences written before the parser's answer was looked at, with look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe("a colleague's leading mention asked to act, with the writer's situation as the reason", () => {
  nothingAsked([
    "<@U07ABC1234> I'm in the field today, could you rotate the grid-ops key for me?",
    "<@U02ZZTOP11> can you deprovision legacy-maps? I'm at the substation with no signal",
    "<@U05QWERTY1> I'm on site with no laptop — could you create a key for field-crew?",
    '<@U09HJKL333> stuck in a meeting, can you revoke the billing key please',
    '<@U03MNBV222> boarding now, could you rotate the payments key?',
    '<@U08POIU777> my hands are full, can you revoke the recsys key?',
    "hey <@U01LKJH555> could you rotate the ads key? I'm stuck in a meeting till 3",
    "<@U06ASDF444> can you please revoke the search key, I'm in the field all day",
    "<@U04ZXCV888> I'm up a ladder, would you mind rotating the growth key",
    "<@U02WERT999> could you deprovision old-analytics for me? I'm at the depot without my laptop",
    "<@U03YUIO111> I'm in surgery all afternoon, can you revoke the kyc key?",
    "<@U05GHJK222> can you create a key for risk-ml? I'm on a site visit",
  ]);
  describe('look-alikes keep their request', () => {
    keeps([
      ["<@U0BOT1234> revoke the ads key, I'm locked out of the console", 'revoke', 'ads'],
      ["revoke the outage-assistant key, I'm up a pole and can't do much else", 'revoke', 'outage-assistant'],
      ["I'm in the field today, rotate the grid-ops key please", 'rotate', 'grid-ops'],
      ['<@U04KX9PLM2> can you revoke the outage-assistant key?', 'revoke', 'outage-assistant'],
      ['can you revoke the billing key? stuck in a meeting', 'revoke', 'billing'],
      ["<@U0BOT1234> can you give me a token for 12h? I'm at the customer's site all day", 'token'],
      ["<@U0BOT1234> I'm on site today, could you make me a token for 8h", 'token'],
    ]);
  });
});

describe("'key' as a lock's: key safe, key box, keypad, key fob, key card … (reports of a change)", () => {
  nothingAsked([
    'the key box code at the north depot was reset this morning',
    'new code for the key cabinet in building 4, see the pinned message',
    'key locker combo changed at the Elm St site, ask the supervisor',
    'key card for the lab was reset, pick up a new one at reception',
    'the keypad code for the depot changed',
    'key code for the storeroom is now on the whiteboard',
    'key safe at the Riverside substation has a new code, ask control',
    'new key safe code at the Elm depot — ask control for it',
    'key locker for the night-shift team changed, code is with security',
    'the key fob for the ops-center door is being replaced tomorrow',
    'key safe code for growth’s office changed',
    'the car key is in the top drawer',
  ]);
  describe('look-alikes keep their request', () => {
    keeps([
      ['create a key for the safe-ops team', 'create_key'],
      ['new key for the depot-ops unit please', 'create_key', 'depot-ops'],
      ['the key for growth was reset, can you rotate it again?', 'rotate', 'growth'],
      ['rotate the ads key and change the keypad code', 'rotate', 'ads'],
      ['revoke the bedrock key for field-ops, the key box was broken into', 'revoke', 'field-ops'],
      ['the deal-desk key leaked, please replace it', 'rotate', 'deal-desk'],
      ['is the Bedrock API key safe to embed in our app?', 'help'],
    ]);
  });
});

describe("a checklist of a team's own to-dos, put to no one", () => {
  nothingAsked([
    'Go-live list for payments v2\n[ ] load test done\n[ ] rotate the payments key\n[x] DNS cutover',
    'runbook steps for the migration:\n1. drain traffic\n2. rotate the search key\n3. re-enable traffic',
    '☐ create a key for onboarding-bot\n☐ write the docs\n☐ demo on friday',
    'launch checklist\n- [x] copy approved\n- [ ] api key for growth-chat\n- [ ] legal review',
    'our to-dos before friday:\n- [ ] deprovision legacy-maps\n- [ ] archive the repo',
    'Cutover checklist (ops):\n- [ ] snapshot db\n- [ ] revoke the old etl key\n- [ ] notify the on-call',
    'TODO: rotate the billing key\nTODO: update the wiki',
    'release tasks:\n- [ ] bump version\n- [ ] token for the demo\n- [ ] changelog',
    'Action items from the retro:\n- rotate the ads key\n- revoke the old etl key\n- book the offsite',
    '- [ ] bedrock key for claims-triage\n- [ ] load the fixtures\n- [ ] sign-off from QA',
  ]);
  describe('look-alikes keep their request', () => {
    keeps([
      ['<@U0BOT1234>: - [ ] key for renewals-bot', 'create_key', 'renewals-bot'],
      ['- create a key for renewals-bot\n- 90 days expiry', 'create_key', 'renewals-bot'],
      ['can you create a key for renewals-bot? checklist item for go-live', 'create_key', 'renewals-bot'],
      [
        '<@U0BOT1234> can you do item 3?\n- [ ] broker comms sent\n- [ ] rating tables loaded\n- [ ] bedrock key for renewals-bot',
        'create_key',
        'renewals-bot',
      ],
      ['please rotate the billing key', 'rotate', 'billing'],
    ]);
  });
});

describe("a take-back with a polite word ('no, please keep it') or a refusal, and a reason after it", () => {
  nothingAsked([
    'revoke the ads key? no, please don’t',
    'rotate the billing key? no thanks, leave it',
    "deprovision legacy-maps? no, let's keep it for now",
    'revoke the search key? nah, better keep it',
    'rotate growth’s key? no, please leave it — finance still uses it for the quarter-end run.',
    'deprovision old-analytics? no, please keep it, the audit team needs it until March',
    'revoke the kyc key? no thank you, keep it as is',
    'deprovision the unit? nope, please keep it — the Parks Department will need it again next summer.',
    "rotate the payments key? no, let's not — the vendor is mid-migration",
    'revoke the recsys key? no, please keep it for now',
    'deprovision mapping? nah, better not, the geo-team still uses it',
  ]);
  describe('look-alikes keep their request', () => {
    keeps([
      ['revoke the ads key? yes please', 'revoke', 'ads'],
      ['deprovision legacy-maps? yes, please — nobody uses it', 'deprovision', 'legacy-maps'],
      ['rotate the billing key, please keep the old one active for a day', 'rotate', 'billing'],
      ['revoke the search key please — no one uses it anymore', 'revoke', 'search'],
      ['revoke the ads key? no, billing', 'revoke', 'billing'],
    ]);
  });
});
