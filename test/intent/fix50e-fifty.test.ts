/**
 * Round fifty, fix50e (tuned-aircargo, and tuned-styles-mideast of the same family): Arabic lifetimes in the dialects'
 * words (دقايق, ساعة وربع, ساعة الا ربع, tens of minutes, a correction between two lifetimes), greetings and address
 * around a request, a leak told as a rotation's reason, a unit deleted whole, who approves (mideast-words.ts); Persian
 * time ago (ماه پیش), the plural's ezafe, "کامل" and what the bot does; help topics (a kind named then asked what it
 * means, asking by DM, a credential asked in a city with no Region, a station as premises: help-topic.ts,
 * regions.ts); a spoken "dash" before a name's number (spoken-unit-name.ts); queue tickets called tokens
 * (queue-token.ts), a list of another trade's things held somewhere, "is it confirmed …?" and a count of days waited
 * (not-ours.ts, rules.ts, durations.ts). New sentences of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('Arabic lifetimes in the dialects: minutes, quarters, tens, and a correction between two', () => {
  slots([
    ['ابي توكن ساعتين وربع لو سمحت', { intent: 'token', ttlSeconds: 8100 }],
    ['توكن ساعة الا ربع', { intent: 'token', ttlSeconds: 2700 }],
    ['توكن لمدة عشرين دقيقة', { intent: 'token', ttlSeconds: 1200 }],
    ['توكن لمدة خمس وثلاثين دقيقة', { intent: 'token', ttlSeconds: 2100 }],
    ['توكن لمدة ثلاث ساعات لا اربع ساعات', { intent: 'token', ttlSeconds: 14400 }],
    ['توكن لمدة ٨ ساعات، مناوبة ليلية', { intent: 'token', ttlSeconds: 28800 }],
  ]);
  // (ten minutes is below the least lifetime: a token asked, its lifetime refused.)
  slots([['توكن ١٠ دقايق بس', { intent: 'token', ttlSeconds: null }]]);
});

describe('Arabic requests with greetings, address, a leak as the reason, a unit done with, approvals', () => {
  slots([
    ['السلام عليكم، ابي توكن ساعة', { intent: 'token', ttlSeconds: 3600 }],
    [
      'يا غالي سوي api key للـ pallet-scan لمدة ٣٠ يوم',
      { intent: 'create_key', businessUnit: 'pallet-scan', expiryDays: 30 },
    ],
    ['مين يوافق على طلبي؟', { intent: 'help', topic: 'approvals' }],
  ]);
  keeps([
    ['جدد مفتاح awb-ocr، تسرب في القروب بالغلط', 'rotate', 'awb-ocr'],
    ['امسح unit dock-planner كله، المشروع انتهى', 'deprovision', 'dock-planner'],
  ]);
});

describe('Persian: time ago, the plural with its ezafe, a unit deleted whole, what the bot does', () => {
  slots([
    [
      'هزینه awb-ocr ۲ ماه پیش چقدر شد؟',
      { intent: 'spend', businessUnit: 'awb-ocr', period: { kind: 'month', monthsAgo: 2 } },
    ],
    ['مدل‌های meta رو نشون بده', { intent: 'models', provider: 'meta' }],
    ['این ربات چیکار میکنه؟', { intent: 'help', topic: 'general' }],
  ]);
  keeps([['یونیت cargo-bot رو کاملا حذف کن', 'deprovision', 'cargo-bot']]);
});

describe('help topics: a kind asked what it means, asking by DM, a city with no Region, a station', () => {
  slots([
    ['api key يعني شو؟', { intent: 'help', topic: 'key-kinds' }],
    ['so the access key is what exactly?', { intent: 'help', topic: 'key-kinds' }],
    [
      'could we get tokens in Amman? the Jordan office wants to try',
      { intent: 'help', topic: 'regions', region: null },
    ],
    [
      'is it fine to ask for an api key via DM or only in the channel?',
      { intent: 'help', topic: 'create_key' },
    ],
    ['is it ok if I keep my key when I move to the Jeddah station?', { intent: 'help', region: null }],
  ]);
});

describe('a spoken "dash" before the number ending a name', () => {
  keeps([['api key for gate planner dash three', 'create_key', 'gate-planner-3']]);
});

describe('everyday cargo talk: queue tickets, lists held, the team weighing, days waited', () => {
  nothingAsked([
    'token 112 at window 4 please, the queue screen is frozen',
    'who fixes the token dispenser in the arrivals hall?',
    'list of pallets held at customs: P-1, P-2',
    'is it confirmed that the dock-planner key was exposed or just the config file?',
    'how long does visa approval take? 5 days and counting',
  ]);
  // look-alikes: a token asked with a bare number, and a wait told beside a real lifetime, keep their reading
  keeps([['token 4 please', 'token']]);
  slots([
    ['token 3 hours please, been waiting for the approval 2 days', { intent: 'token', ttlSeconds: 10800 }],
  ]);
});

describe('tuned-styles-mideast of the same family: a key named by its unit, the verb first, questions about the bot', () => {
  keeps([
    ['غيّرلي المفتاح بتاع cargo-eta بسرعة', 'rotate', 'cargo-eta'],
    ['بدي غيّر مفتاح pallet-scan، حدا شافه عالشاشة', 'rotate', 'pallet-scan'],
    ['متى آخر مرة اندار مفتاح awb-ocr؟', 'history', 'awb-ocr'],
    ['سكر كل شي عند dock-planner، خلص المشروع', 'deprovision', 'dock-planner'],
  ]);
  slots([
    ['شو الوحدات تبعي؟', { intent: 'list', owner: 'me' }],
    [
      'ابغى key للـ dock-planner، مدته شهر',
      { intent: 'create_key', businessUnit: 'dock-planner', expiryDays: 30 },
    ],
    ['هل في حد أدنى لمدة المفتاح؟', { intent: 'help', topic: 'limits' }],
    ['ممكن أشارك المفتاح مع زميلي؟', { intent: 'help', topic: 'general' }],
    ['يقدر البوت يعطيني توكن في الدوحة؟', { intent: 'help', topic: 'regions' }],
    ['چطوری برای تیمم توکن بگیرم؟', { intent: 'help', topic: 'token' }],
    ['آیا توی دبی هم میشه کلید گرفت؟', { intent: 'help', topic: 'regions', region: 'me-central-1' }],
    ['چقدر طول میکشه تا درخواست توکن تایید بشه؟', { intent: 'help', topic: 'approvals' }],
    ['access key چیه؟', { intent: 'help', topic: 'key-kinds' }],
  ]);
  // look-alikes: a kind after the key word and an ID in capitals are not read as a unit's name
  slots([
    ['مفتاح api لـ awb-ocr', { intent: 'create_key', businessUnit: 'awb-ocr', keyKind: 'api-key' }],
    ['الغي مفتاح ABSKXXXXXXXX', { intent: 'revoke', businessUnit: null }],
  ]);
});

describe('Finglish, Persian in Latin letters, read whole', () => {
  slots([
    ['lotfan ye token 45 daghighe bedid', { intent: 'token', ttlSeconds: 2700 }],
    [
      'hazine awb-ocr mah gozashte?',
      { intent: 'spend', businessUnit: 'awb-ocr', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  keeps([
    ['ye kelid baraye uld-tracker besazid lotfan', 'create_key', 'uld-tracker'],
    ['kelide cargo-eta ro avaz konid', 'rotate', 'cargo-eta'],
  ]);
  // look-alikes: a storeroom's key handed to a person and a shift swapped hold words of a story, left unread
  nothingAsked(['lotfan kelide anbar ro bedid be Reza', 'mikham ba Sara shift avaz konam']);
});

describe('an audit as the occasion a key is wanted by, no record of changes', () => {
  keeps([
    ["I'd like an api key for the gate planner before the audit next month", 'create_key', 'gate-planner'],
  ]);
  // look-alikes: a history or a log asked beside the audit keeps its reading
  keeps([['show me the key history for dock-planner before the audit', 'history', 'dock-planner']]);
});

describe('Arabic: a new one after a leak, a request on a condition, a question put to the channel', () => {
  keeps([['مفتاح cargo-eta انتشر في الجروب بالغلط، ابي واحد جديد', 'rotate', 'cargo-eta']]);
  // (a condition not met yet: the action is read, and asked about before anything is done)
  neverActs(['جدد مفتاح awb-ocr بعد ما نخلص الـ migration', 'الغي مفتاح dock-planner بعد ما يشتغل الجديد']);
  nothingAsked(['حد يعرف البوت جدد مفتاح awb-ocr ولا لسا؟']);
});
