/**
 * Round forty, fix40b (tuned-quant, tuned-casino): a token asked with its lifetime bound to it, in days too, is not a
 * models question for a model named in its reason (rules.ts); what is registered under the asker's own name is a list of
 * their units (registered.ts); a keeping whose reason is told as a state takes the request back (negation.ts); a
 * question tagged as thought aloud asks nothing (musing-remark.ts); a colleague told to ask "it" (the bot) for the
 * writer, or asked whether they have the bot open (prepare.ts); Vietnamese "bot này …" questions of what the bot is
 * for, and Spanish "mejor" correcting a value (more-languages.ts). Sentences of our own of each kind, and look-alikes
 * that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a token with its lifetime bound to it, in days, a model named in the reason: the token', () => {
  slots([
    ['token for 3 days? long eval run on the new ranking model', { intent: 'token', ttlSeconds: null }],
    ['a 2 day token? comparing the claude models over the weekend', { intent: 'token', ttlSeconds: null }],
  ]);
  // look-alikes: which models a credential reaches, asked, stays a question about models
  neverActs(['which models can a token for 2 days reach?', 'what models does a 3 day token cover?']);
  keeps([['what models are in frankfurt? need a token for 2h after', 'models']]);
});

describe("what is registered under the asker's own name: their units", () => {
  slots([
    ["what's registered to me?", { intent: 'list', owner: 'me' }],
    ['anything set up under my name?', { intent: 'list', owner: 'me' }],
    ['what is onboarded in my name? need it for the audit', { intent: 'list', owner: 'me' }],
  ]);
  // look-alikes: another system's register, a person's reports
  nothingAsked(["what's registered under my name at the council?", "who's under me these days?"]);
});

describe('a keeping with its reason told as a state: the request taken back', () => {
  nothingAsked([
    'revoke the loyalty-app key? no, leave it, the dealers are mid-shift',
    'rotate the bingo-hall key? no, keep it, the auditors are on site',
  ]);
  // look-alike: a verb of ours after the keeping still asks
  keeps([['rotate the bingo-hall key? no, leave it, the poker-room key is the one, rotate that', 'rotate']]);
});

describe('a question tagged as thought aloud asks nothing', () => {
  nothingAsked([
    'if we ever add a venue in Macau would the keys need another region? just thinking out loud',
    'a key per table game someday? thinking aloud lol',
  ]);
  // look-alike: a plain ask beside the musing is still asked
  neverActs(['would we move regions one day? thinking out loud']);
  keeps([['thinking out loud here, but please rotate the bingo-hall key now', 'rotate', 'bingo-hall']]);
});

describe('a colleague asked whether they have the bot open, told to ask "it" for the writer', () => {
  nothingAsked([
    '<@U0AB12CD> got the bot up? ask it for a 3h token for me',
    '<@U0AB12CD> ask it to rotate the bingo-hall key for us when you can',
  ]);
  // look-alike: the bot addressed, the request its own
  reads([['<@U07BEDR0CK> rotate the bingo-hall key please', 'rotate', 'bingo-hall']]);
});

describe('Vietnamese: what this bot is for, or can do', () => {
  keeps([
    ['bot này làm được gì vậy?', 'help'],
    ['bot này có thể làm những gì?', 'help'],
  ]);
  // look-alike: a command with "này" (this) still asks
  keeps([['xoay key này giúp mình', 'rotate']]);
});

describe('Spanish "mejor" before a new value corrects the one before', () => {
  slots([
    ['una access key para bingo_hall en Irlanda? mejor en us-east-1', { region: 'us-east-1' }],
    ['token de 3h, mejor 6h', { intent: 'token', ttlSeconds: 21_600 }],
  ]);
  // look-alike: "el mejor", the best, corrects nothing
  neverActs(['¿cuál es el mejor modelo para resumir?']);
});

describe('a key asked for a unit first, a list of models asked after: the first request is the label', () => {
  reads([
    ['permanent key for bingo-hall and show me the models pls', 'create_key', 'bingo-hall'],
    ['api key for bingo-hall, and list the models', 'create_key', 'bingo-hall'],
  ]);
  // look-alike: the models asked first stay the request
  keeps([['list the models and a key for bingo-hall', 'models']]);
});
