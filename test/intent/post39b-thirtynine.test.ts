/**
 * Round thirty-nine, the review of the merged change (post39b): English "tokens per 24h" (a rate) read as a lifetime;
 * Irish and unaccented Vietnamese commands read without their negations, past and questions; Italian and French
 * participles read as done where they tell no past ("va revocata", "doit être révoquée", "non ho ancora ruotato");
 * short foreign words that are unit or person names ("abhi", "pala", "arata", "kaun", "lae", "labda") switching a
 * language on.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('English "per" after a token is a rate, not a lifetime; Italian "per 2h" and the bare request still are', () => {
  nothingAsked([
    'can I get more than 3 tokens per 24h?',
    "I keep getting one token per 45 minutes, it's annoying",
    'the old bot issued a token per 8h per person',
    "the old bot gave us a token per 4h, this one doesn't",
    'our pipeline grabs a fresh token per 1h run',
    'our scheduler mints a token per 30 minutes, is that normal?',
    'we hand out two tokens per 12h per team',
  ]);
  // look-alikes: the request alone, and in Italian, keep their lifetime
  slots([
    ['token per 2h', { intent: 'token', ttlSeconds: 7200 }],
    ['vorrei un token per 2h, grazie', { intent: 'token', ttlSeconds: 7200 }],
    ['token per 45 minuti', { intent: 'token', ttlSeconds: 2700 }],
  ]);
});

describe("Irish: don't, no longer, was it done, done yesterday: never carried out", () => {
  neverActs([
    'Ná scrios an eochair do ads',
    'Ná cealaigh eochair ads, le do thoil',
    'Ní theastaíonn token uaim a thuilleadh',
    'Ar scriosadh an eochair do growth?',
    'Scriosadh an eochair do ads inné',
    'Chealaigh mé an eochair do ads inné',
    'Níor scrios mé an eochair do ads',
  ]);
  nothingAsked(['Ní theastaíonn token uaim a thuilleadh', 'Scriosadh an eochair do ads inné']);
  // look-alikes: the command itself, and a token asked for
  reads([
    ['cealaigh an eochair do ads, le do thoil', 'revoke', 'ads'],
    ['scrios an eochair do ads', 'revoke', 'ads'],
  ]);
  slots([['teastaíonn token uaim ar feadh dhá uair an chloig', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe("Vietnamese with or without marks: don't, no need, already done, done yet?, yesterday: never carried out", () => {
  neverActs([
    'dung thu hoi key cua growth',
    'khong can thu hoi key cua growth',
    'toi da thu hoi key cua growth roi',
    'anh Minh da thu hoi het key cua growth chua?',
    'hom qua minh lay token 2 tieng roi',
    'đừng thu hồi hết key của growth',
    'không cần thu hồi key của growth',
    'mình đã thu hồi key của growth rồi',
  ]);
  // look-alikes: the revocation asked, with marks and without
  reads([
    ['thu hoi het key cua growth', 'revoke', 'growth'],
    ['thu hồi hết key của growth', 'revoke', 'growth'],
  ]);
  slots([['token 3 tieng nhe', { intent: 'token', ttlSeconds: 10_800 }]]);
});

describe('a participle after "va", "doit être" or "not yet" tells no past action', () => {
  neverActs([
    'per favore, la chiave di growth va revocata oggi',
    'la clé de growth doit être révoquée, elle a fuité',
  ]);
  reads([
    ['non ho ancora ruotato la chiave di growth, puoi farlo tu?', 'rotate', 'growth'],
    ["je n'ai pas encore changé la clé de growth, tu peux la faire tourner ?", 'rotate', 'growth'],
    // look-alikes: the past after its auxiliary is still told as done, or asked after
    ['chi ha ruotato la chiave di bean-ledger e quando?', 'history', 'bean-ledger'],
  ]);
  nothingAsked([
    'ho già ruotato la chiave di bean-ledger ieri',
    "j'ai déjà changé la clé de ota-sync ce matin",
  ]);
});

describe('a short foreign word that is a name switches no language on', () => {
  reads([
    ['create a key for abhi', 'create_key', 'abhi'],
    ['create a key for pala', 'create_key', 'pala'],
    ['create a key for arata', 'create_key', 'arata'],
    ['create a key for kaun', 'create_key', 'kaun'],
    ['rotate the key for lae', 'rotate', 'lae'],
  ]);
  slots([['token for my labda function, 2h', { intent: 'token', ttlSeconds: 7200, longTerm: true }]]);
  // look-alikes: in their own language they are still read
  neverActs([
    'labda tutahitaji key ya pili, tutaona',
    'auction-insights ki key abhi rotate mat karna, sale chal rahi hai',
  ]);
  slots([['token for 6 hrs, ay mali, 8 hrs pala', { intent: 'token', ttlSeconds: 28_800 }]]);
  stillActs(['rotate the key for abhi']);
});
