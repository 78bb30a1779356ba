/**
 * other-scripts.ts: a request in Japanese, Chinese, Korean, Greek or Arabic is read as the English words it is made
 * of when its reader knows every word; a refusal, a story or plain English is left as written (null).
 */
import { describe, expect, it } from 'vitest';
import { otherScriptAsEnglish } from '../../src/intent/other-scripts.js';
import { tidyEnglish } from '../../src/intent/tidy-english.js';

describe('otherScriptAsEnglish', () => {
  it.each([
    ['トークンを3時間お願いします', 'token 3 hours please'],
    ['请给我一个 token，2小时，谢谢', 'please give me a token, 2 hours, thanks'],
    ['ads-ko 키 교체해 주세요', 'please rotate ads-ko key'],
    ['token για 2 ώρες στην Ιρλανδία', 'token for 2 hours in ireland'],
    ['إلغاء مفتاح growth-ar', 'revoke the key of growth-ar'], // (round fifty: "مفتاح X" is X's key, its construct state)
  ])('reads %s as %s', (text, english) => {
    expect(otherScriptAsEnglish(text)).toBe(english);
  });

  it.each([
    ['a refusal in Japanese', 'キーを作らないでください'],
    ['a need withdrawn in Korean', '토큰 이제 필요 없어요'],
    ['a refusal in Arabic', 'لا أحتاج مفتاح'],
    ['a refusal in Greek', 'δεν χρειάζομαι token'],
    ['plain English', 'token 2h please'],
  ])('leaves %s as written', (_kind, text) => {
    expect(otherScriptAsEnglish(text)).toBeNull();
  });
});

describe('tidyEnglish', () => {
  it('closes up stops and brackets, one space between words, nothing before the first', () => {
    expect(tidyEnglish(' ,  token  for 2 hours ( ireland ) , please ? ')).toBe(
      'token for 2 hours (ireland), please?',
    );
  });
});
