import { describe } from 'vitest';
import { exactly } from './acted.js';

/**
 * Round fifteen (intents15): sentences of the kinds fixed from the tuning files' intent errors, written
 * before the parser's answers were looked at, with look-alikes that must not change. Labels follow
 * test/intent/data/README.md.
 */
describe('approvals: how approval of our request works, asked with a sign-off or a duty after a reported request (help, approvals); approval of other things stays unknown', () => {
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
describe('inventory: the units asked for by another name (groups, squads, services, accounts, projects), as the bot knows them or as mine (list); other collections and other people stay unknown', () => {
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
    { text: 'can you list the teams? need it for the budget slide', intent: 'list' },
    { text: 'pls show me the units. for the office move spreadsheet', intent: 'list' },
  ]);
});
describe('lent: a token the person holds, lent to or used by another, asked about (help; its topic is left to help-topic.ts, see the report); a token asked for with the same words stays a token', () => {
  exactly([
    { text: 'is it ok to lend my token to a contractor for the afternoon?', intent: 'help' },
    { text: 'can I give my bedrock token to the intern for an hour?', intent: 'help' },
    {
      text: 'am I allowed to pass one of my tokens to someone in another team while they wait for theirs?',
      intent: 'help',
    },
    { text: 'can my teammate use my token for 2h while hers is pending?', intent: 'help' },
    { text: "could I hand my token over to the vendor's engineer for the demo tomorrow?", intent: 'help' },
    { text: 'is it allowed to share a token with a colleague for 30 min?', intent: 'help' },
    { text: 'can I send my token to Raj so he can test the prompt for an hour?', intent: 'help' },
    { text: 'can two people use the same token for an afternoon of pairing?', intent: 'help' },
    { text: 'can I get a token for 2h?', intent: 'token', ttlSeconds: 7200 },
    {
      text: "can I have a token for an hour? pairing with the client's dev",
      intent: 'token',
      ttlSeconds: 3600,
    },
    { text: 'give me a token for 3 hours', intent: 'token', ttlSeconds: 10800 },
    {
      text: 'need a token for 1h, will pair with the contractor on the prompt',
      intent: 'token',
      ttlSeconds: 3600,
    },
    { text: "token for 2 hours please, my teammate's one expired", intent: 'token', ttlSeconds: 7200 },
  ]);
});
describe('people named: "anyone?" closing a question, or a question addressed to a group of people first (unknown); questions to the bot stay help', () => {
  exactly([
    { text: 'why does the staging VPN keep asking for a new access token? anyone?', intent: 'unknown' },
    { text: 'how do we renew the SSL cert on the demo box? anybody?', intent: 'unknown' },
    { text: 'where do I get the access code for the 4th floor printer? anyone?', intent: 'unknown' },
    { text: 'quick q for the designers: does the Figma token still work for the plugin?', intent: 'unknown' },
    { text: 'question for the data folks: how do I get access to the warehouse replica?', intent: 'unknown' },
    { text: 'q for the SREs \u2014 why does the grafana api key expire every week?', intent: 'unknown' },
    { text: 'is the deploy token for the mobile app stored in 1password? anyone?', intent: 'unknown' },
    { text: "what's the process for getting a parking pass? anybody??", intent: 'unknown' },
    { text: 'quick q for the PMs: does the client know their key moved to the new unit?', intent: 'unknown' },
    { text: 'how do I get a token?', intent: 'help', topic: 'token' },
    { text: 'quick q: how long can a token last?', intent: 'help', topic: 'limits' },
    { text: 'question for the bot: who approves key requests?', intent: 'help', topic: 'approvals' },
    { text: 'quick question, what regions do you support?', intent: 'help', topic: 'regions' },
    { text: 'how do I get a bedrock token? first time here', intent: 'help', topic: 'token' },
  ]);
});
describe('switched off: a key of ours named after a verb of switching off (pull the plug on, kill, switch off, nuke) is revoked; other things switched off, and plugs pulled in the past, stay unknown', () => {
  exactly([
    {
      text: 'pull the plug on the ads-ml access key, it showed up in a public gist',
      intent: 'revoke',
      businessUnit: 'ads-ml',
      keyKind: 'access-key',
    },
    {
      text: 'kill the api key for fraud-ops, it leaked',
      intent: 'revoke',
      businessUnit: 'fraud-ops',
      keyKind: 'api-key',
    },
    {
      text: 'switch off the key for growth-lab, the pilot is over',
      intent: 'revoke',
      businessUnit: 'growth-lab',
    },
    {
      text: 'nuke the old access key for billing-etl',
      intent: 'revoke',
      businessUnit: 'billing-etl',
      keyKind: 'access-key',
    },
    { text: 'cut off the key for vendor-portal today', intent: 'revoke', businessUnit: 'vendor-portal' },
    { text: 'pull the plug on the key for search-v2 please', intent: 'revoke', businessUnit: 'search-v2' },
    {
      text: 'turn off the access key for legal-ops',
      intent: 'revoke',
      businessUnit: 'legal-ops',
      keyKind: 'access-key',
    },
    {
      text: 'shut off the api key for recs-v2, the client flagged it',
      intent: 'revoke',
      businessUnit: 'recs-v2',
      keyKind: 'api-key',
    },
    { text: "pull the plug on the coffee machine, it's smoking", intent: 'unknown' },
    { text: 'they pulled the plug on the project last week', intent: 'unknown' },
    { text: "kill the build, it's stuck", intent: 'unknown' },
    { text: 'switch off the lights when you leave', intent: 'unknown' },
    { text: 'who pulled the plug on the staging db last night?', intent: 'unknown' },
  ]);
});
