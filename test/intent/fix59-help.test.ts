/**
 * Round fifty-nine, fix59 help: questions to the bot against chatter, and the topics of help questions.
 *  - whether a credential is offered in a place with no AWS Region of its own ("can we get tokens in Poland at all?"),
 *    or a kind weighed after a Region ("an access key in Japan, or tokens only?"): topic regions (help-topic.ts);
 *  - keeping a secret safe in the forms SAFETY did not read: a credential pushed to a repository, one that ended up
 *    somewhere, the bot keeping or saving one's credential somewhere, one's token used by someone let to, and the
 *    Romance and Slavic words for sending, pasting and sharing it: topic general (secret-kept-safe.ts); one's own token
 *    inside what was pushed, with "now what" or "do I need to do something": help, general (own-token-leaked.ts);
 *  - how to do a command to a key, asked first ("how do I revoke a key that leaked?"): that command's topic, though a
 *    leak follows (help-topic.ts HOW_TO_COMMAND); one's own token stays general;
 *  - a token's length wondered about, hypothetically or on a condition, or to last a whole weekend: topic limits
 *    (token-length-wondered.ts);
 *  - whether one's own request is approved or still pending, in English, Spanish and French: the state of one request,
 *    nothing the bot answers (unknown; parse-request.ts STATE_OF_APPROVAL).
 * Every sentence is the fixer's own. Requests with the same words still act.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { nothingAsked, stillActs } from './acted.js';

const helpWith = (rows: [string, string][]) =>
  it.each(rows)('%j', (text, topic) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.topic]).toEqual(['help', topic]);
  });

describe('a credential asked for in a place with no Region, or a kind weighed after a Region: regions', () => {
  helpWith([
    ['can our team get tokens in Poland at all?', 'regions'],
    ['could I even get a token in Hanoi?', 'regions'],
    ['can the bot give us tokens in Copenhagen? the Danish crew asks', 'regions'],
    ['is it possible to get tokens from Argentina? half the team sits in Buenos Aires', 'regions'],
    ['can we request tokens in the Philippines at all?', 'regions'],
    ['could we get a token in Bogota at all, or is it US only?', 'regions'],
    ['can I get an api key in Singapore, or tokens only?', 'regions'],
    ['can you make an access key in the Frankfurt region or only tokens?', 'regions'],
  ]);
});

describe('keeping a secret safe: general', () => {
  helpWith([
    ['I pushed my api key to our gitlab repo by accident, what now?', 'general'],
    ['I uploaded a notebook with my token to github, now what', 'general'],
    ['pushed a config with my token to the shared repo, now what?', 'general'],
    ['my token ended up in the #general channel, do I need to do anything?', 'general'],
    ['our api key ended up on a public wiki page, what should we do?', 'general'],
    ['does the bot store my token somewhere after it sends it?', 'general'],
    ['is the bot saving my key in a database somewhere?', 'general'],
    ['is it ok to let my teammate use my token while I am out?', 'general'],
    ["j'ai collé mon token dans un ticket, je fais quoi ?", 'general'],
    ['é seguro enviar o token pelo chat?', 'general'],
    ['mogę wkleić token do wiki?', 'general'],
    ['committed a notebook with my token to the team repo, now what', 'general'],
    ['does the bot keep my api key somewhere once it is delivered?', 'general'],
  ]);
});

describe('how to do a command to a key, asked first: that command, though a leak follows', () => {
  helpWith([
    ['how do I revoke a key that was posted in a public channel?', 'revoke'],
    ['how do I rotate the key if the old one leaked?', 'rotate'],
    ['how can we revoke an api key that someone shared by email?', 'revoke'],
    ["how do I rotate our team's key without breaking the nightly job?", 'rotate'],
    ['how do I revoke my token if I leaked it?', 'general'],
  ]);
});

describe("a token's length wondered about: limits", () => {
  helpWith([
    ['hypothetically, could I get a 14 hour token if I ever needed one?', 'limits'],
    ['a 10h token, if my lead approves, is that possible?', 'limits'],
    ['can I get a token if my manager agrees to 20 hours?', 'limits'],
    ['can tokens stay valid for a whole week?', 'limits'],
    ['in theory, a 16h token if the CAB approves, would that fly?', 'limits'],
    ['can a token last for the entire shift?', 'limits'],
  ]);
});

describe('whether my request is approved or still pending asks nothing of the bot', () => {
  nothingAsked([
    'has my access key request been approved or is it still pending?',
    'was our key request approved or is it still waiting?',
    'ya aprobaron la key de mi equipo o sigue pendiente?',
    'est-ce que ma demande de token est validée ?',
    'my api key request: approved or still pending?',
  ]);
});

describe('requests with the same words still act', () => {
  stillActs([
    'revoke the growth key, it leaked',
    'rotate the ads-bidder key, it ended up in a public repo',
    'token for 2h please',
    'create an api key for billing-ops, 90 days',
    'token for 3h in Frankfurt please',
  ]);
  it('a question about who approves is still help with its topic', () => {
    const parse = parseRequest('who approves key requests? mine has been waiting since Monday');
    expect([parse.intent, parse.topic]).toEqual(['help', 'approvals']);
  });
});
