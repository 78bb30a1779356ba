/**
 * Round twenty-eight's review: patterns that backtracked on long runs of spaces, and readings the round's
 * readers gave to messages they were not written for.
 */
import { describe } from 'vitest';
import { parsesWithoutHanging } from './hang-guard.js';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

const SPACES = ' '.repeat(2000);

/**
 * A lazy run holding spaces beside a run of spaces (the mark's spaces, then the clause, then the spaces before
 * the verb) split a long run of spaces every way: seconds on a German, Dutch, Afrikaans or Turkish word, a comma
 * and 2,000 spaces (NOT_LAST_RE, VERB_LAST_RE and NOT_VERB_LAST_RE in surface.ts, TR_VERB_LAST_RE and the
 * Afrikaans spend in more-languages.ts).
 */
describe('a verb put last, read before a long run of spaces, parses in linear time', () => {
  parsesWithoutHanging([
    `bitte , ${SPACES}, `,
    `bitte \n${SPACES}\n`,
    `bitte the${SPACES}x`,
    `bitte not the ${SPACES}not the `,
    `lütfen sil , ${SPACES}, x`,
    `lütfen sil \n${SPACES}\n x`,
    `ek het x ${SPACES}het x `,
    `bitte het x ${SPACES}het x `,
    `lütfen sil${'\n'.repeat(3000)}`,
    `bitte nicht${' \n'.repeat(1500)}`,
  ]);
  keeps([
    ['bitte die unit einkauf komplett entfernen', 'deprovision', 'einkauf'],
    ['marketing anahtarını sil', 'revoke', 'marketing'],
    ['marketing het R500 aan bedrock gespandeer', 'spend', 'marketing'],
  ]);
  neverActs([
    'die Unit einkauf bitte nicht löschen',
    'graag niet de key van x vervangen',
    'marketing anahtarını silme',
    'not the growth key delete',
  ]);
});

/**
 * Japanese "は … ですか" and Chinese "是 … 吗" ask whether a thing is so ("トークンは2時間ですか": is the token two
 * hours?); read word by word they were "token 2 hours?", a token asked for and issued. Told without the
 * question's ending ("トークンは2時間です": the token is two hours) they ask for nothing.
 */
describe('a Japanese or Chinese question of whether a token is so asks for none', () => {
  neverActs([
    'トークンは2時間ですか',
    '令牌是4小时吗',
    'トークンは2時間です',
    '令牌是4小时',
    'キーは東京ですか',
  ]);
  slots([
    ['トークンを2時間お願いします', { intent: 'token', ttlSeconds: 7200 }],
    ['トークンは2時間お願いします', { intent: 'token', ttlSeconds: 7200 }],
    ['こんにちは、トークンを2時間お願いします', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

/**
 * Two readers of Chinese were merged: cjk-words.ts reads a message whose every Chinese or Japanese word it knows,
 * and leaves any other as written; surface.ts's hanFields turned a lifetime, "owner" and "create" into English in
 * any message, so a refusal or a story around them ("不需要 token 4小时": no token needed) was read as far as its
 * words of ours and acted on. The field words and measures are cjk-words.ts's now (traditional forms, "钟头",
 * "个月", "星期" added there).
 */
describe('Chinese field words are read only in a message whose every Chinese word is known', () => {
  neverActs(['不需要 token 4小时', '我昨天创建了一个 key，有效期 30 天', '钥匙在负责人那里']);
  slots([
    [
      '请帮 growth 創建一個 API key，有效期 30 天，負責人 <@U0BTTT333>',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: 30, owner: 'U0BTTT333' },
    ],
    ['请帮 growth 创建一个 API key，有效期 3 个月', { intent: 'create_key', expiryDays: 90 }],
    ['请给我一个 token，2 个钟头', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

/**
 * buried28's own key kept ("…, the access key for van-stock leave it" keeps that key, the request stands) read any
 * word not in the request before as a key's name, so a change of mind pointing back at the key asked for ("…,
 * actually that key leave it", "…, sorry wrong key leave it") kept the request, asked about, where "…, the key
 * leave it" takes it back.
 */
describe('a change of mind pointing back at the key asked for takes the request back', () => {
  nothingAsked([
    'rotate the ads key, actually that key leave it',
    'rotate the ads key, on second thought this key just leave it',
    'revoke the ads key, hmm that one leave it',
    'rotate the growth key, wait the key itself leave it',
    'rotate the growth key, sorry wrong key leave it',
    'rotate the growth key, the same key leave it',
  ]);
  keeps([
    [
      'rotate the api key for install-notes-v2, the access key for van-stock leave it',
      'rotate',
      'install-notes-v2',
    ],
    ['rotate the ads key, the fraud-ml one just leave it', 'rotate', 'ads'],
  ]);
});

/**
 * cjk-words.ts leaves a message with a Chinese or Japanese word it does not know as written, trusting
 * parse-request.ts's guard for a message mostly in a script the parser does not read; a short refusal or remark
 * with an English word of ours ("我不需要 token": I don't need a token) is mostly Latin letters, so the guard let the
 * token through. Any unknown word of those scripts now keeps an action asked about.
 */
describe('a word of ours beside a Chinese or Japanese word nobody read is asked about', () => {
  neverActs(['我不需要 token', 'token 的事情', '我不要 token 2h', 'キーはいらない、rotate しないで']);
  slots([
    ['请给我一个 token，4小时，谢谢', { intent: 'token', ttlSeconds: 14400 }],
    ['トークンを2時間お願いします', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});
