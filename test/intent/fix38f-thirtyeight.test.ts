/**
 * Round thirty-eight, fix38f (tuned-styles-eastwest): whole messages in Japanese, Chinese, Korean, Vietnamese,
 * Portuguese, Spanish, Italian and French. The words for our things each reader lacked (cjk-words.ts, korean-words.ts,
 * more-languages.ts): a key's details, new and long-term, all units, cost and when, the past; Chinese and Japanese
 * tens, half a year, a year, half an hour, a quarter hour; Korean expiry, owner, a day, usable, a number glued to
 * "번"; number words before a unit in the Romance languages and Vietnamese. A favour asked after an opening mention
 * (it may ask a colleague) is left as written. Sentences of our own of each kind, and look-alikes that keep their
 * reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('Japanese and Chinese words for our things (cjk-words.ts)', () => {
  slots([
    ['トークン 四十五分 大阪で', { intent: 'token', ttlSeconds: 2700, region: 'ap-northeast-3' }],
    [
      'guest-app の新しいキーを作ってください。期限は半年',
      { intent: 'create_key', businessUnit: 'guest-app', expiryDays: 180 },
    ],
    ['全ユニットの一覧をお願いします', { intent: 'list', all: true }],
    ['spa-booking のキーの詳細を見たいです', { intent: 'details', businessUnit: 'spa-booking' }],
    ['過去30日間の操作履歴を見せて', { intent: 'history', period: { kind: 'days', days: 30 } }],
    ['token 两个半小时 东京', { intent: 'token', ttlSeconds: 9000, region: 'ap-northeast-1' }],
    ['token 一刻钟就好', { intent: 'token', ttlSeconds: 900 }],
    [
      '给 spa-bot 建立 API 金鑰，效期一年',
      { intent: 'create_key', businessUnit: 'spa-bot', keyKind: 'api-key', expiryDays: 365 },
    ],
    ['列出所有单元', { intent: 'list', all: true }],
    [
      '上个月 spa-bot 花了多少钱？',
      { intent: 'spend', businessUnit: 'spa-bot', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['吊销 spa-bot 的所有key，马上！', { intent: 'revoke', businessUnit: 'spa-bot', all: true }],
  ]);
  // look-alikes: a favour asked of a colleague named first; a story and a refusal keep words the reader does not know
  neverActs([
    '<@U0FRIEND1> spa-bot のキー、ローテーションしてもらえますか？',
    '昨天我已经把 spa-bot 的key轮换了',
  ]);
  nothingAsked(['フロントのシフト、ローテーション変えたいので店長に相談します']);
});

describe('Korean words for our things (korean-words.ts)', () => {
  slots([
    [
      'spa-bot 유닛에 API 키 만들어 주세요. 만료는 60일',
      { intent: 'create_key', businessUnit: 'spa-bot', keyKind: 'api-key', expiryDays: 60 },
    ],
    ['spa-bot 키 로테이트 해주세요', { intent: 'rotate', businessUnit: 'spa-bot' }],
    ['토큰 2시간... 아 아니다 3시간으로 해주세요', { intent: 'token', ttlSeconds: 10800 }],
    ['내가 가진 유닛 목록 좀', { intent: 'list', owner: 'me' }],
    ['토큰 두 시간 받을 수 있을까요?', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: "could I get" after a colleague's mention; a favour asked of a colleague
  nothingAsked(['<@U0FRIEND1> 토큰 두 시간 받을 수 있을까요?']);
  neverActs(['<@U0FRIEND1> spa-bot 키 좀 폐기해 줄 수 있어?']);
});

describe('Romance and Vietnamese words for our things (more-languages.ts)', () => {
  slots([
    [
      'access key para spaBot, dueño <@U0ABCDEF1>',
      { intent: 'create_key', businessUnit: 'spa-bot', owner: 'U0ABCDEF1', keyKind: 'access-key' },
    ],
    ['token de trinta minutos', { intent: 'token', ttlSeconds: 1800 }],
    [
      'crée une clé API pour spa-bot, expire dans 60 jours',
      { intent: 'create_key', businessUnit: 'spa-bot', expiryDays: 60 },
    ],
    ['cho mình token hai tiếng nhé', { intent: 'token', ttlSeconds: 7200 }],
    [
      'cần key dài hạn cho spa-bot, hết hạn sau sáu tháng',
      { intent: 'create_key', businessUnit: 'spa-bot', expiryDays: 180 },
    ],
    [
      'lịch sử của spa-bot trong 3 tuần qua',
      { intent: 'history', businessUnit: 'spa-bot', period: { kind: 'days', days: 21 } },
    ],
    [
      'tôi ở São Paulo, preciso de um token por duas horas',
      { intent: 'token', ttlSeconds: 7200, region: 'sa-east-1' },
    ],
  ]);
  // look-alikes: "not yet needed" stays a non-request; "São Paulo" is a place, not "are"
  nothingAsked(['tạm thời chưa cần token']);
  keeps([['il me faudrait un token pour quarante minutes', 'token']]);
});

describe('a Japanese question ending "ありますか"/"出てますか"; the French "quelles unités j\'ai" (mine)', () => {
  slots([
    ['大阪で使えるモデルは何がありますか', { intent: 'models', region: 'ap-northeast-3' }],
    [
      '先月の費用って全体でどのくらい出てますか',
      { intent: 'spend', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ["quelles équipes j'ai ?", { intent: 'list', owner: 'me' }],
  ]);
  // look-alike: a telling with the topic and no question stays unread
  neverActs(['トークンは会議が終わってからもらいます、今はまだいらないです']);
});
