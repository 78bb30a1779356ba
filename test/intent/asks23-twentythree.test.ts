/**
 * Round twenty-three, asks23: questions and non-requests that round twenty-two's blind files (now
 * tuned-{port,farmcoop,staffing}) read as the wrong read intent or help. Most are other trades' talk that uses
 * our read words (models of machines, history of cargo and tables, other spend, lists attached, things that
 * expire, a provider down, a client's approval time); a few are questions to the bot read as the wrong read.
 * Sentences of our own, written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('which model a machine, vehicle or device is: not our models', () => {
  nothingAsked([
    'which model is RTG 12? Kalmar or Konecranes?',
    'what model are the new forklifts, anyone know?',
    'which excavator models take the bigger bucket?',
    "which model is crane 4 again? the manual's gone missing",
    'which combine models have the yield mapping kit fitted?',
    'what model is the *reach stacker* on berth 2?',
    'which laptop models does IT hand out to the temps?',
    'wich tractor model has the better cab? the john deere or the fendt',
  ]);
  keeps([
    ['which models are available?', 'models'],
    ['what models does bedrock have?', 'models'],
    ['which claude models can I use?', 'models'],
    ['which models are available in eu-west-1?', 'models'],
  ]);
});

describe("history of another trade's things (cargo, machines, tables, mistakes) is not our history", () => {
  nothingAsked([
    'load history for MSCU 123456-7 please, the consignee says it was damaged',
    'container history for TGHU 4455667 shows two gate-outs, weird',
    'the maintenance history of crane 3 is a disaster',
    'history of temperature alarms on the reefer stack this week is worrying',
    'the order history table in the ERP is 2 TB now, archive everything before 2020?',
    'vehicle history check on the tractor came back clean',
    'the service history for the milking robot is in the blue folder',
    'crew: please log the lashing checks on the tablet. the history of near misses this quarter is bad',
  ]);
  keeps([
    ['history for growth this month', 'history', 'growth'],
    ['show me the key history for doc-intel', 'history', 'doc-intel'],
    ['what happened to the recsys key last week? history pls', 'history', 'recsys'],
  ]);
});

describe('tokens issued in another trade (meal, parking, milk, canteen) are not our history', () => {
  nothingAsked([
    'meal tokens issued to the night shift this week: 312',
    'parking tokens issued to visitors this month: 88',
    'canteen tokens issued to the temps yesterday, 40 in total',
    'feed tokens issued to members last month - 1,950',
  ]);
  keeps([['which tokens were issued to bob@acme.com this month?', 'history']]);
  neverActs(['meal tokens issued to the night shift this week: 312, revoke the lost ones at the till']);
});

describe("who approved another trade's thing (overtime, leave, invoices, timesheets) is not our history", () => {
  nothingAsked([
    'who approved the overtime for the reefer gang on saturday?',
    'who approved the leave for the night shift over christmas?',
    'who approved this invoice from the fencing contractor??',
    'who approved the timesheets for the Leeds temps last week',
    'who approved the extra hours for the milking team?',
  ]);
  keeps([
    ['who approved the growth key?', 'history', 'growth'],
    ['who approved the key for doc-intel last week?', 'history', 'doc-intel'],
  ]);
});

describe("a remark about another trade's spend (diesel, feed, job boards, per acre) is not our spend", () => {
  nothingAsked([
    'diesel spend last quarter was brutal, 25% over',
    'feed spend per cow is up 8% on last year',
    'spend per acre on seed potatoes went up again',
    'our LinkedIn recruiter spend this month is mental',
    'vet spend was way over last month, the calving season again',
    'the agency spend on temps was way over budget in March',
  ]);
  keeps([
    ['what did growth spend last month?', 'spend', 'growth'],
    ['spend for doc-intel this month', 'spend', 'doc-intel'],
    ['how much has the ads team spent on bedrock this month?', 'spend', 'ads-team'],
  ]);
});

describe('a list of people or things attached or shared is not a list request', () => {
  nothingAsked([
    "list of drivers who haven't done their tacho training attached",
    'attached: list of members still owing their subs',
    "here's the list of temps starting monday, see attached",
    'list of vessels due this week is in the shared drive',
    'list of growers who missed the deadline below, pls chase',
  ]);
  keeps([
    ['list units', 'list'],
    ['list all the units', 'list'],
    ['list of units pls', 'list'],
  ]);
});

describe('things that expire, a provider down, a table pasted: not details', () => {
  nothingAsked([
    'reminder: forklift licences for the agency drivers expire after 5 years, check the spreadsheet',
    'the first aid certificates for the yard team expire next month',
    'heads up, the right-to-work checks for the warehouse temps expire in June',
    'payroll provider is down again, ADP say 3 hours',
    "the weather data provider is down, the tractors can't get the forecast",
    'the card machine provider is down, Worldpay say an hour',
    '| crane | operator |\n| STS 3 | j.smith@port.co |\n| STS 4 | a.khan@port.co |\nrota for next week',
    '| site | owner |\n| leeds | sam@brightpath.co.uk |\n| york | jo@brightpath.co.uk |\nfor the handbook',
  ]);
  keeps([
    ['when does the growth key expire?', 'details', 'growth'],
    ['details for doc-intel', 'details', 'doc-intel'],
  ]);
});

describe('how long someone else takes to approve something else is not help', () => {
  nothingAsked([
    'how long does the client usually take to sign off a timesheet?',
    'how long does the council take to approve a planning application?',
    'how long does the harbour master usually take to approve a berth change?',
    "how long does the co-op board take to approve a member's loan?",
  ]);
  exactly([
    { text: 'how long does approval take?', intent: 'help', topic: 'approvals' },
    { text: 'how long does it take to get a key approved?', intent: 'help', topic: 'approvals' },
  ]);
});

describe('a question whether Bedrock has a model family is models, with its maker', () => {
  exactly([
    { text: 'does bedrock have llama?', intent: 'models', provider: 'meta' },
    { text: 'does Bedrock have claude?', intent: 'models', provider: 'anthropic' },
    { text: 'does bedrock have mistral models?', intent: 'models', provider: 'mistral' },
    { text: 'does bedrock have nova yet?', intent: 'models', provider: 'amazon' },
    { text: 'does *bedrock* have titan??', intent: 'models', provider: 'amazon' },
  ]);
  nothingAsked(['does the titan crane have a spare motor?']);
  // (bedrock as rock is read as a question about the bot, help: not this kind's, and never acted on.)
  neverActs(['does the bedrock under the yard have cracks?']);
});

describe('which units belong to a person is list with that owner', () => {
  exactly([
    {
      text: 'which units belong to <mailto:sam.k@acme.com|sam.k@acme.com>?',
      intent: 'list',
      owner: 'sam.k@acme.com',
    },
    { text: 'what units belong to dana@acme.com', intent: 'list', owner: 'dana@acme.com' },
    { text: 'which units belong to <@U04ABC123>?', intent: 'list', owner: 'U04ABC123' },
    { text: 'which units belong to me?', intent: 'list', owner: 'me' },
  ]);
  // (Round forty-eight's retrain made the classifier read this as history, though the rules find no request of ours:
  // never acted on.)
  neverActs(['which bags belong to <mailto:sam.k@acme.com|sam.k@acme.com>?']);
});

describe('how to ask for a key for my desk is help about create_key (my desk is furniture)', () => {
  exactly([
    {
      text: 'how do I ask for a key for my desk? first time doing this, sorry!!',
      intent: 'help',
      topic: 'create_key',
    },
    {
      text: 'how do i request an api key for my desk?',
      intent: 'help',
      topic: 'create_key',
      keyKind: 'api-key',
    },
    { text: 'how can I get a key for my desk? new here', intent: 'help', topic: 'create_key' },
    { text: 'how do I ask for a key for my team? never done it before', intent: 'help', topic: 'create_key' },
  ]);
  keeps([['key for the politics desk, 30 days', 'create_key', 'politics-desk']]);
  neverActs(['how do I ask facilities for a key for my desk drawer?', 'I lost the key for my desk again']);
});
