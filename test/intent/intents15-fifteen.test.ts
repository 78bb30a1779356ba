import { describe } from 'vitest';
import { exactly } from './acted.js';

/**
 * Round fifteen (intents15): sentences of the kinds fixed from the tuning files' intent errors, written
 * before the parser's answers were looked at, with look-alikes that must not change. Labels follow
 * test/intent/data/README.md.
 */
describe('a question about how approval of our request works, after a reported request (help, approvals); approvals of other things stay unknown', () => {
  exactly([
    {
      text: 'asked for a long-term key yesterday, nothing yet. who approves these?',
      intent: 'help',
      topic: 'approvals',
    },
    {
      text: "put in a request for an access key on monday and it's still pending. who signs it off?",
      intent: 'help',
      topic: 'approvals',
      keyKind: 'access-key',
    },
    { text: 'I requested a key an hour ago. who needs to sign it off?', intent: 'help', topic: 'approvals' },
    {
      text: "submitted a key request last week, still waiting. who's supposed to approve these?",
      intent: 'help',
      topic: 'approvals',
    },
    {
      text: "my key request has been sitting there since friday. who's meant to sign off on it?",
      intent: 'help',
      topic: 'approvals',
    },
    {
      text: 'requested a token for the demo this morning, still nothing. who signs these off?',
      intent: 'help',
      topic: 'approvals',
    },
    {
      text: 'requested an API key yesterday. who signs off key requests around here?',
      intent: 'help',
      topic: 'approvals',
      keyKind: 'api-key',
    },
    {
      text: "asked the bot for a key two days ago and it's still pending, who's the one who approves them?",
      intent: 'help',
      topic: 'approvals',
    },
    { text: 'requested a new laptop this morning, still nothing. who signs these off?', intent: 'unknown' },
    { text: "submitted my expense report last week, who's meant to approve these?", intent: 'unknown' },
    { text: 'who signs off on the holiday rota?', intent: 'unknown' },
    { text: 'who signs the birthday card for Ana?', intent: 'unknown' },
  ]);
});
describe('the units asked for by another name (groups, squads, services, accounts, projects) with the bot as the one that knows them, or as mine (list); other collections and people stay unknown', () => {
  exactly([
    { text: 'which projects does the bot know about?', intent: 'list' },
    { text: 'what departments are set up in the bot? need it for the budget sheet', intent: 'list' },
    { text: 'which squads are mine', intent: 'list', owner: 'me' },
    {
      text: 'which of these accounts are mine? I took over from Dana last week',
      intent: 'list',
      owner: 'me',
    },
    { text: 'what services does the bot know about', intent: 'list' },
    { text: 'which orgs am I the owner of?', intent: 'list', owner: 'me' },
    { text: 'which accounts have bedrock keys right now?', intent: 'list' },
    { text: 'what product teams are set up in bedrock-bot?', intent: 'list' },
    { text: 'which projects do I own? cleaning up before the audit', intent: 'list', owner: 'me' },
    { text: 'what services are registered in the bot?', intent: 'list' },
    { text: 'can you list the teams? need it for the quarterly deck', intent: 'list' },
    { text: 'pls list all units. for the board slide', intent: 'list', all: true },
    { text: 'could you show me the business units? putting together an org chart', intent: 'list' },
    { text: 'which services are down right now?', intent: 'unknown' },
    { text: 'which of these mugs are mine?', intent: 'unknown' },
    { text: 'which accounts did the auditors flag last quarter?', intent: 'unknown' },
    { text: 'what groups are set up in the calendar for friday?', intent: 'unknown' },
    { text: 'which projects does Priya know about?', intent: 'unknown' },
    { text: 'which projects are there for the hackathon?', intent: 'unknown' },
  ]);
});
