/**
 * Round forty, the review of fix40c's and fix40e's Chinese and Japanese words (cjk-words.ts): a message is read into
 * English once every word is known, and the words added this round ("了", "过", "已经", "昨天", "もらった", "してから",
 * "有", "用", "在", "する", "取れる", "出せる") made deeds told, things had or used and things that can be done read
 * as commands. Each now reads as told (or stays as written); look-alikes keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a Chinese deed told with 了, 过, 已经 or 昨天 asks nothing', () => {
  nothingAsked([
    'ml-ops 这个 unit 已经删掉了',
    'ml-ops 的 key 已经删掉了',
    'ml-ops 的 key 已经删除了',
    'key 已经删掉了',
    '本地化的 key 已经删掉了',
    '删除了 ml-ops 的 key',
    '刪除了 ml-ops 的 key',
    'ml-ops 的 key 删除过',
    '昨天删除 ml-ops 的 key',
    '创建了 ml-ops 的 key',
    '申请了 token',
    'key 创建了',
    // look-alikes of our own
    '我昨天已经轮换了 ml-ops 的 key',
    'growth 的 key 已经吊销了',
  ]);
  // look-alikes: the same verbs asked for are still read
  reads([
    ['请把 old-pipeline 这个 unit 删掉', 'deprovision', 'old-pipeline'],
    ['请把 kelp-map 的 key 轮换一下', 'rotate', 'kelp-map'],
  ]);
  stillActs(['请 rotate variant-calling 的 key']);
});

describe('Japanese もらった (received) and してから…経って (since … passed) tell, they ask nothing', () => {
  nothingAsked([
    'トークンもらった、ありがとう',
    'キーもらった、ありがとうございます',
    'ml-ops のキーもらった',
    'トークンもらった',
    'ml-ops のキーをローテーションしてから1週間経って',
    'ml-ops のキーを削除してから2日経って',
    'ml-ops のキーを作成してから3ヶ月経ってて',
    'トークンを作成してから2時間経って',
    // look-alike of our own
    'growth のキーを作成してから半年経って',
  ]);
  // ("トークンもらった？", did you get the token?: whether a token was got, asked of a person; fix47d's rule decides it.)
  nothingAsked(['トークンもらった？']);
  // look-alike: a question with a question word about the last rotation stays history
  reads([['kelp-map のキーが最後にローテーションされたのはいつですか？', 'history', 'kelp-map']]);
});

describe('Chinese 有 (has), 用 (uses), 在 (is in), 可以用了 (works now) tell of a key', () => {
  nothingAsked([
    'ml-ops 有 key',
    'ml-ops 用 key',
    '用 ml-ops 的 key',
    'ml-ops 的 key 在东京',
    'ml-ops 的 key 可以用了',
    'key 可以用了',
    'growth 的 token 在 Frankfurt',
  ]);
  // look-alikes: a Region used for, and a place asked for, keep their reading
  slots([
    [
      '给我一个三小时的 token，region 用 eu-west-1',
      { intent: 'token', ttlSeconds: 10_800, region: 'eu-west-1' },
    ],
    ['我需要 token，两个小时，在 Frankfurt', { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' }],
  ]);
});

describe('Japanese する, 取れる, 出せる, told and not asked, are no request', () => {
  nothingAsked([
    'キーを作成する',
    'トークンを発行する',
    '東京でトークン取れる',
    'キー出せる',
    'ml-ops のキー出せる',
  ]);
  // look-alike: asked with a question's ending, it asks where tokens can be had
  slots([
    [
      '大阪でトークンって取れるんでしたっけ？',
      { intent: 'help', topic: 'regions', region: 'ap-northeast-3' },
    ],
  ]);
});

describe('a thing that may now be done (可以…了) is asked about, never carried out outright', () => {
  neverActs(['ml-ops 可以删除了', '活动结束了，可以删除 key 了', 'key 现在可以删除了吗？']);
  // look-alike: fix40e's whole unit closed keeps its reading
  keeps([['把 kelp-map 这个单元整个下线吧，活动结束了', 'deprovision', 'kelp-map']]);
});

describe('Chinese sentences the retrained model reads as "key" alone: never acted on', () => {
  neverActs([
    '旧的 key 还存在',
    '这个 key 存在安全问题',
    'key 在哪里',
    '什么是 key',
    '新的 key 可以用了！',
    '等了很久了，key 呢',
  ]);
});
