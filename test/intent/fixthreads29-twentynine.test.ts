/**
 * Round twenty-nine, fixthreads29: kinds of error found in tuned-styles-threads.jsonl (thread replies and fast
 * typing). Sentences of our own, written before the parser's answer was looked at, and look-alikes that must
 * not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads } from './acted.js';

describe("an action put as a question, then judged not worth doing by the writer ('? eh, not worth it') is taken back", () => {
  nothingAsked([
    'rotate the snowpack-forecaster key? eh, not worth it, nobody else saw it',
    'revoke the pos-bridge key?? meh not worth it',
    'deprovision old-kiosk-bot? not worth the hassle, it costs nothing',
    'token for 4h? hmm, not worth it, the meeting is in 10 min',
    '*rotate* the crowd-cam-counter key? eh… not really worth it tbh',
    'create a key for lodging-sys? not worth the trouble, we have one',
  ]);
  // look-alikes: the judgement weighs another thing, or the request follows it
  reads([
    ['not worth keeping it, revoke the pos-bridge key', 'revoke', 'pos-bridge'],
    ['rotate the pos-bridge key, not worth the risk of leaving it', 'rotate', 'pos-bridge'],
    ['the old key is not worth fixing, create a new key for lodging-sys', 'create_key', 'lodging-sys'],
  ]);
  neverActs(['is it worth rotating the pos-bridge key?', 'not worth it imo', 'is a 12h token worth it?']);
});

describe("a reply to a quoted request that asks the same for another unit ('+1, and one for Y too', 'and Y as well') asks it for Y", () => {
  reads([
    [
      '> <@U0BEDROCK> key for crowd-cam-counter\n+1, and one for weather-station-ingest too pls',
      'create_key',
      'weather-station-ingest',
    ],
    ['> create a key for pos-bridge\nand one for lodging-sys too', 'create_key', 'lodging-sys'],
    [
      '> <@U0BEDROCK> revoke the pass-scan-gw key\nand grooming-route-planner as well pls',
      'revoke',
      'grooming-route-planner',
    ],
    ['> deprovision hack-snow-23\nand hack-snow-22 as well', 'deprovision', 'hack-snow-22'],
    [
      '> rotate the trail-report-writer key\n+1 and the avalanche-bulletin one too',
      'rotate',
      'avalanche-bulletin',
    ],
  ]);
  // look-alikes: the reply tells, or takes the quote back
  nothingAsked([
    '> key for crowd-cam-counter\n+1, the lodging-sys one works fine too',
    '> deprovision hack-snow-23\nand hack-snow-22 was already deprovisioned last week',
    '> <@U0BEDROCK> key for crowd-cam-counter\nnvm, found my old one',
  ]);
  neverActs(['> revoke the pos-bridge key\nand the lodging-sys one as well? no, leave both']);
});

describe("a unit said in words and corrected to its numbered twin ('menu translator I mean menu translator two') is the numbered one", () => {
  reads([
    ['create a key for crowd counter i mean crowd counter two', 'create_key', 'crowd-counter-2'],
    ['rotate the key for trail writer no wait trail writer 2', 'rotate', 'trail-writer-2'],
    ['revoke the ski school bot key sorry ski school bot three', 'revoke', 'ski-school-bot-3'],
    ['key for lodge search, no, lodge search two', 'create_key', 'lodge-search-2'],
  ]);
  // look-alikes: no correction, or a lifetime after the name
  reads([
    ['create a key for crowd counter two', 'create_key', 'crowd-counter-2'],
    ['create a key for crowd counter i mean crowd counter team', 'create_key', 'crowd-counter-team'],
    ['history for march no wait march 2', 'history', null],
    ['key for lodge search i mean lodge search, 2 days', 'create_key', 'lodge-search'],
  ]);
});

describe("a leading mention asked ('can you …') by someone who cannot reach their machine, said in shorthand ('phone only', 'locked out of my laptop') is put to that person", () => {
  nothingAsked([
    '<@U05DEVRAJ> can you rotate the pos-bridge key? on the lift, phone only',
    '<@U04MARIT> could u make a key for crowd-cam-counter, phone only rn',
    "<@U07TOMAS> can you get me a 2h token? i'm locked out of my laptop",
    '<@U06KAIA> would you revoke the lodging-sys key for me, im locked out on my computer',
    '<@U05DEVRAJ> could you do the snowpack-forecaster key for me? only have my phone up here',
  ]);
  // look-alikes: asked of the bot, or no ask of the person
  reads([
    ['<@U0BEDROCK> token 2h pls, phone only', 'token', null],
    ['rotate the pos-bridge key, phone only so keep the reply short', 'rotate', 'pos-bridge'],
    ['<@U0BEDROCK> can you give me a token for 3h', 'token', null],
  ]);
  neverActs(["<@U07TOMAS> i'm locked out of my laptop, can you revoke the pos-bridge key"]);
});

describe("a request turned down with who still needs the thing ('wait no, the judges still need the demo up') is taken back", () => {
  nothingAsked([
    '> <@U0BEDROCK> deprovision hack-snow-23\nwait no, the judges still need the demo up till monday',
    'revoke the pos-bridge key? no, the kiosks still need it',
    'deprovision summer-bike-park-ai. nah, ops still needs it for the reports',
    'rotate lodging-sys? nope, the night audit still needs the old key till 6am',
  ]);
  // look-alikes: the need is the reason for the request, or a new value follows
  reads([
    ['create a key for pos-bridge, the kiosks still need one', 'create_key', 'pos-bridge'],
    ['rotate lodging-sys now, the night audit still needs access', 'rotate', 'lodging-sys'],
    ['revoke the old-kiosk key, no one still needs it', 'revoke', 'old-kiosk'],
  ]);
  neverActs(['> deprovision hack-snow-23\nwait no, judges still need it']);
});
