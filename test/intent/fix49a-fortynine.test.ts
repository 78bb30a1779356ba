/**
 * Round forty-nine, fix49a (tuned-parking, tuned-styles-southasia, and the South Asian drifted texts of
 * tuned-styles-southern): Indian English, Hinglish, Urdu-English and Tanglish the parser misread. Sentences of our own
 * of each kind, and look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('what a team builds before its team noun names the team ("the app team", "the tools squad")', () => {
  reads([
    ['show keys for the app team', 'details', 'app-team'],
    ['rotate the tools squad key please', 'rotate', 'tools-squad'],
    ['what did the app squad spend on bedrock this week', 'spend', 'app-squad'],
    ['new api key for the bot team, 90 days', 'create_key', 'bot-team'],
  ]);
  // look-alikes: a team with no name, and a unit named beside the app team
  reads([
    ['key for our team', 'create_key', null],
    ['key for whoever owns receipts-ocr, the app team knows', 'create_key', 'receipts-ocr'],
  ]);
});

describe('a colleague asked to act on arriving where they work ("<@U…> … when you reach office")', () => {
  nothingAsked([
    '<@U07RAVI01> can you revoke the toll-sync key when you reach office?',
    '<@U07RAVI01> once you get to your desk pls rotate the kyc-bot key',
    '<@U07RAVI01> rotate the ledger-ai key when u r at ur laptop',
  ]);
  // look-alike: the bot asked, the writer's own arrival told
  stillActs(['<@U07BEDR0CK> revoke the toll-sync key, I reached office now']);
});

describe('the team\'s own plan put to the team for a yes ("then we will rotate, right?")', () => {
  nothingAsked([
    'if suppose the token leaks, then we will revoke it, right? only planning',
    "we'll rotate the parking-ai key after the audit, no?",
    'if the key is exposed we will just rotate, correct?',
  ]);
  // look-alikes: a request or a how-to asked beside the plan
  it('keeps what is asked beside it', () => {
    expect(parseRequest("we'll rotate it, right? pls give me a token for 2h meanwhile")).toMatchObject({
      intent: 'token',
      ttlSeconds: 7200,
    });
    expect(parseRequest("we'll rotate it, right? how do I rotate a key?").intent).toBe('help');
    expect(parseRequest('if the key leaks, how do we rotate it?').intent).toBe('help');
  });
});

describe('Tanglish "X ah Y la eppadi use pannuradhu" (how do I use X with Y)', () => {
  it('reads the how-to', () => {
    expect(parseRequest('token ah python la eppadi use pannuradhu?')).toMatchObject({
      intent: 'help',
      topic: 'token',
    });
    expect(parseRequest('token ah postman la eppadi use pannanum?')).toMatchObject({
      intent: 'help',
      topic: 'token',
    });
  });
  // look-alike: a Tanglish request keeps its lifetime
  slots([['enakku oru token venum, moonu mani neram', { intent: 'token', ttlSeconds: 10800 }]]);
});

describe('what to do once a credential ends ("what do I do after the token expires?", "token expire hone ke baad kya karna hai?")', () => {
  it('is a how-to about tokens', () => {
    expect(parseRequest('what do I do after my token expires?')).toMatchObject({
      intent: 'help',
      topic: 'token',
    });
    expect(parseRequest('token expire hone ke baad kya karna hoga? naya lena padega?')).toMatchObject({
      intent: 'help',
    });
  });
  // look-alikes: everyday things, and a request after the expiry
  // (Round fifty-four's closing retrain leans 'what do I do after lunch?' to general help, 0.71: answered, never acted on.)
  neverActs(['what do I do after lunch?']);
  slots([
    ['token expire hone ke baad naya token chahiye 3 ghante ka', { intent: 'token', ttlSeconds: 10800 }],
  ]);
});

describe('a history read and learnt from, told in Hinglish ("X ki history padh ke pata chala")', () => {
  nothingAsked([
    'mandir ki history padh ke pata chala 1750 mein bana tha',
    'company ki history padhkar pata chala founder Pune se the',
  ]);
  // look-alike: a unit's history asked for
  reads([['kyc-ocr ki history dikhao', 'history', 'kyc-ocr']]);
});

describe('Hinglish "bas" (just) and "bhai" (brother) never a unit ("bas key rotate karo", "bhai X wali key")', () => {
  reads([
    ['toll-sync ko revoke mat karo, bas key rotate karo', 'rotate', 'toll-sync'],
    ['bhai fastag_recon wali key band kar do', 'revoke', 'fastag-recon'],
  ]);
  nothingAsked(['bas itna hi, thanks bhai']);
});

describe('a Hinglish unit named in two or three words before "ka key" ("aadhaar masking ka key")', () => {
  reads([
    ['rotate kar do loan scoring ka key', 'rotate', 'loan-scoring'],
    ['claims triage bot ka key status?', 'details', 'claims-triage-bot'],
    ['slot finder ka key kitne din mein expire hoga', 'details', 'slot-finder'],
  ]);
  // look-alikes: one word keeps its reading; a cupboard's key is nothing of ours
  reads([['payments ki key rotate kar do', 'rotate', 'payments']]);
  neverActs(['office almari ki key kho gayi']);
});

describe('a Hinglish take-back, "cancel kar do" closing its clause, and "ab zarurat nahi" (no need now)', () => {
  nothingAsked([
    'rotate the toll-sync key — ruko, cancel kar do, vendor ne reset kar diya',
    'parking-ai ka key revoke karo... nahi, cancel karo',
  ]);
  neverActs(['mujhe token chahiye tha par Ravi ne apna de diya, ab zarurat nahi']);
  // look-alike: a need told now keeps its request
  slots([['token chahiye 2 ghante ka, ab zarurat hai', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('the past of a told verb not ending in "e" ("renew kar diya": renewed)', () => {
  neverActs(['maine ev-insights ka key renew kar diya', 'kal hi token reset kar diya tha']);
});

describe('two commands weighed in Hinglish ("details aur list mein kya farak hai")', () => {
  it('asks about the commands', () => {
    expect(parseRequest('revoke aur deprovision mein kya farak hai').intent).toBe('help');
    expect(parseRequest('history aur spend mein kya farak hai?').intent).toBe('help');
  });
  // look-alike: the kinds weighed keep their reading
  it('keeps the kinds weighed', () => {
    expect(parseRequest('token aur api key mein kya farak hai?')).toMatchObject({
      intent: 'help',
      topic: 'key-kinds',
    });
  });
});

describe('the way to get a key asked in Indian English ("process to ask api key", "what details needed?")', () => {
  it('is the topic of making a key', () => {
    expect(parseRequest('kindly share the procedure to request api key for our unit?').topic).toBe(
      'create_key',
    );
    expect(parseRequest('how to get access key for our team, what all details are required?').topic).toBe(
      'create_key',
    );
  });
  // look-alikes: a token's steps are the token's; a unit's details are asked for
  it('keeps the others', () => {
    expect(parseRequest('what are the steps to get a token?').topic).toBe('token');
    expect(parseRequest('what details does the ads key have?')).toMatchObject({
      intent: 'details',
      businessUnit: 'ads',
    });
  });
});
