/**
 * Round forty, fix40c (tuned-logistics, tuned-genomics): a form's expiry field kept when the prose reads the same key;
 * a mention set as the new owner after "hm no" corrects the owner; "what's on the X unit?" asks its details; a
 * request put to a leading mention by a writer tied up at work, in other languages; Chinese words of a token's hours,
 * a place, a key's state, deleting a unit and the past told; an ordinary hyphenated word after a take-back names no
 * unit. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe("a form's expiry field, when the whole message read as prose is sure of the same key", () => {
  slots([
    [
      "*Request type:* api key\n*Team:* Cold Chain\n*Expiry:* 45\n*Justification:* weekend customs batch, can't babysit tokens",
      { intent: 'create_key', businessUnit: 'cold-chain', keyKind: 'api-key', expiryDays: 45 },
    ],
    [
      '*Request type:* access key\n*Team:* Yard Ops\n*Expiry:* 90\n*Justification:* gate camera OCR, runs unattended',
      { intent: 'create_key', businessUnit: 'yard-ops', keyKind: 'access-key', expiryDays: 90 },
    ],
  ]);
  // look-alike: no expiry field, no days
  slots([
    [
      "*Request type:* api key\n*Team:* Cold Chain\n*Justification:* weekend customs batch, can't babysit tokens",
      { intent: 'create_key', businessUnit: 'cold-chain', expiryDays: null },
    ],
  ]);
});

describe('a mention set as the owner after "hm no" corrects the owner, it takes nothing back', () => {
  slots([
    [
      'access key for dock-sched, 60 days, owner <@U01AAAA11> — hm no, owner <@U02BBBB22>',
      { intent: 'create_key', businessUnit: 'dock-sched', owner: 'U02BBBB22', expiryDays: 60 },
    ],
    [
      'api key for reefer-watch, owner <@U01AAAA11>. hmm no, owner is <@U02BBBB22>',
      { intent: 'create_key', businessUnit: 'reefer-watch', owner: 'U02BBBB22' },
    ],
  ]);
  // look-alikes: a take-back with a mention that owns nothing still takes it back
  nothingAsked(['rotate the dock-sched key? hm no, not now', 'api key for dock-sched — hm no, forget it']);
  neverActs(['rotate the dock-sched key? no, <@U02BBBB22> says leave it']);
});

describe('"what\'s on the X unit?" asks the unit\'s details, a history word after it is why', () => {
  reads([
    ["what's on the reefer-watch unit? need it before the customs audit", 'details', 'reefer-watch'],
    ["what's on the dock_7 unit? the audit is tomorrow", 'details', 'dock-7'],
    ['whats on the cross-dock team? asking for the audit', 'details', 'cross-dock-team'],
  ]);
  // look-alikes: a thing that is no unit's name asks nothing of ours; a history asked alone stays history
  keeps([['audit log for reefer-watch please', 'history', 'reefer-watch']]);
  nothingAsked(["what's on the agenda? the audit is tomorrow"]);
});

describe('a request put to a leading mention by a writer tied up at work, in other languages', () => {
  nothingAsked([
    '<@U05ABCDE1> kannst du den assay-bot Key rotieren? Ich bin gerade im Reinraum',
    '<@U05ABCDE1> peux-tu révoquer la clé de assay-bot ? je suis au labo',
    '<@U05ABCDE1> ¿puedes rotar la clave de assay-bot? estoy en una reunión',
    '<@U05ABCDE1> 你能帮我 rotate 一下 assay-bot 的 key 吗？我在实验室',
    '<@U05ABCDE1> 你可以帮我向 bot 申请一个 token 吗',
  ]);
  // look-alikes: the same asked with no situation is still asked of the bot; a unit named "lab" is no place. (Asked
  // about until round fifty-four, whose German modal order, fix54b, reads it as "can you rotate the assay-bot key?",
  // which a leading mention of an ID the parser is not given puts to the bot, as in English; in Slack the app knows
  // its own ID, and a colleague's mention is the colleague's.)
  keeps([['<@U05ABCDE1> kannst du den assay-bot Key rotieren?', 'rotate', 'assay-bot']]);
  keeps([['rotate the key for the lab team please', 'rotate', 'lab-team']]);
});

describe('Chinese: hours in words with a place, a key state asked, a unit deleted, the past told', () => {
  slots([
    [
      '给我一个三小时的 token，region 用 eu-west-1',
      { intent: 'token', ttlSeconds: 10_800, region: 'eu-west-1' },
    ],
    ['我需要 token，两个小时，在 Frankfurt', { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' }],
  ]);
  reads([
    ['variant-calling 的 key 现在是什么状态？', 'details', 'variant-calling'],
    ['请把 old-pipeline 这个 unit 删掉', 'deprovision', 'old-pipeline'],
  ]);
  // look-alikes: the past told is never acted on
  neverActs([
    '我已经 rotate 过 variant-calling 的 key 了',
    '昨天我 revoke 了 old-pipeline 的 key',
    '我 rotate 了 variant-calling 的 key',
  ]);
  stillActs(['请 rotate variant-calling 的 key']);
});

describe('an ordinary hyphenated word after a take-back tells why, it names no unit', () => {
  nothingAsked([
    'revoke the assay-bot key? no, leave it, the team is mid-release',
    'rotate the dock-sched key? nah leave it, we are mid-migration',
  ]);
  // look-alike: a unit's name after the take-back still corrects
  reads([['rotate the dock key — actually no, dock-sched', 'rotate', 'dock-sched']]);
});

describe('the writer\'s wish for our thing in a state of our verb: "I\'d like the X key rotated"', () => {
  reads([
    ["I'd like the reefer-watch key revoked today, the contract ended", 'revoke', 'reefer-watch'],
    ['we would like the old-manifests unit deprovisioned this week', 'deprovision', 'old-manifests'],
  ]);
  // look-alikes: another's wish told, and the thing told done, ask nothing
  neverActs([
    'they wanted the reefer-watch key rotated last month',
    'the reefer-watch key was rotated today',
  ]);
});
