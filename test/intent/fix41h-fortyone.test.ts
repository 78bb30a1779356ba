/**
 * Round forty-one, fix41h: an AWS Region's city or country named in another language or script. Latin-script names
 * with their case endings are places of the core's table (src/core/aws-regions.ts: Polish "Mediolan", "w Sztokholmie",
 * Welsh "Llundain", Finnish "Tukholmassa", Vietnamese "Luân Đôn"); names in other scripts are glossed by the script's
 * reader (Cyrillic: more-languages.ts; Devanagari and Bengali: more-languages.ts SCRIPT_WORDS; Greek and Arabic:
 * greek-arabic.ts; Hebrew: hebrew-words.ts; Japanese and Chinese: cjk-words.ts; Korean: korean-words.ts). Sentences
 * of our own, and look-alikes: a place where a team or an office is, and a place AWS has no Region in, keep no Region.
 */
import { describe } from 'vitest';
import { neverActs, slots } from './acted.js';

describe('a Region named in another Latin-script language', () => {
  slots([
    ['potrzebuję tokenu na 2 godziny w Mediolanie', { intent: 'token', region: 'eu-south-1' }],
    ['jakie modele mamy w Hiszpanii?', { intent: 'models', region: 'eu-south-2' }],
    ['token na 4h w Dubaju proszę', { intent: 'token', region: 'me-central-1' }],
    ['tocyn am 3 awr yn Llundain', { region: 'eu-west-2' }],
    ['token 3h Tukholmassa', { intent: 'token', region: 'eu-north-1' }],
    ['token 1h v Londýně', { intent: 'token', region: 'eu-west-2' }],
    ['token 2 saat Meksika', { intent: 'token', region: 'mx-central-1' }],
    ['token 2h ở Luân Đôn', { intent: 'token', region: 'eu-west-2' }],
    ['token de 3h en Arabia Saudita', { intent: 'token', region: 'me-west-1' }],
    ['token 5h w Pekinie', { intent: 'token', region: 'cn-north-1' }],
  ]);
});

describe('a Region named in another script', () => {
  slots([
    ['Нужен токен на 3 часа в Сингапуре', { intent: 'token', region: 'ap-southeast-1' }],
    ['какие модели есть во Франкфурте?', { intent: 'models', region: 'eu-central-1' }],
    ['токен на 2 часа в Сеуле', { intent: 'token', region: 'ap-northeast-2' }],
    ['token για 4 ώρες στο Τόκιο', { intent: 'token', region: 'ap-northeast-1' }],
    ['توكن لمدة ساعتين في ستوكهولم', { intent: 'token', region: 'eu-north-1' }],
    ['توكن ساعتين في أبو ظبي', { intent: 'token', region: 'me-central-1' }],
    ['توكن ساعتين بالبحرين', { intent: 'token', region: 'me-south-1' }],
    ['טוקן לשעתיים בפריז', { intent: 'token', region: 'eu-west-3' }],
    ['טוקן לשעתיים בתל אביב', { intent: 'token', region: 'il-central-1' }],
    ['मुझे लंदन में 2 घंटे के लिए टोकन चाहिए', { intent: 'token', region: 'eu-west-2' }],
    ['ミラノでトークンを3時間お願いします', { intent: 'token', region: 'eu-south-1' }],
    ['请给我一个都柏林的token，2小时', { intent: 'token', region: 'eu-west-1' }],
    ['墨尔本 token 1h', { intent: 'token', region: 'ap-southeast-4' }],
    ['스톡홀름에서 토큰 2시간 주세요', { intent: 'token', region: 'eu-north-1' }],
  ]);
});

describe('look-alikes: where a team or an office is, and a place with no Region', () => {
  slots([
    ['the Mediolan team wants a new key', { region: null }],
    ['token 2h for the Londyn office', { intent: 'token', region: null }],
    ['token 2h Атлантида', { intent: 'token', region: null }],
    ['token 2h in Varsovia', { intent: 'token', region: null }],
    ['token 2h 亚特兰蒂斯', { intent: 'token', region: null }],
  ]);
  neverActs(['our Лондон office needs a key', 'я сейчас в Лондоне, потерял ключи от квартиры']);
});
