/**
 * Round fifty-two, fix52d (tuned-fintech): Maghrebi (Moroccan, Algerian, Tunisian) and Levantine Arabizi as people
 * type it, read as English by arabizi.ts: durations in number words, duals and parts of an hour ("tlata swaye3",
 * "sa3tin ila rob3", "nos se3a"), the lifetime of a key in days, weeks, months ("tlatin nhar", "jouj chhour"), the
 * verbs of every command in the persons used (n7eb / bghina / 3tini / baddel / wa9ef / 7ayed / mse7 / fassakh), the
 * particles of a unit ("dyal", "mte3", "ta3", "tab3et", "l X"), the periods ("had chhar", "chhar li fat", "simana li
 * fatet", "had 7 iyam lkhrin"), the question words, and the request taken back or negated. Our own sentences, and
 * look-alikes that must not be acted on.
 */
import { describe } from 'vitest';
import { neverActs, reads, slots } from './acted.js';

describe('a token for a lifetime said in Maghrebi or Levantine words', () => {
  slots([
    ['bghina token dyal tlata swaye3 3afak', { intent: 'token', ttlSeconds: 10800 }],
    ['n7ebbou token l arba3 se3at brabi', { intent: 'token', ttlSeconds: 14400 }],
    ['3tini token nos se3a bark', { intent: 'token', ttlSeconds: 1800 }],
    ['baddi token sa3tin w nos please', { intent: 'token', ttlSeconds: 9000 }],
    ['3atini token sa3tin ila rob3', { intent: 'token', ttlSeconds: 6300 }],
    ['khassni token 45 dqi9a daba', { intent: 'token', ttlSeconds: 2700 }],
    ['token khamsa swaye3.. smahli, stta', { intent: 'token', ttlSeconds: 21600 }],
  ]);
});

describe('a key for a unit named after dyal / mte3 / l, its lifetime in Arabizi', () => {
  slots([
    [
      'bghit api key dyal payouts-ma, tlatin nhar',
      { intent: 'create_key', businessUnit: 'payouts-ma', keyKind: 'api-key', expiryDays: 30 },
    ],
    [
      'n7eb clé l merchant-onboarding, jouj chhour',
      { intent: 'create_key', businessUnit: 'merchant-onboarding', expiryDays: 60 },
    ],
    [
      'key l remittances-jo, 45 yum',
      { intent: 'create_key', businessUnit: 'remittances-jo', expiryDays: 45 },
    ],
  ]);
});

describe('the commands in their Maghrebi and Levantine verbs', () => {
  reads([
    ['nbaddlou l key mte3 payouts-ma 3afak, tsarbet f slack', 'rotate', 'payouts-ma'],
    ['beddel el key tab3et remittances-jo please', 'rotate', 'remittances-jo'],
    ['wa9fo l key ta3 merchant-onboarding daba', 'revoke', 'merchant-onboarding'],
    ['7ayyed el clé dyal cashback-dz, el campagne salat', 'revoke', 'cashback-dz'],
    ['fassakh kolchi dyal agent-float-tn, ma b9inach nesta3mlouh', 'deprovision', 'agent-float-tn'],
  ]);
});

describe('questions: who, how much, what is there, periods', () => {
  slots([
    ['chkoun li baddel l key dyal payouts-ma?', { intent: 'history', businessUnit: 'payouts-ma' }],
    [
      '9addech srafna f cashback-dz chhar li fat?',
      { intent: 'spend', businessUnit: 'cashback-dz', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['ch7al khlesna had chhar?', { intent: 'spend', period: { kind: 'month', monthsAgo: 0 } }],
    [
      'shu sar 3a remittances-jo simana li fatet?',
      { intent: 'history', businessUnit: 'remittances-jo', period: { kind: 'days', days: 7 } },
    ],
    ['chnowa famma fi payouts-ma?', { intent: 'details', businessUnit: 'payouts-ma' }],
    ['chno homa les units dyalna?', { intent: 'list' }],
  ]);
});

describe('help questions and look-alikes that are not acted on', () => {
  neverActs([
    'token 3 swaye3? la la, khallih, ma bqitch m7taj',
    'ma bghitch token daba, safi',
    'wach n9der nakhod key l 2 snin?',
    'el far2 bein rotate w revoke chnowa?',
    'kifach nkhle9 token?',
    'stenna 3la revoke ta3 payouts-ma hatta n9olek',
    'mech lazem tbaddel l key dyal remittances-jo, ba9i khdam',
  ]);
  slots([
    ['wach n9der nakhod token kter mn 24 se3a?', { intent: 'help' }],
    ['shu el far2 bein api key w access key?', { intent: 'help' }],
  ]);
});

describe('Darija and formal Arabic in Arabic script', () => {
  slots([
    ['بغينا توكن ديال ساعتين عافاك', { intent: 'token', ttlSeconds: 7200 }],
    ['أرجو إصدار رمز وصول مؤقت لمدة ساعة لتجربة نموذج جديد', { intent: 'token', ttlSeconds: 3600 }],
    [
      'نرجو إنشاء مفتاح لوحدة payouts-ma لمدة سنة',
      { intent: 'create_key', businessUnit: 'payouts-ma', expiryDays: 365 },
    ],
    [
      'سجل العمليات على وحدة cashback-dz خلال هذا الشهر',
      { intent: 'history', businessUnit: 'cashback-dz', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['أقصى مدة للتوكن كم ساعة؟', { intent: 'help', topic: 'limits' }],
  ]);
  reads([
    ['سحب المفتاح الخاص بـ remittances-jo من فضلك', 'revoke', 'remittances-jo'],
    ['بدل المفتاح ديال payouts-ma عافاك، تم نشره بالخطأ', 'rotate', 'payouts-ma'],
  ]);
  neverActs(['ما بغيتش توكن دابا', 'هل يحتفظ البوت بنسخة من التوكن؟']);
});

describe('French of the same writers: curiosity, how a thing works, my units, a key taken back', () => {
  slots([
    ['par curiosité, un token de 24h c’est possible ?', { intent: 'help', topic: 'limits' }],
    ['comment fonctionne la révocation des clés ici ?', { intent: 'help' }],
    ['les équipes à moi ?', { intent: 'list', owner: 'me' }],
  ]);
  neverActs(['clé API pour payouts-ma 30 jours stp — non laissez tomber, Yanis m’a dépanné']);
});
