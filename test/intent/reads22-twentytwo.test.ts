/**
 * Round twenty-two, reads22: non-requests that the parser read as something of ours, from round
 * twenty-one's blind files (now tuned-{pharma,automotive,schools}). Sentences of our own, written before
 * the parser's answer was looked at (other trades, verbs, word orders, lengths, Slack markup), and
 * look-alikes that must not change: requests and help questions sharing the words, a request in a clause
 * of its own, and the same words said to a person.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs, nothingAsked } from './acted.js';

const helpOn = (rows: [string, string][]) =>
  it.each(rows)('%j', (text, topic) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.topic]).toEqual(['help', topic]);
  });

describe("another trade's thing rotated on a schedule (plates, tyres, stock, trays)", () => {
  nothingAsked([
    'rotate the tyres on the pool van every 10k miles',
    'remember to rotate the stock in the cold room, oldest at the front',
    'please rotate the flasks in the shaker every 6 hours',
    'we rotate the samples on the carousel twice a day per the SOP',
    'rotate the mattresses in the boarding house each term',
    '*rotate the trays* in the oven halfway through the bake',
    'the culture plates need rotating every 12h, it says so in the protocol',
    'rotate the crops in the north field next season',
    'Dave, can you rotate the plates in the incubator at 3pm? I am out',
  ]);
  // requests of ours whose reading is right
  // (A schedule for our key asked as a whole message was read as a rule stated, not asked now; known27, by
  // the lead's brief, reads it as the change on a schedule, asked about first as a later one is
  // (later-condition.ts): still our rotate, never another trade's thing, never acted on.)
  it('"rotate the lab-automation key every 90 days" is our rotate asked about, not another trade\'s thing', () => {
    const parse = parseRequest('rotate the lab-automation key every 90 days');
    expect([parse.intent, parse.businessUnit]).toEqual(['rotate', 'lab-automation']);
    expect(parse.question).toBeDefined();
  });
  keeps([
    ['rotate the lab-automation key, it has been 90 days', 'rotate', 'lab-automation'],
    ['rotate the incubator-monitor key please', 'rotate', 'incubator-monitor'],
    ['rotate the key of the plate-reader unit', 'rotate', 'plate-reader'],
    ['rotate the plates in the incubator, then rotate the plate-reader key please', 'rotate', 'plate-reader'],
  ]);
});

describe("another system's or another trade's approvals (a complaint, a question to colleagues)", () => {
  nothingAsked([
    'the approval workflow in Veeva Vault takes a week for every label change, sigh',
    'expense approval in Concur takes forever this month',
    'who approves overtime requests now that Maria left?',
    'who signs off on purchase orders over 5k these days?',
    'the approval flow in SAP Ariba is stuck again for the lab consumables',
    'how long does leave approval take in Workday?',
    'who approves substitute cover on Fridays now that Mr. Jones moved to the district office?',
    'the deviation approval in TrackWise needs QA and the site head, ugh',
    'who approves school trips now?',
  ]);
  helpOn([
    ['who approves key requests?', 'approvals'],
    ['how long does approval take for a long-term key?', 'approvals'],
    ['who approves?', 'approvals'],
  ]);
  keeps([
    [
      'the approval flow in Veeva takes 3 days, ugh. anyway please rotate the promo-ai key',
      'rotate',
      'promo-ai',
    ],
  ]);
});

describe("another trade's record history (a batch record, a vehicle, a balance)", () => {
  nothingAsked([
    'the device history record shows the lot was reworked twice',
    "the van's service history says the brakes were done in March",
    'the calibration history for balance B-12 is missing the June entry',
    'the batch record history has a gap on the Tuesday night shift',
    "the student's grade history shows the change was made after the deadline",
    'warranty history on that car shows two gearbox claims',
    'the attendance history for 9C shows Jayden marked absent twice on the same day',
  ]);
  keeps([
    ['history of the batch-record-bot key', 'history'],
    ['show the history for the qa-docs unit', 'history', 'qa-docs'],
    ['key history for lims-sync please', 'history'],
  ]);
});

describe('"list" as a noun or in another trade (list price, price list, a list of recalls)', () => {
  nothingAsked([
    'the list price on the X5 trim is wrong in the configurator',
    "what's the list price of the 2027 hatchback?",
    'new price list for the spare parts is out, 4% up across the board',
    'list prices for reagents go up in January, per the supplier',
    'the class list for period 3 still has last year’s kids on it',
    'can we list the open warranty claims for the Busan dealers?',
    'list the overdue library books for year 8 before Friday',
    'can we list the recalled lots shipped to Germany?',
    'list all open CAPAs for the sterile line by Friday',
    'list the students who missed the algebra test',
  ]);
  keeps([
    ['list the units', 'list'],
    ['list all units please', 'list'],
    ['what models can I use in Korea?', 'models'],
    ['list the keys for the pricing-engine unit', 'details', 'pricing-engine'],
  ]);
});

describe("a company's own sales region (not an AWS Region)", () => {
  nothingAsked([
    'which region does the Mexico distributor sit under, LATAM or North America?',
    'is Turkey in the EMEA region or the Middle East region for the sales figures?',
    'which sales region covers the Nordics now?',
    'which region is the Japan dealer network under?',
    'what region do the Scottish schools fall under for inspections?',
  ]);
  helpOn([
    ['which region is the bot in?', 'regions'],
    ['which regions can I get a token in?', 'regions'],
  ]);
});

describe('another language, another trade’s list', () => {
  nothingAsked([
    'bitte die Liste der Lieferanten aktualisieren',
    'die Teilnehmerliste für den Elternabend fehlt noch',
    'bitte die Liste der Werkstätten in Region Süd prüfen',
  ]);
});

describe('an answer key, a course unit', () => {
  nothingAsked([
    'who has the answer key for the chapter 3 quiz?',
    'the answer key for the mock exam has a typo in question 12',
    'can someone send me the answer key for unit 7 geometry?',
    'where is the marking key for the year 10 history essay? the copy in the staffroom is gone',
    'does anyone have the answer key for the unit 2 lab report?',
  ]);
  keeps([
    ['who holds the key for the math-tutor unit?', 'details', 'math-tutor'],
    ['key holders for the grading-bot team', 'details', 'grading-bot-team'],
  ]);
});

describe("another system's how-to", () => {
  nothingAsked([
    'how do I delete an attendance mark in SIMS? wrong kid again',
    'how do I undo a submission in Canvas?',
    'how do I void an invoice in Xero, I sent it twice',
    'how do I delete a comment in the report card system?',
    'how do I remove a dealer from the DMS? they closed',
  ]);
  it.each(['how do I delete a key?', 'how do I revoke a token?', 'how do I rotate my key?'])('%j', (t) =>
    expect(parseRequest(t).intent).toBe('help'),
  );
});

describe('professional credentials (a licence, a teaching certificate)', () => {
  nothingAsked([
    'can you believe the board changed the credential requirements for substitute teachers again',
    'her nursing credentials expire in June, she still needs the CE hours',
    'the state credentialing for the new locum doctors is taking weeks',
    'so the district wants new credentials for every teaching assistant now?? great',
  ]);
  keeps([
    ['rotate the credentials for the paraprofessionals team', 'rotate', 'paraprofessionals-team'],
    ['what credentials does the hr-bot unit have?', 'details', 'hr-bot'],
  ]);
});

describe('a request of ours in a clause of its own still stands', () => {
  keeps([
    ['the answer key is in the shared drive. please rotate the grading-bot key', 'rotate', 'grading-bot'],
    ['list price went up again; list the units please', 'list'],
    ['her nursing credentials expire in June. revoke the ward-rota key though', 'revoke', 'ward-rota'],
    [
      'which region is the Korea dealer network under? and rotate the dealer-portal key',
      'rotate',
      'dealer-portal',
    ],
    ['the batch record history has a gap, rotate the batch-record-bot key', 'rotate', 'batch-record-bot'],
    ['how do I delete a grade in the gradebook? also revoke growth please', 'revoke', 'growth'],
  ]);
  // questions of ours with an "in"/"on" place or an approver's object stay help
  it.each([
    'how do I use the token in python',
    'how do I set it in the terminal',
    'how do I see spend in the dashboard?',
    'how do I log in on the portal?',
    'who approves rotations?',
    'who approves long-term keys?',
    'who approves new units?',
    'the approval workflow in the bot takes 3 days, ugh',
  ])('%j stays help', (t) => expect(parseRequest(t).intent).toBe('help'));
});

describe('never acted on, whatever they read as', () => {
  // Left: read as help about approvals before this round and still (the approvals question reads the whole
  // text); the rotation in the second sentence is missed, never acted on.
  neverActs([
    'who approves field trips now? also rotate the trips-bot key',
    'who approves field trips? and deprovision trips-bot',
    'rotate the plates in the incubator every 12 hours, it is in the method',
    'ops said: rotate the plates every 12h',
    'the approval workflow in Veeva takes 3 days, and let the finance team know, jk',
  ]);
});
