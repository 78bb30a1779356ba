/**
 * Round twenty-one, the lead: whether a credential of ours is kept safely somewhere ("is the key safe on my
 * desktop?") is a question for the bot's help, decided by a rule: the retrained classifier alone had turned it
 * to unknown. A key safe (the box for door keys) and keys in a drawer stay everyday things.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe('whether a key of ours is kept safely is help', () => {
  keeps([
    ['is the key safe on my desktop?', 'help'],
    ['is my key safe at rest?', 'help'],
    ['is it safe to keep the key on my laptop?', 'help'],
    ['is it ok to keep my token in the repo?', 'help'],
    ['is the api key secure in my .env file?', 'help'],
    ['are the keys safe on github if the repo is private?', 'help'],
    ['is it fine to store the access key in our config?', 'help'],
  ]);
  nothingAsked(['is the key safe on my desk?', 'are the keys safe in the drawer?']);
  keeps([['rotate the key, is it safe on my laptop?', 'rotate']]);
});
