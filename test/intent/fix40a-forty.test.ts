/**
 * Round forty, fix40a (tuned-airport): a squad named by a premises word ("the mail squad", trade-team.ts), also where
 * what we have for it is asked; "cell" a group noun, and a cell's need of a key "of its own" (group-nouns.ts,
 * unit-needs-key.ts); Portuguese "da"/"dos" no unit's name and "podes fazer <our verb>" asked as "can you" (surface.ts,
 * business-unit.ts); Polish "właściciel" (owner) and "co to jest <a key>?" (more-languages.ts); Arabic "لـ" written
 * alone (greek-arabic.ts); a supposition marked "just thinking out loud" (musing-remark.ts). Sentences of our own of
 * each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a squad named by a premises word is a team of ours where something of ours is asked of it', () => {
  reads([
    ['we need a long-term key for the mail squad', 'create_key', 'mail-squad'],
    ['rotate the key of the lobby squad, it was pasted in a ticket', 'rotate', 'lobby-squad'],
    // (post40a: the key said to be ours, an API key; a plain key of a premises squad is a door's, and what we have for
    // it asks of no unit, "what do we have for the cleaning squad? mops?": post40a-forty.test.ts.)
    ['revoke the api key for the kitchen squad', 'revoke', 'kitchen-squad'],
    ['bedrock spend for the coffee squad, last 30 days', 'spend', 'coffee-squad'],
  ]);
  // look-alikes: premises and the people of a door's key stay everyday things
  nothingAsked(['who has the key for the parking office?', 'the key for the cleaning crew is at reception']);
  neverActs(['the catering squad lost the van keys again']);
});

describe('"cell" is a group noun, and a cell needing a key "of its own" asks for one', () => {
  reads([
    ['the fuel desk liaison cell needs a key of its own', 'create_key', 'fuel-desk-liaison-cell'],
    ['the slot planning cell needs an api key', 'create_key', 'slot-planning-cell'],
    ['the baggage analytics team needs a key of their own', 'create_key', 'baggage-analytics-team'],
  ]);
  // look-alikes: a cell of a notebook or a workshop, and a cell wanting other things, ask nothing of ours
  keeps([['rotate the key for apron-ops, it leaked in a notebook output cell', 'rotate', 'apron-ops']]);
  nothingAsked(['the slot planning cell wants a new whiteboard, who orders?']);
  neverActs(['the slot planning cell needs a key to the archive room']);
});

describe('Portuguese: "da"/"dos" name no unit, and "podes fazer <our verb>" asks it of the bot', () => {
  reads([
    ['podes fazer rotate da key do gate-ops?', 'rotate', 'gate-ops'],
    ['você pode fazer o revoke da key do gate-ops?', 'revoke', 'gate-ops'],
    ['podes fazer deprovision do pax-old?', 'deprovision', 'pax-old'],
  ]);
  // look-alikes: what it is asked, and something else made, stay what they were
  keeps([['o que é fazer deprovision?', 'help']]);
  nothingAsked(['podes fazer um bolo para sexta?']);
});

describe('Polish: "właściciel" is the owner, and "co to jest <a key>?" asks what it is', () => {
  slots([
    [
      'potrzebujemy klucza dla jednostki gate-ops, właściciel <@U0GATE0PS>',
      { intent: 'create_key', businessUnit: 'gate-ops', owner: 'U0GATE0PS' },
    ],
    [
      'co to jest api key? pierwszy dzień w pracy',
      { intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    ],
  ]);
  // look-alike: what a noise is, asked, is nothing of ours
  nothingAsked(['co to jest za hałas na korytarzu?']);
});

describe('Arabic: the preposition "لـ" written alone', () => {
  slots([
    [
      'أحتاج مفتاح API لـ gate-ops لمدة 60 يوم',
      { intent: 'create_key', businessUnit: 'gate-ops', keyKind: 'api-key', expiryDays: 60 },
    ],
  ]);
  // look-alike: a negation stays unread
  neverActs(['لا أحتاج مفتاح لـ gate-ops']);
});

describe('a supposition the writer marks as thought aloud asks nothing', () => {
  nothingAsked([
    'if we move the yard system to Madrid, would we need new keys? just thinking aloud 🤔',
    'thinking out loud: if the budget lands we would want a key for yard-ops',
  ]);
  // look-alikes: a request made all the same keeps its reading
  keeps([['just thinking out loud, but can you give me a token for 2h if that is ok?', 'token']]);
  neverActs(['if we ever close the depot, do its keys go too? just thinking out loud']);
});
