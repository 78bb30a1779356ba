/**
 * Round forty-three, fix43c (tuned-styles-eastwest, -southern, -relay): kinds of writing in other languages and in
 * relayed asks that the parser misread. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a colleague asked to get a token "from bot" for the writer, in English and South Asian languages, Swahili', () => {
  nothingAsked([
    '<@U04PRIYA> can you grab a token from bot for me? my vpn is down',
    '<@U02IMRAN> bhai bot se ek token nikal do mere liye, laptop band hai',
    '<@U09SELVI> akka, bot kitta oru token vaangi kudunga please',
    '<@U05BARAKA> tafadhali niombee token kwa bot, simu yangu imezima',
    '<@U01RUMA> bot theke amar jonno ekta token niye dao',
  ]);
  // look-alikes: the bot itself asked, with a token got from it before, keeps the request
  slots([
    [
      '<@U07BEDR0CK> token 3h please, the one I got from bot this morning expired',
      { intent: 'token', ttlSeconds: 10800 },
    ],
  ]);
});

describe('whether the bot keeps a copy of a token, or a token may be shared, in other languages: keeping it safe', () => {
  slots([
    ['क्या bot मेरे टोकन की कॉपी अपने पास रखता है?', { intent: 'help', topic: 'general' }],
    ['क्या मैं अपना टोकन किसी और साथी के साथ शेयर कर सकता हूँ?', { intent: 'help', topic: 'general' }],
    ['cho mình hỏi bot có lưu bản sao token của mình không?', { intent: 'help', topic: 'general' }],
    [
      'after you DM my contractor a token, is there a copy kept anywhere on your side?',
      { intent: 'help', topic: 'general' },
    ],
  ]);
  // look-alike: how long a token lasts stays limits
  slots([['cho mình hỏi token dùng được bao lâu?', { intent: 'help' }]]);
});

describe('a quoted request corrected after "sorry not X," or in another language', () => {
  slots([
    [
      '> revoke the key for menu-sync\nsorry not menu-sync, menu-sync-v2',
      { intent: 'revoke', businessUnit: 'menu-sync-v2' },
    ],
    [
      '> ruota la chiave di fleet-ops\nscusa, non fleet-ops: fleet-maps',
      { intent: 'rotate', businessUnit: 'fleet-maps' },
    ],
    [
      'rotate the key for cargo-eta, sorry not cargo-eta, cargo-eta-v2',
      { intent: 'rotate', businessUnit: 'cargo-eta-v2' },
    ],
  ]);
  // look-alikes: a unit left alone after "not ads:" keeps the first one
  keeps([['revoke the growth key. not ads: that one stays', 'revoke', 'growth']]);
});

describe('a quoted token asked again with "me too" in another language and a lifetime of its own', () => {
  slots([
    ['> トークン3時間ください\n私も2時間でお願いします', { intent: 'token', ttlSeconds: 7200 }],
    ['> token lagbe 4 ghontar\namio same, 3 ghonta', { intent: 'token', ttlSeconds: 10800 }],
    ['> token 3h pls\nmoi aussi, 2h', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: "me too" alone, or a remark with no lifetime, asks nothing again
  neverActs(['> トークン3時間ください\n私も', '> rotate the ads key\n私もエラーが出ました']);
});

describe("a game's tokens talked about in Chinese or Japanese: the players' currency, not ours", () => {
  nothingAsked(['这次活动的代币 token 掉率太低了，玩家都在抱怨', '遊戲商城的 token 可以換多少鑽石？']);
  // look-alike: a token of ours asked with a lifetime keeps its request
  slots([['token 2小时 谢谢', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('the model a token is for, said with a Portuguese or Indonesian verb of trying', () => {
  slots([
    ['consigo um token de 2h? vou testar o mistral nos resumos', { intent: 'token', provider: 'mistral' }],
    [
      'kami mau coba bikin ringkasan pakai Claude, minta token 3 jam',
      { intent: 'token', provider: 'anthropic' },
    ],
  ]);
});

describe('a relayed ask: "for him" names whom it is for, "Per X:" whose word it carries; neither is the unit', () => {
  slots([
    [
      'Priya asked: what does cargo-eta have right now? could you look it up for him',
      { intent: 'details', businessUnit: 'cargo-eta' },
    ],
    [
      'Per the Risk Office: revoke the keys of legacy-scoring',
      { intent: 'revoke', businessUnit: 'legacy-scoring' },
    ],
    ['As per the CISO: rotate the fleet-maps key today', { intent: 'rotate', businessUnit: 'fleet-maps' }],
  ]);
  // look-alikes: the group's own key stays the group's; a unit whose name holds "him" stays one
  keeps([
    ['On behalf of payments: rotate our key', 'rotate', 'payments'],
    ['key for him-ops please, 30 days', 'create_key', 'him-ops'],
  ]);
});

describe('Hinglish "ye"/"wo" (this, that) before a key: pointing, never a unit', () => {
  slots([
    [
      'ye key revoke karo please, galti se channel mein paste ho gayi',
      { intent: 'revoke', businessUnit: null },
    ],
    ['wo key abhi rotate kar do', { intent: 'rotate', businessUnit: null }],
  ]);
  // look-alikes: a token with its lifetime, and a unit's key, keep their values
  slots([
    ['yeh token 3 ghante ke liye chahiye', { intent: 'token', ttlSeconds: 10800 }],
    ['payments ki key rotate karo, wo leak ho gayi', { intent: 'rotate', businessUnit: 'payments' }],
  ]);
});

describe("the relayer's lead before a colon (who writes, for whom): the unit is the one the request names after it", () => {
  slots([
    [
      "Hi, I'm in finance ops but asking for the Warehouse crew, they have no one on Slack: they need a key for the Warehouse crew, owner <@U0WARE01>",
      { intent: 'create_key', businessUnit: 'warehouse-crew', owner: 'U0WARE01' },
    ],
    [
      "I'm posting this for our interns since they can't run commands yet: a key for the intern-lab, 14 days",
      { intent: 'create_key', businessUnit: 'intern-lab', expiryDays: 14 },
    ],
  ]);
  // look-alikes: the writer's own team asking for itself, no unit after the colon
  keeps([
    ["I'm on the payments team: need a key, 90 days", 'create_key', 'payments-team'],
    ["I'm from growth: please rotate our key", 'rotate', 'growth'],
  ]);
});

describe('Hinglish "ya" (or) between credentials, and a Banglish name in capitals before "er jonno" and the request', () => {
  slots([
    ['cron job ke liye api key behtar hai ya token?', { intent: 'help', keyKind: null }],
    [
      'Tasting Lab er jonno long term key lagbe, 90 din expiry',
      { intent: 'create_key', businessUnit: 'tasting-lab' },
    ],
  ]);
  // look-alikes: "ya" between numbers is the duration reader's; a lifetime after "er jonno" stays a lifetime
  slots([
    ['mujhe token chahiye, 2 ya 3 ghante', { intent: 'token', ttlSeconds: 10800 }],
    ['Tasting Lab er jonno 2 ghontar token lagbe', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});
