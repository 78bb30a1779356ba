/**
 * Round thirty-six, fix36c: requests in Vietnamese (read as nothing, or without their lifetime), words of Turkish,
 * Polish, Portuguese and Taglish the glossary missed, Hindi, Tamil and Bengali script, Nigerian Pidgin's grammar, and
 * help questions on a token's bounds, a kind's meaning or a Region's offer read as another topic; with sentences
 * of our own of each kind and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Vietnamese requests of every command, and their lifetimes', () => {
  reads([
    ['xoay key của growth-vn nhé', 'rotate', 'growth-vn'],
    ['thu hồi key của unit ocr-legacy giúp em', 'revoke', 'ocr-legacy'],
    ['xoá hẳn unit pilot-old, xong rồi', 'deprovision', 'pilot-old'],
    ['cho em xem chi tiết unit payments-vn', 'details', 'payments-vn'],
    ['lịch sử key của growth-vn tuần này', 'history', 'growth-vn'],
  ]);
  slots([
    ['cho em 1 token 3 tiếng nhé', { intent: 'token', ttlSeconds: 10_800 }],
    ['token 45 phút thôi', { intent: 'token', ttlSeconds: 2700 }],
    [
      'tạo access key cho team risk-vn, hết hạn sau 90 ngày',
      { intent: 'create_key', businessUnit: 'risk-vn', keyKind: 'access-key', expiryDays: 90 },
    ],
    [
      'chi phí của payments-vn tháng này là bao nhiêu?',
      { intent: 'spend', businessUnit: 'payments-vn', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['làm sao để xin token?', { intent: 'help', topic: 'token' }],
  ]);
  // look-alikes: the weather, a house key lost
  nothingAsked(['hôm nay trời đẹp quá', 'mình làm mất chìa khoá nhà rồi']);
});

describe("help questions on a token's bounds, a kind's meaning, a Region's offer", () => {
  slots([
    [
      'is there a ceiling on how long tokens last? need one for a long batch',
      { intent: 'help', topic: 'limits' },
    ],
    ['can a token last from tonight until tomorrow noon?', { intent: 'help', topic: 'limits' }],
    ['could a token go up to 14 hours if the run is long?', { intent: 'help', topic: 'limits' }],
    ['api key = ? is it just a password', { intent: 'help', topic: 'key-kinds' }],
    ['in tokyo do you only issue tokens?', { intent: 'help', topic: 'regions' }],
    ['token aur access key mein farak kya hai?', { intent: 'help', topic: 'key-kinds' }],
    ['what command do i use to get rid of a whole unit?', { intent: 'help', topic: 'deprovision' }],
  ]);
  // look-alikes: a token asked for the full lifetime is still asked for; a shift told; a city's office told
  slots([['can I have a token for the full 12 hours next time?', { intent: 'token', ttlSeconds: 43_200 }]]);
  nothingAsked([
    'the kids go to bed at 9 and the shift runs to the full 8 hours',
    'in tokyo the office is closed today',
    'we need to get rid of a team offsite idea',
  ]);
});

describe('Turkish, Polish, Portuguese and Taglish words the glossary missed', () => {
  slots([
    ['token na półtorej godziny poproszę', { intent: 'token', ttlSeconds: 5400 }],
    ['2 buçuk saat token lütfen', { intent: 'token', ttlSeconds: 9000 }],
    ["son 7 günde kim hangi key'i açtı?", { intent: 'history', period: { kind: 'days', days: 7 } }],
    ['paano po mag-rotate ng key ng growth-ph?', { intent: 'help', topic: 'rotate' }],
    ['sen Türkçe konuşuyor musun?', { intent: 'help', topic: 'general' }],
  ]);
  reads([
    ['roda a chave da growth-br por favor', 'rotate', 'growth-br'],
    ['lista de todos os modelos por favor', 'models', null],
  ]);
  // look-alikes: a meeting of an hour and a half; a script that runs ("roda") with the old key; whether a person
  // knows Turkish
  nothingAsked([
    'bir buçuk saatlik toplantı var, sonra konuşalım',
    'o script roda toda noite com a chave antiga',
    'Ahmet Türkçe biliyor mu?',
  ]);
});

describe('Hindi, Tamil and Bengali script: a token put off, a token asked how to get', () => {
  slots([
    ['token எப்படி வாங்குவது?', { intent: 'help', topic: 'token' }],
    ['টোকেন কিভাবে পাবো?', { intent: 'help', topic: 'token' }],
  ]);
  nothingAsked(['இன்னைக்கு token வேண்டாம், அப்புறம் பார்க்கலாம்', 'अभी token मत दो, कल चाहिए होगा']);
  // (a token put first, then put off, may still be asked about, never done)
  neverActs(['अभी token मत दो', 'token அப்புறம், இன்னைக்கு வேண்டாம்']);
});

describe("Nigerian Pidgin's grammar", () => {
  reads([['abeg rotate the key for otc-desk', 'rotate', 'otc-desk']]);
  slots([
    [
      'make e last 30 days abeg, key for growth',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: 30 },
    ],
  ]);
  // look-alikes: Don the person; a migration finished, no key needed
  nothingAsked(['don said the key is fine', 'we don finish the migration, no key needed']);
});

describe('the units one is over, asked as "under me"', () => {
  slots([
    ['which teams fall under me now?', { intent: 'list', owner: 'me' }],
    ['what units are under me?', { intent: 'list', owner: 'me' }],
  ]);
  // look-alikes: tasks are no units; units under me told of
  nothingAsked(['which of the tasks are under me?', 'the units under me are busy this week']);
});
