/**
 * Round fifty-three, fix53c (tuned-carrier): Egyptian, Levantine and Maghrebi Arabic glossed as whole paradigms, in
 * Arabic script (mideast-words.ts, read by greek-arabic.ts) and in Arabizi (arabizi.ts): want and need in every person,
 * give, make, change, stop, cancel and wipe in the dialects' forms, the question words, numbers and durations in words,
 * periods, the units the asker owns, a correction of a count, and look-alikes that are not requests. Sentences of our
 * own, not the data file's.
 */
import { describe } from 'vitest';
import { neverActs, reads, slots } from './acted.js';

describe('Arabic script: tokens and keys with their durations in words', () => {
  slots([
    ['عاوز توكن ساعتين بس عشان عندي ديمو', { intent: 'token', ttlSeconds: 7200 }],
    ['محتاجين توكن لمدة خمس ساعات، عندنا اجتماع مع عميل', { intent: 'token', ttlSeconds: 18000 }],
    ['اديني توكن ربع ساعة بس', { intent: 'token', ttlSeconds: 900 }],
    [
      'بدي مفتاح API لقسم billing-ops لمدة ستين يوم',
      { intent: 'create_key', businessUnit: 'billing-ops', keyKind: 'api-key', expiryDays: 60 },
    ],
    [
      'محتاج إلى إصدار مفتاح لوحدة sim-swap لمدة تلات شهور',
      { intent: 'create_key', businessUnit: 'sim-swap', expiryDays: 90 },
    ],
  ]);
});

describe('Arabic script: lists, history, spend and help in the dialects', () => {
  slots([
    ['فرجيني الوحدات اللي انا مالكها', { intent: 'list', owner: 'me' }],
    [
      'ايه اللي حصل على fiber-sales الأسبوع اللي فات؟',
      { intent: 'history', businessUnit: 'fiber-sales', period: { kind: 'days', days: 7 } },
    ],
    [
      'تاريخ العمليات على roaming-desk الشهر اللي فات',
      { intent: 'history', businessUnit: 'roaming-desk', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['ما هو أنواع المفاتيح اللي بيوفرها البوت؟', { intent: 'help', topic: 'key-kinds' }],
  ]);
  reads([
    ['شيلي الوحدة بتاعة esim-pilot خالص، المشروع اتقفل', 'deprovision', 'esim-pilot'],
    ['إلغاء تفعيل وحدة promo-sms نهائيا', 'deprovision', 'promo-sms'],
  ]);
});

describe('Arabizi: the commands in the dialects’ forms', () => {
  reads([
    ['bedel l key dyal sms-gateway 3afak', 'rotate', 'sms-gateway'],
    ['rotate-li el key bta3 fiber-eg law sama7t', 'rotate', 'fiber-eg'],
    ['el2i el key bta3 ussd-eg fawran', 'revoke', 'ussd-eg'],
    ['wa22ef el key taba3 roaming-lb, el contrat 5eles', 'revoke', 'roaming-lb'],
    ['fas5 el unit mta3 promo-tn kemla', 'deprovision', 'promo-tn'],
  ]);
});

describe('Arabizi: numbers, durations and periods in words', () => {
  slots([
    ['3tini token dyal joj swaya3 3afak', { intent: 'token', ttlSeconds: 7200 }],
    ['bghit token talata swaye3 khouya', { intent: 'token', ttlSeconds: 10800 }],
    ['token sa3a.. la2 la2 khalliha sa3tein', { intent: 'token', ttlSeconds: 7200 }],
    ['nbghi token 2 swaye3... la la 5alliha 4', { intent: 'token', ttlSeconds: 14400 }],
    [
      'momken key lel dsl-team? 3 shohour',
      { intent: 'create_key', businessUnit: 'dsl-team', expiryDays: 90 },
    ],
    ['e3mel key le esim-eg, 60 yom', { intent: 'create_key', businessUnit: 'esim-eg', expiryDays: 60 }],
    [
      'chhal khlsna f fiber-ma had ch-har?',
      { intent: 'spend', businessUnit: 'fiber-ma', period: { kind: 'month', monthsAgo: 0 } },
    ],
  ]);
});

describe('Arabizi: questions of what there is, whose units, what happened', () => {
  slots([
    ['chnou homa les units li 3andi?', { intent: 'list', owner: 'me' }],
    ['3andkom mistral? bghit njarreb', { intent: 'models', provider: 'mistral' }],
    ['fi claude 3al bedrock 3andna?', { intent: 'models', provider: 'anthropic' }],
    [
      'emta akher marra el key bta3 sms-gateway et3amal rotate?',
      { intent: 'history', businessUnit: 'sms-gateway' },
    ],
  ]);
  reads([['choufli l key dyal ussd-ma wach mazal khddam', 'details', 'ussd-ma']]);
});

describe('Arabizi: help asked in the dialects', () => {
  slots([
    [
      'talabt token men nos sa3a w ma7adesh rad, meen el mafroud yewafe2?',
      { intent: 'help', topic: 'approvals' },
    ],
    ['momken el token yeb2a 24 sa3a walla akhro 12?', { intent: 'help', topic: 'limits' }],
    ['wesh ndir bach nchouf l history ta3 unit?', { intent: 'help', topic: 'history' }],
  ]);
});

describe('second round: can you give me, we want to change, weeks and years, the address, the chat plural', () => {
  slots([
    ['ممكن تعطيني توكن لمدة تلات ساعات؟', { intent: 'token', ttlSeconds: 10800 }],
    ['hatli token sa3teen law sama7t', { intent: 'token', ttlSeconds: 7200 }],
    [
      '3ayzeen key lel esim-eg, osbo3ein bas',
      { intent: 'create_key', businessUnit: 'esim-eg', expiryDays: 14 },
    ],
    [
      'key for sms-gateway, 60 dayz pls',
      { intent: 'create_key', businessUnit: 'sms-gateway', expiryDays: 60 },
    ],
    ['ya bot, eh el units elli 3andi?', { intent: 'list', owner: 'me' }],
  ]);
  reads([
    ['بدنا نبدل المفتاح تبع billing-lb', 'rotate', 'billing-lb'],
    ['jadded el key bta3 sms-eg', 'rotate', 'sms-eg'],
    ['عايز أعرف المفتاح بتاع fiber-eg لسه شغال ولا لا', 'details', 'fiber-eg'],
  ]);
  neverActs(['kont 3ayez token bas khalas, el demo et2aggel', 'kont nheb token walakin blach']);
});

describe('look-alikes: not requests, never acted on', () => {
  neverActs([
    'مش عايز توكن خلاص',
    'رامي غير المفتاح بتاع fiber-eg امبارح',
    'ma bghitch token, safi',
    'revoke wala rotate? chno a7san ila t-leaka l key?',
    'el key bta3 ussd-eg et3amalo revoke embare7',
    'kont bghit token walakin safi',
  ]);
});
