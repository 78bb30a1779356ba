/**
 * Round sixty-one, fix61 chatter: a colleague called by name first, set off by a comma, and asked "can you" or "help
 * me" in Greek, Chinese or with a Japanese term of address ("Γιώργο, μπορείς να …", "怡婷，你可以幫我 …", "Yui-san, …
 * もらえますか"): the request is put to that person, not the bot, and nothing is acted on (vocative-colleague.ts).
 * A greeting, "please", "everyone" or the bot's own name in that place is no one's name: the same words asked of the
 * bot still read as the request. A request taken back in Greek by a clause of its own after it ("άκυρο", "άσ' το",
 * "ξέχασ' το", "όχι, τελικά …", "τελικά δεν …") is withdrawn (greek-take-back.ts); a correction with a value or our words
 * after it keeps the request. Every sentence is the fixer's own.
 */
import { describe, expect, it } from 'vitest';
import { vocativeColleague } from '../../src/intent/vocative-colleague.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { nothingAsked, reads, stillActs } from './acted.js';

describe('a colleague called in Greek and asked "can you": put to that person', () => {
  nothingAsked([
    'Δημήτρη, μπορείς να κάνεις rotate το κλειδί του port-scheduler; είμαι στο πλοίο',
    'Κατερίνα, θα μπορούσες να φτιάξεις ένα key για το cargo-manifest;',
    'Στέλιο, μπορείς να μου βγάλεις token για 2 ώρες; δεν έχω laptop',
    'Αλέξη, μπορείς να κάνεις revoke το key του crew-roster σήμερα;',
    'Ελένη, μπορείτε να σβήσετε το unit harbor-demo;',
  ]);
  // Asked of the bot ("can you …?" with no one named, or after a greeting or the bot's name): the request, which the
  // bot confirms before acting, as on main.
  reads([
    ['μπορείς να κάνεις rotate το κλειδί του port-scheduler;', 'rotate', 'port-scheduler'],
    ['Καλημέρα, μπορείς να κάνεις rotate το κλειδί του port-scheduler;', 'rotate', 'port-scheduler'],
    ['Bedrock, μπορείς να κάνεις revoke το key του crew-roster;', 'revoke', 'crew-roster'],
    ['Παιδιά, κάνε rotate το κλειδί του cargo-manifest', 'rotate', 'cargo-manifest'],
  ]);
  stillActs(['κάνε rotate το κλειδί του cargo-manifest', 'κάνε revoke το key του crew-roster']);
});

describe('a colleague called by a Han given name and asked: put to that person', () => {
  nothingAsked([
    '志明，你可以幫我 rotate 一下 card-risk 的 key 嗎？我在開會',
    '小李，帮我开个2小时的token，我手机没电了',
    '阿強，得閒幫我 revoke 咗 shop-chat 條 key',
    '美玲，你能帮我给 ocr-cn 建一个 key 吗？',
    '老陈，麻烦你把 voice-bot 的 key 轮换一下',
  ]);
  reads([
    ['幫我 rotate 一下 card-risk 的 key', 'rotate', 'card-risk'],
    ['你好，幫我 rotate 一下 card-risk 的 key', 'rotate', 'card-risk'],
    ['麻煩，幫我 revoke shop-chat 的 key', 'revoke', 'shop-chat'],
    ['帮我开个2小时的token', 'token', null],
    ['大家好，帮我开个2小时的token', 'token', null],
  ]);
  stillActs([
    '幫我 rotate 一下 card-risk 的 key',
    '你好，幫我 rotate 一下 card-risk 的 key',
    '麻煩，幫我 revoke shop-chat 的 key',
    '帮我开个2小时的token',
    '大家好，帮我开个2小时的token',
  ]);
});

describe('a name with a Japanese term of address, asked to do it: put to that person', () => {
  nothingAsked([
    'Haru-san, letter-ocr のキーをローテーションしてもらえますか？今出先なので',
    '佐藤さん、明日 invoice-jp のキー作っていただけますか',
    'Ken-kun, 2時間のトークン取ってくれる？',
    '鈴木先輩、manga-tl のキーを削除してもらえませんか',
    'Aoi-san, subtitle-ja のキーを作成してもらえますか？',
  ]);
  reads([
    ['letter-ocr のキーをローテーションしてください', 'rotate', 'letter-ocr'],
    ['invoice-jp のキーを作ってください', 'create_key', 'invoice-jp'],
    ['2時間のトークンをお願いします', 'token', null],
    ['subtitle-ja のキーを作成してください', 'create_key', 'subtitle-ja'],
    ['manga-tl のキーを削除してください', 'revoke', 'manga-tl'],
  ]);
  stillActs([
    'letter-ocr のキーをローテーションしてください',
    '2時間のトークンをお願いします',
    'manga-tl のキーを削除してください',
  ]);
});

describe('the reader itself: greetings and the bot are no one called', () => {
  it.each([
    ['Γιώργο, μπορείς να το κάνεις;', true],
    ['Καλημέρα, μπορείς να το κάνεις;', false],
    ['Ευχαριστώ, μπορείς να το κάνεις;', false],
    ['志明，你可以幫我嗎', true],
    ['你好，你可以幫我嗎', false],
    ['機器人，幫我開 token', false],
    ['Yui-san, 作ってもらえますか', true],
    ['Bot-san, 作ってもらえますか', false],
    ['Yui-san, ありがとうございます', false],
  ] as const)('%j', (text, called) => {
    expect(vocativeColleague(text)).toBe(called);
  });
  it('a colleague called is put to that person, with no slot', () => {
    const parse = parseRequest('志明，你可以幫我 rotate 一下 card-risk 的 key 嗎？');
    expect([parse.intent, parse.businessUnit ?? null, parse.reason]).toEqual([
      'unknown',
      null,
      'put to another person',
    ]);
  });
});

describe('a request taken back in Greek: withdrawn', () => {
  nothingAsked([
    'κάνε revoke το key του crew-roster. άκυρο, το έλυσε η Μαρία',
    "token 3 ώρες... άσ' το, έφυγε ο πελάτης",
    'κάνε rotate το κλειδί του port-scheduler, όχι, τελικά περιμένουμε τον έλεγχο',
    "φτιάξε key για το cargo-manifest. ξέχασ' το, το ακυρώσαμε",
    'token για 2 ώρες — τελικά δεν χρειάζεται, τελείωσα',
  ]);
  stillActs([
    'κάνε revoke το key του crew-roster',
    'token 3 ώρες',
    'κάνε rotate το κλειδί του port-scheduler',
  ]);
  // "άκυρο" voiding something else is no take-back: the request stays (asked before acting, as on main).
  reads([
    ['κάνε revoke το key του crew-roster. άκυρο το παλιό ticket, αυτό ισχύει', 'revoke', 'crew-roster'],
  ]);
  it('a correction after the take-back word keeps the request', () => {
    expect(parseRequest('token 2 ώρες, όχι, τελικά 4 ώρες').intent).toBe('token');
  });
});
