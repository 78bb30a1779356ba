/**
 * Round forty-six, fix46d (tuned-cinema, tuned-styles-lay, tuned-forms): Irish requests the glossary missed ("ar feadh
 * uair an chloig", for an hour; "30 lá", 30 days; "i mBaile Átha Cliath", a place after its eclipsis; "athraigh", change;
 * "an bhfuil duine ar bith …?", asked of the channel); Romanian "dezactivează complet unitatea X" (deprovision),
 * "unitățile mele" (my units), "cine aprobă" (who approves). Words after or before a unit that name none: "leave the X
 * unit alone", "I mean bedrock spend: X"; a venue something was stolen from ("nicked from the Cardiff booth"). A line of
 * business named with "self-" ("self-storage") is a unit's name. A form's "Key: API" field states the kind; what a form
 * is for ("Unit retirement form") names no unit. A key removed with the whole set aside ("not the whole thing") is
 * revoked; who stopped a key in lay words ("who cancelled the marketing key?") is history. A token's lifetime wished
 * for hypothetically, or a token run over a weekend, asks about the limits.
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Irish asks for what the bot does', () => {
  slots([
    [
      'An féidir liom token a fháil ar feadh uair an chloig, le do thoil?',
      { intent: 'token', ttlSeconds: 3600 },
    ],
    [
      'token i mBaile Átha Cliath ar feadh trí uair an chloig',
      { intent: 'token', ttlSeconds: 10800, region: 'eu-west-1' },
    ],
    [
      'eochair API do box-office-forecast le do thoil, 60 lá',
      { intent: 'create_key', businessUnit: 'box-office-forecast', keyKind: 'api-key', expiryDays: 60 },
    ],
  ]);
  reads([['athraigh an eochair do reel-chat le do thoil', 'rotate', 'reel-chat']]);
  // look-alikes: a question put to the channel about a KDM, a door's key gone, a change not to be made
  nothingAsked([
    'an bhfuil duine ar bith ag obair ar an eochair KDM do scáileán a cúig?',
    'Tá an eochair KDM do scáileán a trí imithe as feidhm, an bhfuil duine ar bith ag caint leis an dáileoir?',
  ]);
  neverActs(['ná athraigh an eochair do reel-chat', 'Tá an eochair don doras imithe as feidhm']);
});

describe('Romanian deprovisions, lists mine and asks who approves', () => {
  reads([
    ['dezactivează complet unitatea matinee', 'deprovision', 'matinee'],
    ['dezactivați complet unitatea festival-week, vă rog', 'deprovision', 'festival-week'],
  ]);
  slots([
    ['care sunt unitățile mele, te rog?', { intent: 'list', owner: 'me' }],
    ['cine aprobă cheile de acces?', { intent: 'help', topic: 'approvals' }],
  ]);
  // look-alikes: a deprovision not to be done, favourite films, who approves one's leave
  neverActs(['nu dezactivați unitatea matinee']);
  nothingAsked(['care sunt filmele mele preferate?', 'cine aprobă concediul?']);
});

describe('how a unit is left, a correction marker and a venue of the story name no unit', () => {
  reads([
    ['leave the reel-chat unit alone, just revoke its key', 'revoke', 'reel-chat'],
    ['rotate the key for the loyalty-offers unit alone, not the others', 'rotate', 'loyalty-offers'],
    ['I mean bedrock spend: box-office-forecast last month', 'spend', 'box-office-forecast'],
    ['not the ticket revenue, I meant the bedrock spend for reel-chat', 'spend', 'reel-chat'],
    ['revoke all keys, a laptop was stolen from the Leeds cinema last night', 'revoke', null],
  ]);
  // look-alikes: a booth's key is a lock's, "leave me alone", a remark after "I mean"
  nothingAsked(['new key for the Cardiff booth', 'leave me alone lol', 'I mean, the KDM keys expired again']);
});

describe('a line of business named with "self-" is a unit', () => {
  reads([
    ["rotate every key for self-checkout please, the audit says they're too old", 'rotate', 'self-checkout'],
    ['details for self-storage', 'details', 'self-storage'],
  ]);
  // look-alikes: English compounds with "self-" name none
  nothingAsked(["I told them it's self-service in the portal"]);
  neverActs(['our self-hosted runner needs a key']);
});

describe('a form field "Key: API" states the kind', () => {
  slots([
    [
      'Unit: subtitle-drafts\nKey: API\nExpiry: 90 days',
      { intent: 'create_key', businessUnit: 'subtitle-drafts', keyKind: 'api-key', expiryDays: 90 },
    ],
    [
      'Unit: box-office-forecast\nKey: access\nExpiry: 30 days',
      { intent: 'create_key', businessUnit: 'box-office-forecast', keyKind: 'access-key', expiryDays: 30 },
    ],
    [
      'Unit: kdm-tracker\nKey: AKIA5EXAMPLEKDM8Q2W\nAction: revoke',
      { intent: 'revoke', businessUnit: 'kdm-tracker', keyId: 'AKIA5EXAMPLEKDM8Q2W', keyKind: null },
    ],
  ]);
  // look-alikes: a KDM's fields are the trade's
  neverActs(['Screen: 7\nKey: KDM\nExpires: Friday 23:59', 'KDM form\nKey: DCP\nScreen: 4']);
});

describe("a unit's retirement is what a form is for, no name", () => {
  reads([
    ['Unit retirement request\nUnit: matinee\nRemove IAM user: yes', 'deprovision', 'matinee'],
    ['key for the retirement planning team', 'create_key', 'retirement-planning-team'],
  ]);
});

describe('a key removed with the whole set aside is revoked', () => {
  reads([
    ['delete the trailer-tagger key, not the entire unit', 'revoke', 'trailer-tagger'],
    ['revoke the kdm-tracker key only, not the whole thing', 'revoke', 'kdm-tracker'],
    ['remove the whole storage-ops unit, not just the key', 'deprovision', 'storage-ops'],
  ]);
  // look-alike: the removal told as done
  neverActs(['we removed the key for storage-ops, not the whole thing']);
});

describe('who stopped one of our keys, in lay words, is history', () => {
  reads([
    ['who cancelled the loyalty-offers key last week?', 'history', 'loyalty-offers'],
    ['who turned off the reel-chat key?', 'history', 'reel-chat'],
  ]);
  // look-alikes: a show cancelled, a KDM key
  nothingAsked(['who cancelled the Saturday matinee?', 'who cancelled the KDM key for screen 4?']);
});

describe('a lifetime asked hypothetically is about the limits', () => {
  slots([
    ['if I wanted a six hour token would you give me one?', { intent: 'help', topic: 'limits' }],
    ['just curious, if we needed a 9h token would you give us one?', { intent: 'help', topic: 'limits' }],
    ['would a token ever run over the weekend?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alikes: a token asked for now, a meeting room
  slots([
    ['token for 8 hours please, running the weekend batch prep', { intent: 'token', ttlSeconds: 28800 }],
  ]);
  nothingAsked(["if I wanted a ten hour meeting room I'd book it"]);
});
