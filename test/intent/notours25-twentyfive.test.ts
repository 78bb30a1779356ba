/**
 * Round twenty-five, notours25: non-requests read as actions or reads, from round twenty-four's blind files
 * (now tuned-{museum,mining,events}). Sentences of our own, written before the parser's answer was looked at
 * (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads } from './acted.js';

describe("the trade's own lists, regions, approvals and spend, asked of people, are not ours", () => {
  const texts = [
    'updated packing list for the Lisbon tour attached, please check the crate numbers against the manifest',
    'which region of the warehouse are the spare pumps in, aisle 4 or 5?',
    'ops want to know who approved shutting the east gate during the shift change',
    'Who deleted the contractors list from SharePoint?? 😡',
    'opex spend for the conveyor upgrade — Tom, can you send the latest figures?',
    'final guest list for the gala is in the drive, pls check the table numbers',
    'who signed off closing the north car park on match day?',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['who approved the key for the growth team?', 'history', 'growth-team'],
    ['who approved creating the ads key', 'history', 'ads'],
    ['who rotated the schedules team key?', 'history', 'schedules-team'],
    ['bedrock spend for the conveyor team last month', 'spend', 'conveyor-team'],
    ['bedrock spend for the capex-tools team last month', 'spend', 'capex-tools-team'],
    ['list the keys for the tours unit', 'details', 'tours'],
  ]);
});

describe("the trade's own keys, cards and staff, with our verbs, are not ours", () => {
  const texts = [
    'the identification key for the ground beetles goes into the field guide, final draft due June',
    'new keys for the display cases came today, the locksmith numbered them all',
    "can you revoke Priya's door pass, her contract ended Thursday",
    'rotate the security guards every 3h at the north gate, it is freezing',
    'pls revoke the site access badge for the agency driver, he left monday',
    'we need to rotate the ushers between the two stages every hour',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['can you revoke the key for the stage-ops team', 'revoke', 'stage-ops-team'],
    ['rotate the key for the gate-scanning unit', 'rotate', 'gate-scanning'],
    ['new key for the collections-search team please', 'create_key', 'collections-search-team'],
    ['rotate the field operators key please', 'rotate', 'field-operators'],
    ["revoke the keycard team's api key", 'revoke', 'keycard-team'],
    ['key for the cabinet-ops unit, 30 days', 'create_key', 'cabinet-ops'],
    ['list the keys for the gate ops crew', 'details', 'gate-ops-crew'],
    ['new key for the identification app please', 'create_key', 'identification-app'],
  ]);
});

describe('a chat transcript that quotes a request asks nothing', () => {
  const texts = [
    'me: asks the bot for a token\nbot: which unit?\nme: no idea, I just work in the archive 🤷',
    'me: hey can I get a key\nbot: owner?\nme: 😶',
    'Me: asked bedrock for an api key\nBot: what business unit?\nMe: ... the one with the rocks?',
    'me > bot: give me a key pls\nbot > me: which team?\nme > bot: idk',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['can I get a token for 2h?', 'token', null],
    ['Unit: growth-team\nKind: api key\nOwner: me', 'create_key', 'growth-team'],
  ]);
});

describe('notes and reports with our words in their lines ask nothing', () => {
  const texts = [
    'Retro — gallery chatbot trial\nWent well: visitors liked it\nWent badly: key pasted in Slack, had to rotate\nActions: tokens for all demos',
    'Shift handover — Day\nMill: running, permit token handed back 14:10\nFleet: 9 trucks, HT07 down for tyre rotation\nAI: summariser used, token expired 11:00',
    'Stand-up notes\n- Priya: rotated the demo key yesterday\n- Sam: asked for a token, works now\n- Blockers: none',
    '*Handover*\n• Gate: key returned to security\n• Ops: token expired mid-shift, got another\n• Incidents: none',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([['rotate the key for the gallery-bot unit', 'rotate', 'gallery-bot']]);
});

describe('a plan for later, told, asks nothing now', () => {
  const texts = [
    "next shift I'm gonna get the bot to give me a 4h token and finally try the report writer",
    'next week im going to ask the bot for an api key for the tours team',
    "tomorrow I'll get bedrock to make me a token and test the summariser",
  ];
  nothingAsked(texts);
  // (Read as a help question by the classifier: not acted on, but not yet unknown.)
  neverActs([...texts, 'at some point i plan to get the bot to rotate our key']);
  reads([
    ['give me a 6h token', 'token', null],
    ['can the bot give me a 4h token now please', 'token', null],
  ]);
});

describe('a negated need ("no need to rotate anything") asks nothing', () => {
  const texts = [
    'no need to rotate anything, the leaked key was the vendor one',
    'no need to revoke anything, that was the old staging key from the agency',
    "don't need to rotate anything — the key in the screenshot was already dead",
    'no need to create a key, we found the old one',
  ];
  nothingAsked(texts);
  neverActs(texts);
  reads([
    ['no need to rotate the ads key, just revoke it', 'revoke', 'ads'],
    ['rotate the ads key, no need to revoke it', 'rotate', 'ads'],
  ]);
});

describe('a request put to another person ("told him to ask the bot himself") asks nothing', () => {
  const texts = [
    'my manager wants me to get an api key for our team but I told him to ask the bot himself lol',
    'my lead asked me to get a token for her, I said she can ask the bot herself',
    'Sam wants a key for the tours team, told him to ask the bot himself 🙄',
    'boss wants me to rotate the ads key, I told her to just ask the bot',
  ];
  nothingAsked(texts);
  neverActs([
    ...texts,
    'the growth team needs a key, I told them to ask the bot, can you just make it for them?',
  ]);
  reads([
    [
      'my manager wants me to get an api key for the tours team, can you make one?',
      'create_key',
      'tours-team',
    ],
    ['my lead asked me to get a token for 2h', 'token', null],
    ['my lead wants a key for the growth team, she told me to ask the bot', 'create_key', 'growth-team'],
  ]);
});
