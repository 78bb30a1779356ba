/**
 * Round forty-seven, fix47h (tuned-styles-cjk): Korean and Chinese that the parser misread. Sentences of our own of
 * each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe('a Korean lifetime with a half hour, an answer\'s "이요", a correction ("두 시간 반", "2시간이요 아니 4시간")', () => {
  slots([
    ['토큰 세 시간 반 주세요', { intent: 'token', ttlSeconds: 12600 }],
    ['토큰 한 시간 반만 부탁드려요 ㅠㅠ', { intent: 'token', ttlSeconds: 5400 }],
    ['토큰 1시간이요 아니 2시간', { intent: 'token', ttlSeconds: 7200 }],
    ['토큰 네 시간 ㄱㄱ', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  // look-alikes: hours told, nothing asked
  nothingAsked(['회의 두 시간 반이나 했어요 ㅠㅠ', '2시간이요 아니 3시간 걸렸어요']);
});

describe('Korean words for our things and the lay verbs (상태, 내역, 유효기간, 리셋, 무효화, 정지시켜, 없애)', () => {
  slots([
    ['seoul-ads 키 상태 알려주세요', { intent: 'details', businessUnit: 'seoul-ads' }],
    ['seoul-ads 변경 내역 보여주세요', { intent: 'history', businessUnit: 'seoul-ads' }],
    ['seoul-ads 키 리셋 부탁해요', { intent: 'rotate', businessUnit: 'seoul-ads' }],
    ['seoul-ads 키 정지시켜 주세요', { intent: 'revoke', businessUnit: 'seoul-ads' }],
    ['seoul-ads 유닛 없애 주세요', { intent: 'deprovision', businessUnit: 'seoul-ads' }],
    [
      'seoul-ads 서비스용 api key 발급 부탁드립니다. 유효기간 30일',
      { intent: 'create_key', businessUnit: 'seoul-ads', expiryDays: 30 },
    ],
    ['seoul-ads 의 키들 다 폐기', { intent: 'revoke', businessUnit: 'seoul-ads', all: true }],
  ]);
  // look-alikes: a coupon's validity, a door card stopped, a rota changed: not ours
  nothingAsked(['쿠폰 유효기간 지났어요', '출입카드 정지됐어요 총무팀 어디예요', '교대 근무표 리셋됐나요']);
  neverActs(['seoul-ads 키 리셋하지 마세요', '어제 seoul-ads 키 무효화했습니다']);
});

describe('Korean phrases read whole: a month, "could you", the owner, a Korean name corrected, "그리고", a quote', () => {
  slots([
    [
      'spend for seoul-ads 5월',
      { intent: 'spend', businessUnit: 'seoul-ads', period: { kind: 'named-month', month: 5, year: null } },
    ],
    ['토큰 하나 발급해 주실 수 있나요? 2시간이면 충분합니다', { intent: 'token', ttlSeconds: 7200 }],
    ['<@U09PARK> 가 오너인 유닛 목록 보여주세요', { intent: 'list', owner: 'U09PARK' }],
    ['내 유닛 목록 좀', { intent: 'list', owner: 'me' }],
    [
      '키 만들어 주세요 for unit 광고팀 아니고 seoul-ads',
      { intent: 'create_key', businessUnit: 'seoul-ads' },
    ],
    ['seoul-ads 키 폐기요 그리고 새로 하나 만들어 주세요', { intent: 'revoke', businessUnit: 'seoul-ads' }],
    ['> 봇한테 직접 요청하세요\n아 넵! 토큰 2시간 부탁드려요', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: a quoted request with a story after it, a plan, a month told
  nothingAsked(['> 토큰 2시간 부탁드려요\n이거 누가 보낸 거예요?', '5월에 휴가 가요']);
  neverActs(['seoul-ads 키 폐기요? 그리고 뭐 해야 돼요?']);
});

describe('a Korean reason after a request that tells of a leak or an end ("보였어요", "프로젝트 종료됐어요")', () => {
  slots([
    ['seoul-ads 키 교체해 주세요. 협력사한테 보였어요', { intent: 'rotate', businessUnit: 'seoul-ads' }],
    [
      'seoul-ads 유닛 삭제해 주세요. 프로젝트 종료됐어요',
      { intent: 'deprovision', businessUnit: 'seoul-ads' },
    ],
  ]);
  // look-alikes: done already, taken back
  neverActs([
    'seoul-ads 키 교체해 주세요. 근데 이미 처리됐어요',
    'seoul-ads 유닛 삭제해 주세요 라고 팀장님이 하셨어요',
  ]);
});

describe('a Korean how-to or what-is question ("어떻게 해요?", "…가 뭐예요?")', () => {
  slots([
    ['비용 조회는 어떻게 해요?', { intent: 'help', topic: 'spend' }],
    ['키 상세 정보는 어떻게 봐요?', { intent: 'help', topic: 'details' }],
    ['액세스 키가 뭐예요?', { intent: 'help', topic: 'key-kinds' }],
  ]);
  neverActs(['토큰 발급은 어떻게 해요?', '키 폐기가 뭐예요?']);
});

describe('Chinese and Cantonese words for asking and for our things (請, 麻煩, 給, 條, 金鑰, 輪替, 停用, 收回, 下线, 费用)', () => {
  slots([
    ['麻煩幫我建一個key給 tw-search', { intent: 'create_key', businessUnit: 'tw-search' }],
    ['請幫 tw-search 輪替金鑰', { intent: 'rotate', businessUnit: 'tw-search' }],
    ['停用 tw-search 的所有 key', { intent: 'revoke', businessUnit: 'tw-search', all: true }],
    ['tw-search 的 key 收回', { intent: 'revoke', businessUnit: 'tw-search' }],
    ['下线 tw-search，监管审查后', { intent: 'deprovision', businessUnit: 'tw-search' }],
    ['tw-search 的操作记录', { intent: 'history', businessUnit: 'tw-search' }],
    ['我有邊幾個unit？', { intent: 'list', owner: 'me' }],
  ]);
  // look-alikes: taken back, put off, told, put to a colleague: never acted on
  neverActs([
    '算了，key不要了',
    '先别停用 tw-search 的 key，等活动结束再说',
    '老板说 tw-search 的key要收回，我先记下来',
    '阿明，得閒幫我輪替 tw-search 條 key 吖',
    '唔使喇，key 唔要住',
  ]);
});
