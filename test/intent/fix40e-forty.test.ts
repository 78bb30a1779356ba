/**
 * Round forty, fix40e (tuned-styles-eastwest): messages in the Romance languages, Vietnamese, Chinese and Japanese
 * read into English (more-languages.ts, cjk-words.ts) and a colleague asked to ask the bot in the Romance languages
 * (prepare.ts). Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('who approves, asked in Chinese and Italian', () => {
  keeps([
    ['谁来审批 key 的申请？', 'help'],
    ['chi approva le richieste di token?', 'help'],
  ]);
  slots([['谁来审批 key 的申请？', { topic: 'approvals' }]]);
});

describe('a whole unit closed, in French, Portuguese and Chinese', () => {
  reads([
    ['podem desativar por completo a unidade kelp-map?', 'deprovision', 'kelp-map'],
    ['把 kelp-map 这个单元整个下线吧，活动结束了', 'deprovision', 'kelp-map'],
  ]);
  keeps([['on peut fermer l’unité kelp-map au complet', 'deprovision', 'kelp-map']]);
  // look-alike: "desativar a chave" (deactivate the key) stays a revocation
  keeps([['podem desativar a chave da kelp-map?', 'revoke', 'kelp-map']]);
  // look-alike: a Chinese deed told with "了" stays unread
  neverActs(['我删除了 kelp-map 的 key']);
});

describe('when a key was last changed or made: history', () => {
  reads([
    ['kelp-map 的key上次轮换是什么时候？', 'history', 'kelp-map'],
    ['kelp-map のキーが最後にローテーションされたのはいつですか？', 'history', 'kelp-map'],
    ['quand la clé de kelp-map a-t-elle été créée ?', 'history', 'kelp-map'],
  ]);
  // look-alike: the rotation asked for stays a rotation
  reads([['请把 kelp-map 的 key 轮换一下', 'rotate', 'kelp-map']]);
});

describe('a colleague asked to get it from the bot (Portuguese, Italian, French)', () => {
  nothingAsked([
    '<@U0FRIEND1> consegue pedir uma chave pro bot pra kelp-map?',
    '<@U0FRIEND1> mi fai tu una chiave dal bot per kelp-map?',
    '<@U0FRIEND1> tu peux demander au bot un token de 2 heures ?',
  ]);
  // look-alike: the same verbs put to the bot itself keep the request
  keeps([['tu peux révoquer la clé de kelp-map ?', 'revoke', 'kelp-map']]);
});

describe('limits and key kinds asked in French and Vietnamese', () => {
  slots([
    ['y a-t-il une limite de durée pour les jetons?', { intent: 'help', topic: 'limits' }],
    ['API key với access key khác nhau thế nào?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
  ]);
});

describe('Chinese and Japanese help questions with a question word', () => {
  slots([
    ['這個 bot 是誰在維護的？', { intent: 'help', topic: 'general' }],
    ['谁来审批啊？', { intent: 'help', topic: 'approvals' }],
    [
      '大阪でトークンって取れるんでしたっけ？',
      { intent: 'help', topic: 'regions', region: 'ap-northeast-3' },
    ],
  ]);
});

describe('Portuguese "pera" (wait) corrects a lifetime; Spanish "qué unidades hay? todas"', () => {
  slots([
    ['token 4h. pera, 3h', { intent: 'token', ttlSeconds: 10_800 }],
    ['qué unidades hay? todas', { intent: 'list', all: true }],
  ]);
});

describe('Vietnamese: "chỉ cần" (just) and a deed told with "rồi"', () => {
  reads([['đừng xoá key của kelp-map, chỉ cần rotate thôi', 'rotate', 'kelp-map']]);
  neverActs(['hôm qua anh xoay key của kelp-map rồi nhé', 'em thu hồi key của kelp-map rồi']);
  // look-alike: asked, no "rồi", is still asked
  keeps([['anh xoay giúp em key của kelp-map nhé', 'rotate', 'kelp-map']]);
});

describe('Italian: "cos’è" (what is), Frankfurt as Italian names it', () => {
  slots([
    ['scusate, cos’è una API key?', { intent: 'help', topic: 'key-kinds', keyKind: 'api-key' }],
    ['token a Francoforte per 2h', { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' }],
  ]);
  // look-alike: "a token per 24h" in English is a rate, not a lifetime
  neverActs(['we burn through about a token per 24h on the batch box']);
});
