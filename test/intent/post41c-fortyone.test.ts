/**
 * Round forty-one, the review of the merged fixers' work (post41c): words of other languages the round's rules read
 * as a command where they tell a state, a thing done, a refusal, or another language's word. Urdu "منسوخ" and "بنا"
 * (cancelled, made) and Punjabi "ਰੱਦ", "ਬਣਾ" with "is/are" after them; Arabic "منسوخ" (copied) read off Urdu's table;
 * Welsh "wedi" (done) and "ddim" (not), and "creu", "greu", "hanes" that are other languages' words and a name;
 * Vietnamese "đã đổi" (already changed) and "đừng đổi" (don't change) once "đ" is read as "d"; Hinglish keys of a
 * house, a car or a door changed, and "keys badal do kya?" asked. Each with look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('Urdu and Punjabi: a state told with "is/are" is no command; the imperative still is', () => {
  nothingAsked([
    'ٹوکن منسوخ ہے',
    'سب ٹوکن منسوخ ہیں',
    'تمام چابیاں منسوخ ہیں',
    'پچھلے مہینے ٹوکن منسوخ ہے',
    'ٹوکن منسوخ ہو گیا',
    'ٹوکن بنا ہے',
    'نیا ٹوکن بنا',
    'ٹوکن کا خرچ',
    'ਟੋਕਨ ਰੱਦ ਹੈ',
    'ਸਾਰੀਆਂ ਚਾਬੀਆਂ ਰੱਦ ਹਨ',
    'ਸਾਰੇ ਟੋਕਨ ਰੱਦ ਹਨ',
    'ਟੋਕਨ ਬਣਾ ਹੈ',
  ]);
  neverActs(['ٹوکن منسوخ ہے؟', 'ਚਾਬੀ ਰੱਦ ਹੈ?', 'ਪਿਛਲੇ ਮਹੀਨੇ ਟੋਕਨ ਰੱਦ ਹੈ']);
  // look-alikes: the command with its imperative, or after please, and the round's own requests keep their reading
  reads([
    ['ٹوکن منسوخ کریں', 'revoke', null],
    ['براہ کرم ٹوکن منسوخ کر دیں', 'revoke', null],
    ['براہ کرم ٹوکن منسوخ', 'revoke', null],
    ['نیا ٹوکن بنا دیں', 'token', null],
    ['پچھلے مہینے کتنا خرچ ہے', 'spend', null],
    ['ਟੋਕਨ ਰੱਦ ਕਰੋ', 'revoke', null],
    ['ਕਿਰਪਾ ਕਰਕੇ ਟੋਕਨ ਰੱਦ ਕਰ ਦਿਓ', 'revoke', null],
    ['ਨਵਾਂ ਟੋਕਨ ਬਣਾ ਦਿਓ', 'token', null],
  ]);
  slots([
    ['براہ کرم مجھے دو گھنٹے کے لیے ٹوکن دیں', { intent: 'token', ttlSeconds: 7200 }],
    ['ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਤਿੰਨ ਘੰਟੇ ਲਈ ਟੋਕਨ ਦਿਓ', { intent: 'token', ttlSeconds: 10800 }],
  ]);
});

describe('Arabic is not read with Urdu\'s words: "منسوخ" is copied, "بنا" no command', () => {
  nothingAsked(['المفتاح منسوخ', 'التوكن منسوخ في Slack', 'توكن بنا']);
  neverActs(['المفتاح منسوخ في لندن', 'مفتاح لندن منسوخ']);
});

describe('Welsh: "wedi" tells a thing done, "ddim" a refusal; "creu", "greu", "hanes" are read beside Welsh only', () => {
  nothingAsked([
    "rwy wedi cylchdroi'r allwedd ddoe",
    "dwi wedi dirymu'r allwedd ddoe",
    "Mae Gareth wedi dirymu'r allwedd",
    "dwi ddim yn cylchdroi'r allwedd",
    'creu que el token ha caducat',
  ]);
  neverActs(['Cheia e greu de rotit']);
  slots([
    ['Hanes said I need a token', { intent: 'token' }],
    ['Hanes shirts are on sale, I need a token', { intent: 'token' }],
  ]);
  // look-alikes: the Welsh commands, and "creu"/"hanes" beside a Welsh word, keep their reading
  reads([
    ["cylchdroi'r allwedd ar gyfer fleet-rota os gwelwch yn dda", 'rotate', 'fleet-rota'],
    ["ddirymu'r allwedd ar gyfer crew-app", 'revoke', 'crew-app'],
    ['creu allwedd ar gyfer crew-app os gwelwch yn dda', 'create_key', 'crew-app'],
    ['dangos hanes yr allwedd ar gyfer crew-app', 'history', 'crew-app'],
  ]);
});

describe('Vietnamese "đổi" (change): done with "đã", refused with "đừng", asked with "được không"', () => {
  nothingAsked([
    'đã đổi key rồi',
    'tôi đã đổi key hôm qua',
    'anh ấy đã đổi key của payments',
    'đừng đổi key',
    'đừng đổi key của payments',
  ]);
  neverActs(['đổi key được không?', 'xoay key của payments được không?']);
  // look-alikes: the change asked keeps it, and London read in Vietnamese keeps its Region
  reads([
    ['đổi key', 'rotate', null],
    ['đổi key của payments', 'rotate', 'payments'],
    ['đổi key cho payments đi', 'rotate', 'payments'],
  ]);
  slots([
    ['tôi đang ở Luân Đôn, cho tôi token 2 giờ', { intent: 'token', region: 'eu-west-2', ttlSeconds: 7200 }],
  ]);
});

describe("Hinglish: a house's, car's or door's keys changed are no unit's; \"keys badal do kya?\" is asked", () => {
  nothingAsked([
    'ghar ki keys badal do',
    'gaadi ki keys badal do',
    'darwaze ki saari keys badal do',
    'ghar ki saari keys badal do',
    'office ki keys badal do',
    'keys badal do ya nahi?',
  ]);
  neverActs(['keys badal do kya?', 'almari ki keys badal do']);
  // look-alikes: a unit's keys changed keep their rotation
  reads([
    ['payments ki saari keys badal do', 'rotate', 'payments'],
    ['payments ki keys badal do', 'rotate', 'payments'],
  ]);
  stillActs(['keys badal do']);
});
