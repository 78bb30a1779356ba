/**
 * Round forty-eight, fix48c (tuned-webtoon, tuned-styles-cjk): Japanese, Korean and Chinese that the parser misread.
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe('Japanese questions about the bot, the question word last ("どうやって", "どっち", "どうすればいい", "誰が承認する")', () => {
  slots([
    ['APIキーってどうやってもらうんですか？', { intent: 'help' }],
    ['トークンとアクセスキー、どっちがいい？', { intent: 'help', topic: 'key-kinds' }],
    ['トークンが漏れたらどうすればいい？', { intent: 'help', topic: 'general' }],
    ['誰がキーを承認するんですか？', { intent: 'help', topic: 'approvals' }],
    ['コマンド一覧を見せてください', { intent: 'help', topic: 'general' }],
    ['ドキュメントはどこですか？', { intent: 'help', topic: 'general' }],
  ]);
  // look-alikes: a room's key, a game's tokens, a password: not ours
  nothingAsked([
    '会議室の鍵ってどうやってもらうんですか？',
    'ガチャのトークンってどうやってもらうんですか？',
    'パスワードが漏れたらどうすればいい？',
  ]);
});

describe('Japanese polite endings ("おねがいします", "もらえると助かります", "お願いできますか", "で大丈夫です")', () => {
  slots([
    ['トークン発行おねがいします！3時間！', { intent: 'token', ttlSeconds: 10800 }],
    [
      'fraud-ml 用のAPIキーを作ってもらえると助かります',
      { intent: 'create_key', businessUnit: 'fraud-ml', keyKind: 'api-key' },
    ],
    ['トークン、4時間…いや、やっぱり3時間で大丈夫です', { intent: 'token', ttlSeconds: 10800 }],
    ['キー作成お願いできますか？unit は fraud-ml です', { intent: 'create_key', businessUnit: 'fraud-ml' }],
    ['トークンください！2時間 (｀・ω・´)ゞ', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: no need of a token, no hurry: nothing asked
  nothingAsked(['トークンは大丈夫です', 'キー作成は急ぎじゃないです']);
});

describe('Japanese cost and months ("利用料", "コスト", "3月の", "3か月前の")', () => {
  slots([
    [
      'fraud-ml の先月の利用料',
      { intent: 'spend', businessUnit: 'fraud-ml', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      '5月の fraud-ml の履歴',
      { intent: 'history', businessUnit: 'fraud-ml', period: { kind: 'named-month', month: 5, year: null } },
    ],
    [
      '3か月前の fraud-ml のコスト',
      { intent: 'spend', businessUnit: 'fraud-ml', period: { kind: 'month', monthsAgo: 3 } },
    ],
  ]);
  // look-alike: a staff trip's cost in May
  nothingAsked(['5月の社員旅行の費用']);
});

describe('Korean questions about the bot and polite endings ("누가 승인해요", "~", "ㅎㅎ", "…해서요", an ellipsis)', () => {
  slots([
    ['토큰 2시간 부탁드려요~ 데모 준비해야 해서요 ㅎㅎ', { intent: 'token', ttlSeconds: 7200 }],
    ['승인은 누가 해요?', { intent: 'help', topic: 'approvals' }],
    ['토큰 만드는 방법 알려주세요', { intent: 'help' }],
    ['fraud-ml 유닛 삭제해주세요, 이벤트 끝났어요', { intent: 'deprovision', businessUnit: 'fraud-ml' }],
    ['1시간 토큰... 아 아니다 2시간으로 해주세요', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: who runs the team dinner; a request quoted or taken back
  nothingAsked(['회식 누가 해요?']);
  neverActs(['키 바꿔주세요 라고 팀장님이 말했어요', '토큰 2시간 부탁드려요~ 아 근데 필요 없어졌어요']);
});

describe('a request in Japanese or Chinese put to the one mentioned, who can act ("スマホしかなくて", "我在高鐵上", "沒有權限")', () => {
  nothingAsked([
    '<@U01ABCDE> fraud-ml のキー作ってもらえますか？今スマホしかなくて',
    '<@U01ABCDE> 可以幫我 rotate fraud-ml 的 key 嗎？我沒有權限',
    '<@U01ABCDE> fraud-ml のキー、ローテーションしてもらえますか？電車なので',
  ]);
  // look-alikes: the bot asked, and a reason after a request asked
  slots([
    ['トークン2時間もらえますか？', { intent: 'token', ttlSeconds: 7200 }],
    [
      'fraud-ml のキー、ローテーションしてもらえますか？昨日ログに出ちゃったので',
      { intent: 'rotate', businessUnit: 'fraud-ml' },
    ],
  ]);
});

describe('a request in Chinese or Japanese taken back or put off ("算了", "不要了", "唔使喇", "先别 … 等 … 再说")', () => {
  nothingAsked([
    '帮我开个3小时的token…算了，会议取消了',
    '先别轮换 fraud-ml 的 key，等上线再说',
    '唔使喇，key 唔要住',
    '算了，key不要了',
  ]);
  // look-alikes: a correction keeps the request
  slots([['トークン、3時間…いや、やっぱり2時間でいいです', { intent: 'token', ttlSeconds: 7200 }]]);
  neverActs(['撤销 fraud-ml 的key不用了，轮换就行']);
});
