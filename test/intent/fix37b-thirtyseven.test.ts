/**
 * Round thirty-seven, fix37b (tuned-aerospace, tuned-shipyard, tuned-dating, tuned-fashion): asks in Japanese the
 * word reader did not know (a unit's list, history and cost, a token's limits, half an hour more, the verb last);
 * Hinglish durations, periods and asks; French help questions; a Region as what offers something; a request left
 * waiting; "BOM" as a bill of materials; a place weighed as closer; unit names given in a field, dictated after a
 * command, or in double quotes; the units one answers for. Sentences of our own of each kind, and look-alikes that
 * keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('asks in Japanese', () => {
  slots([
    ['2時間半のトークンをお願いします', { intent: 'token', ttlSeconds: 9000 }],
    ['15分だけトークンください', { intent: 'token', ttlSeconds: 900 }],
    ['自分のユニット一覧を表示して', { intent: 'list', owner: 'me' }],
    [
      '先月のads-mlの履歴を見せてください',
      { intent: 'history', businessUnit: 'ads-ml', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      '今月のads-mlの料金はいくらですか？',
      { intent: 'spend', businessUnit: 'ads-ml', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['キーの最大有効期間は？', { intent: 'help', topic: 'limits' }],
    ['トークンとキーの違いは何ですか？', { intent: 'help', topic: 'key-kinds' }],
    ['大阪でトークンは使えますか？', { intent: 'help', topic: 'regions', region: 'ap-northeast-3' }],
  ]);
  reads([
    ['growthのキーを失効させてください', 'revoke', 'growth'],
    ['old-demoユニットを完全に削除してください', 'deprovision', 'old-demo'],
  ]);
  // look-alikes: a plan with a word the reader does not know, and a token's length told, ask nothing
  nothingAsked(['明日ユニット一覧を見せる予定です', 'トークンは2時間です']);
});

describe('Hinglish durations, periods and asks', () => {
  slots([
    ['dhai ghante ka token chahiye', { intent: 'token', ttlSeconds: 9000 }],
    ['mere teams dikhao', { intent: 'list', owner: 'me' }],
    [
      'pichle 3 mahine mein ads-ml pe kya kya hua?',
      { intent: 'history', businessUnit: 'ads-ml', period: { kind: 'days', days: 90 } },
    ],
    [
      'pichle 10 din mein ads-ml pe kya kya hua?',
      { intent: 'history', businessUnit: 'ads-ml', period: { kind: 'days', days: 10 } },
    ],
    ['kya token 8 ghante se zyada chal sakta hai?', { intent: 'help', topic: 'limits' }],
    ['marketing team ke liye ek api key bana do', { intent: 'create_key', businessUnit: 'marketing-team' }],
  ]);
  reads([['old-demo unit ko poora hata dijiye', 'deprovision', 'old-demo']]);
  // look-alike: "mere" in a remark about oneself asks nothing
  nothingAsked(['mere paas abhi time nahi hai']);
});

describe('French help questions', () => {
  slots([
    ["c'est quoi une api key ?", { intent: 'help', topic: 'key-kinds' }],
    ['qui approuve les demandes de token ?', { intent: 'help', topic: 'approvals' }],
    ['un token peut durer plus de 8h ?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alike: a key asked for in French stays a request
  keeps([['je demande une clé pour growth', 'create_key', 'growth']]);
});

describe('a Region as what offers a credential, and a request left waiting: help topics', () => {
  slots([
    ['does Seoul support access keys, or only tokens?', { intent: 'help', topic: 'regions' }],
    ['api keys in Sydney: possible?', { intent: 'help', topic: 'regions', region: 'ap-southeast-2' }],
    ['my token request is stuck since lunch, who do I ping?', { intent: 'help', topic: 'approvals' }],
  ]);
  // look-alikes: a token asked for in a Region, and whom to tell of another thing
  slots([['token 2h in Sydney please', { intent: 'token', ttlSeconds: 7200, region: 'ap-southeast-2' }]]);
  nothingAsked(['who should I ping about the broken VPN?']);
});

describe('Region names: a bill of materials, and a place weighed as closer', () => {
  slots([
    ['for the BOM export job, token or long-term key?', { intent: 'help', topic: 'key-kinds', region: null }],
    [
      'need a token, tokyo, 2h. oh wait, osaka is closer to our users, use that',
      { intent: 'token', ttlSeconds: 7200, region: 'ap-northeast-3' },
    ],
  ]);
  // look-alikes: BOM in a terse token's slot is Mumbai; one place stays the Region
  slots([
    ['tok BOM 2h', { intent: 'token', ttlSeconds: 7200, region: 'ap-south-1' }],
    ['token 2h in frankfurt', { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' }],
  ]);
});

describe("unit names: a field's past form, dictated after a command, in double quotes; one's own units", () => {
  reads([
    ['need an api key. unit: unlocked', 'create_key', 'unlocked'],
    ['deprovision demo triage three', 'deprovision', 'demo-triage-3'],
    ['access key for the "Flight Planning" unit', 'create_key', 'flight-planning'],
  ]);
  slots([['which teams am i responsible for?', { intent: 'list', owner: 'me' }]]);
  // look-alikes: a unit that expired is told of; one word after a command is the name; a quoted remark names none;
  // another person's units are not the asker's
  nothingAsked(['the unit expired yesterday']);
  reads([
    ['rotate growth', 'rotate', 'growth'],
    // (a name after "for" is read there, not from the command: the key is no word of it)
    ['revoke the key for claims desk three', 'revoke', 'claims-desk-3'],
    ['he said "Test Automation is broken" so need a token 2h', 'token', null],
  ]);
  slots([['what units is Bob on the hook for?', { intent: 'list', owner: null }]]);
});

describe('the access key named in French and Italian', () => {
  slots([
    ["une clé d'accès pour growth", { intent: 'create_key', businessUnit: 'growth', keyKind: 'access-key' }],
    [
      'una chiave di accesso per growth',
      { intent: 'create_key', businessUnit: 'growth', keyKind: 'access-key' },
    ],
  ]);
  // look-alike: access alone, lacked, is no credential asked for
  nothingAsked(["je n'ai pas accès à bedrock"]);
});

describe("what a unit has out now, asked with our change's past: details", () => {
  reads([['anything issued for ads-ml right now?', 'details', 'ads-ml']]);
  // look-alike: over a span, the record of changes
  reads([['anything issued for ads-ml this week?', 'history', 'ads-ml']]);
});

describe('whom credentials went out to, and another command said enough after one declined', () => {
  slots([['which keys were sent out to bob@x.com last month?', { intent: 'history', owner: 'bob@x.com' }]]);
  reads([["don't rotate the ads key, revoking it would be enough", 'revoke', 'ads']]);
  // look-alike: a command said enough with none declined asks nothing
  neverActs(['rotating it is enough for now, thanks']);
});

describe('a share inside a condition is no goal', () => {
  reads([['revoke the ads-v1 key when v3 takes 50% of requests', 'revoke', 'ads-v1']]);
  // look-alike: a share as a goal stays a saying
  nothingAsked(['team goal: revoke 80% of stale keys']);
});
