/**
 * Round forty-eight, fix48e: readings the classifier's retrain moved, decided by the rules by kind. Sentences of our
 * own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, nothingAsked } from './acted.js';

describe('a colleague asked to show, teach or walk one through a thing, "who here …", Pidgin "anybody sabi": put to the channel', () => {
  nothingAsked([
    "Can someone show me how to read the Cost Explorer export? it's all in USD",
    'could anybody walk me through the expense tool?',
    'can someone teach me how the rota app works',
    'anybody sabi if the bot don revoke the old boda-dispatch key?',
    'anyone sabi where the generator key dey?',
    'who here don try llama for Yoruba? the results I got were funny',
    'who here has used the bot for the payroll export before?',
  ]);
  // look-alikes: the bot asked, or who may approve asked of it
  exactly([
    { text: 'who approves key requests?', intent: 'help', topic: 'approvals' },
    { text: 'who can approve my key request?', intent: 'help', topic: 'approvals' },
  ]);
});

describe('what a command shows, its output named ("what info does details show"): help, that command', () => {
  exactly([
    { text: 'what info does details show about a key?', intent: 'help', topic: 'details' },
    { text: 'what fields does list show?', intent: 'help', topic: 'list' },
    { text: 'what information does history show?', intent: 'help', topic: 'history' },
    // look-alikes: the plain question, and what the bot needs for a request
    { text: 'what does details show?', intent: 'help', topic: 'details' },
    { text: 'what info do you need for an api key?', intent: 'help', keyKind: 'api-key' },
  ]);
});
