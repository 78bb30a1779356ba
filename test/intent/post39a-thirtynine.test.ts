/**
 * Round thirty-nine, the review of the merged fixers' work (post39a): a clause after a Korean or Japanese request
 * that takes it back, says it is done or no longer needed, quotes it or calls it a joke, read off as a reason
 * (reason-tail.ts); a Chinese yes/no question with "吗" and no word that asks; Cantonese "唔該晒" alone (thanks a
 * lot); Hebrew "למה" (why) and other whole words read as a prefix before a known word; Portuguese "sao minhas units"
 * (my units). Each with look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a Korean clause after a request that takes it back, says it is done, quotes it or jokes', () => {
  neverActs([
    'ads 키 폐기해 주세요. 근데 민수님이 해결했어요',
    'ads 키 폐기해 주세요 라고 팀장님이 말했어요',
    '토큰 2시간 주세요. 아 근데 필요 없어졌어요',
    'growth 키 로테이트 해 주세요. 어제 팀장님이 처리하셨어요',
    'ads 키 로테이트 해 주세요. 는 농담이었어요',
    // of our own: done by someone, no longer needed as a reason, a joke
    'growth 키 폐기해 주세요. 민수님이 했어요',
    '토큰 하루짜리 필요해요 이제 필요 없어서',
    'ads 키 폐기해 주세요. 장난이에요',
  ]);
  // look-alikes: a reason (because, a leak) after the request is left unread, and the request carried out
  slots([
    ['토큰 두 시간 필요해요 회의 준비해야 돼서', { intent: 'token', ttlSeconds: 7200 }],
    [
      'ota-sync 키 폐기해 주세요. 깃허브 퍼블릭 레포에 올라갔어요 ㅠㅠ',
      { intent: 'revoke', businessUnit: 'ota-sync' },
    ],
    ['ota-sync 키 폐기해 주세요. 슬랙에 노출됐어요', { intent: 'revoke', businessUnit: 'ota-sync' }],
    ['토큰 두 시간 필요해요 배치 때문에', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

describe('a Japanese clause ending in "ので" that quotes the request, says it is done, no longer needed or a joke', () => {
  neverActs([
    'ads のキーをローテーションしてください、と言われたので',
    'ads のキーをローテーションしてください。田中さんがもうやってくれたので',
    'トークン下さい、と思ったけど必要なくなったので',
    'トークン下さい。冗談なので',
    'growth のキーを削除してください、と言う予定だったけど先輩がやってくれたので',
    // of our own
    'growth のキーを削除してください、って頼まれたので',
    'トークン下さい。やっぱりいらなくなったので',
  ]);
  // look-alikes: a reason after the request
  slots([
    ['トークン下さい、3時間で。デモがあるので', { intent: 'token', ttlSeconds: 10_800 }],
    [
      'bean-ledger のキーをローテーションしてください、誤って共有しちゃったので',
      { intent: 'rotate', businessUnit: 'bean-ledger' },
    ],
  ]);
});

describe('a Chinese yes/no question with "吗" and no word that asks for it', () => {
  neverActs(['把 growth 的 key 删除吗？', 'growth 的 key 删除吗？', '把 ads 的 key 轮换吗']);
  // look-alikes: the object before its verb, asked for
  reads([
    ['请把 cheese-lab 的 key 撤销一下', 'revoke', 'cheese-lab'],
    ['把 growth 的 key 删除', 'revoke', 'growth'],
  ]);
});

describe('Cantonese "唔該晒" alone is thanks a lot', () => {
  nothingAsked(['唔該晒！', '唔該晒']);
  // look-alikes: after a request it is still polite
  slots([
    ['一個 token 三小時，唔該晒', { intent: 'token', ttlSeconds: 10_800 }],
    ['一個 token 三小時，唔該', { intent: 'token', ttlSeconds: 10_800 }],
  ]);
});

describe('Hebrew whole words that look like a prefix before a known word', () => {
  neverActs([
    'למה צריך להחליף את המפתח של growth?',
    'למה צריך מפתח קבוע?',
    'ולמה צריך טוקן?',
    'צריך טוקן בלי תוקף',
    'תן למתן טוקן',
  ]);
  // look-alikes: "ל" (for) before a count, "היום" today, a rotation asked
  slots([
    ['צריך טוקן לשלוש שעות', { intent: 'token', ttlSeconds: 10_800 }],
    ['צריך טוקן היום', { intent: 'token', ttlSeconds: null }],
  ]);
  stillActs(['תחליף את המפתח של redteam-lab']);
});

describe('Portuguese "sao minhas" before a noun is "are my", not "are mine"', () => {
  slots([
    ['quais sao minhas units?', { intent: 'list', owner: 'me' }],
    ['quais unidades são minhas?', { intent: 'list', owner: 'me' }],
    ['quali sono le mie unità?', { intent: 'list', owner: 'me' }],
  ]);
});
