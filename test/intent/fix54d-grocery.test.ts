/**
 * Round fifty-four, fix54d (tuned-grocery): South and Southeast Asia's chat languages read as kinds, not as the data
 * file's sentences (sea-words.ts, and small changes to the shared readers not-ours.ts, help-topic.ts, unit-words.ts).
 * Vietnamese typed without its marks, Indonesian and Malay questions about tokens, Tagalog verbs in their aspects and
 * "paki-" forms, Hinglish compound verbs and subjunctives, Singlish particles; a trade's spend, another system's access
 * and a shop's promo tokens said in those languages, never acted on. Sentences of our own, not the data file's.
 */
import { describe } from 'vitest';
import { exactly, neverActs, reads } from './acted.js';

describe('Vietnamese typed without its marks: the commands, who did which, how much, which units (gloss)', () => {
  exactly([
    { text: 'ai da xoay key cua vn-payments vay?', intent: 'history', businessUnit: 'vn-payments' },
    {
      text: 'chi phi bedrock cua vn-search thang truoc bao nhieu vay?',
      intent: 'spend',
      businessUnit: 'vn-search',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'doi key cua vn-search giup minh nhe, key cu bi lo',
      intent: 'rotate',
      businessUnit: 'vn-search',
    },
    { text: 'huy key cua vn-loyalty giup toi voi', intent: 'revoke', businessUnit: 'vn-loyalty' },
    {
      text: 'xoa han unit vn-old-promo giup minh, khong xai nua',
      intent: 'deprovision',
      businessUnit: 'vn-old-promo',
    },
    { text: 'co nhung team nao dang co key vay?', intent: 'list' },
    {
      text: 'tong chi phi bedrock thang nay la bao nhieu a?',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 0 },
    },
  ]);
});

describe('Indonesian and Malay: tokens asked about rather than for, the difference, how to get; an age told (gloss)', () => {
  exactly([
    { text: 'token bisa 15 jam gak? cuma nanya', intent: 'help', topic: 'limits' },
    { text: 'bisa ga token 20 jam? tanya dulu ya', intent: 'help', topic: 'limits' },
    { text: 'apa bedanya access key dan api key?', intent: 'help', topic: 'key-kinds' },
    { text: 'macam mana nak minta token?', intent: 'help', topic: 'token' },
    { text: 'tolong cabut key my-loyalty, dah 200 hari', intent: 'revoke', businessUnit: 'my-loyalty' },
  ]);
});

describe('Tagalog: aspect verbs of English roots, paki- roots, corrections, lending (gloss)', () => {
  exactly([
    {
      text: 'pakibura yung key ng ph-loyalty, hindi na kailangan',
      intent: 'revoke',
      businessUnit: 'ph-loyalty',
    },
    { text: 'sino nag-aapprove ng tokens dito?', intent: 'help', topic: 'approvals' },
    { text: 'puwede ba akong i-share yung key sa contractor namin?', intent: 'help', topic: 'general' },
    { text: 'bigyan mo ako ng token 3 hours, ay gawin mong 4', intent: 'token', ttlSeconds: 14400 },
    { text: 'intern ko apni key share kar sakti hoon kya?', intent: 'help', topic: 'general' },
  ]);
});

describe('Hinglish: lending, what the bot keeps, compound verbs, who did it (gloss)', () => {
  exactly([
    { text: 'kya bot mera token store karta hai?', intent: 'help', topic: 'general' },
    { text: 'saari units dikha dijiye', intent: 'list', all: true },
    { text: 'checkout-api ka key ghuma do, leak ho gaya', intent: 'rotate', businessUnit: 'checkout-api' },
    { text: 'token ghumana hai loyalty-app ka, jaldi', intent: 'rotate', businessUnit: 'loyalty-app' },
    { text: 'kal kisne key rotate kiya? finance wale puchenge', intent: 'history' },
  ]);
});

describe("a trade's spend asked in Hinglish, Taglish and Singlish; Singlish particles; kill/scrap the unit (gloss and shared readers)", () => {
  exactly([
    { text: 'delivery partners ke refunds pe kitna spend hua last month?', intent: 'unknown' },
    { text: 'magkano ang nagastos natin sa vouchers this week?', intent: 'unknown' },
    {
      text: 'bedrock spend kitna hua pricing-ml pe last month?',
      intent: 'spend',
      businessUnit: 'pricing-ml',
      period: { kind: 'month', monthsAgo: 1 },
    },
    { text: 'rider payouts spend this week already over lah', intent: 'unknown' },
    {
      text: 'scrap the whole sg-pilot unit lor, pilot ended',
      intent: 'deprovision',
      businessUnit: 'sg-pilot',
    },
    {
      text: 'rotate key for loyalty-sg leh, the old one leaked',
      intent: 'rotate',
      businessUnit: 'loyalty-sg',
    },
    { text: 'ops ko kisi ne bataya ki token expire ho gaya?', intent: 'unknown' },
  ]);
});

describe("another's access in Taglish, weighing two ways in Hinglish, promo tokens, a lifetime asked in theory (gloss and shared readers)", () => {
  exactly([
    { text: 'pakitanggal ang access ni Liza sa warehouse portal, resigned na siya', intent: 'unknown' },
    { text: 'just curious, can get token 20h or not?', intent: 'help', topic: 'limits' },
    { text: 'the voucher tokens for the 11.11 sale expire tonight, pls remind marketing', intent: 'unknown' },
    { text: 'in principle can have token 16h?', intent: 'help', topic: 'limits' },
  ]);
  // (Weighing a new key against a rotation, to be asked of the team: read as help, no topic, since round fifty-seven's
  // closing retrain (rotate 0.44 against unknown 0.39), where it was nothing; neither is acted on.)
  neverActs(['naya api key banayein ya purana hi rotate karein? team se poochna hai']);
});

describe("Hinglish: a team's name said in words before 'ke liye' (gloss)", () => {
  reads([
    ['mujhe search ranking team ke liye api key chahiye', 'create_key', 'search-ranking-team'],
    ['bhai store ops team ke liye ek api key bana do, 3 mahine ki', 'create_key', 'store-ops-team'],
    ['yaar ek api key bana do pricing squad ke liye', 'create_key', 'pricing-squad'],
  ]);
});

describe('look-alikes that are no request, and requests that still read', () => {
  neverActs([
    'key cua vn-search bi lo roi, ai lam vay?',
    'token bisa 2 hari ga? nanya dulu',
    'pwede ko bang i-share yung token sa kaibigan ko?',
    'spend kitna hua delivery incentives pe is month?',
    'finance ko kisi ne bataya ki bedrock bill double ho gaya?',
    'the promo token for the app launch is broken, customers complaining lah',
  ]);
  reads([
    ['huy key cua vn-cx giup em voi a', 'revoke', 'vn-cx'],
    ['pakitanggal na yung key ng ph-ops, hindi na ginagamit', 'revoke', 'ph-ops'],
    ['kill the whole sg-trial unit lah', 'deprovision', 'sg-trial'],
    ['rotate the vn-promo token', 'rotate', 'vn-promo'],
  ]);
});
