/**
 * Round nineteen, reads19: another trade's things read with our read words (others-things.ts). The
 * history of a record numbered as a room, a bed, an order or a circuit is, the list of a day's
 * arrivals, the models of a product are no reads of ours. Sentences written before the parser's answer
 * was looked at (the second group of records after the rule, marked), other trades (a hospital, a
 * school, a shop, a bank, a factory), with look-alikes that stay requests: units named with a number
 * ("hack-17", "cogs-108"), our keys beside a ticket number, lists and models of ours.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe('a record numbered by a word and a number, or a plain noun of a coded record', () => {
  nothingAsked([
    'can you pull the history for MRN 88231? patient came back from ward 3',
    'history of downtime on LN-04 for the last month pls',
    // (Written after the rule was made:)
    'history of bed 14 admissions for the last week please',
    'can you pull the history for room 208? guest says the safe was opened',
    'spend for table 12 was double the usual last night',
    'history of faults on TX-118 for the last quarter pls',
    'history of complaints for order 55821, customer escalated',
    'history of returns on SKU 448812 this month',
  ]);
  keeps([
    ['history of hack-2025', 'history', 'hack-2025'],
    ['history of the ads key', 'history', 'ads'],
    ['spend of the rooms-ai unit last month', 'spend', 'rooms-ai'],
    ['history for ads, ticket INC-4412', 'history', 'ads'],
    ['list units, need it for INC-4412', 'list'],
    ['spend for poc2 last month', 'spend', 'poc2'],
    ['history of the line-3-vision unit', 'history', 'line-3-vision'],
    ['how much have we spent on bedrock for PRJ-2231', 'spend'],
    ['history of the minibar-pricing key', 'history', 'minibar-pricing'],
    ['spend for hack-17', 'spend', 'hack-17'],
    ['history for cogs-108 this month', 'history', 'cogs-108'],
    ['history for team 42', 'history'],
    ['what did the ads unit spend in march 2026', 'spend', 'ads'],
    ['history of the ads key, see INC-4412', 'history', 'ads'],
    ['audit log for payments-api for the SOC 2 review', 'history', 'payments-api'],
  ]);
});

describe("a list of a day's people or things: 'list of arrivals for tomorrow'", () => {
  nothingAsked([
    'list of admissions for tonight pls Priya',
    'list of departures for friday please',
    'list of enrolments for next term pls',
    'list of refunds for today, need it by 5',
    'list of deliveries for tomorrow pls Omar',
    'list of discharges for the weekend please',
    'list of returns for this week pls',
    'list of transfers for monday, before 9',
  ]);
  keeps([
    ['list of units please', 'list'],
    ['list the business units', 'list'],
    ['details for payments', 'details', 'payments'],
    ['list keys for growth', 'details', 'growth'],
    ['list units', 'list'],
  ]);
});

describe("models of a product: '12 models of safety glasses'", () => {
  nothingAsked([
    'we stock 9 models of running shoes, too many?',
    '14 models of printers in the office, can we standardise?',
    'how many models of infusion pumps does the ward have?',
    'there are 3 models of tablets in the classroom cupboard',
    'which models of card readers do the branches use?',
    'models of the new forklifts arrive monday',
    'the bank has 5 models of ATMs in the network',
  ]);
  keeps([
    ['which models of deepseek can I use?', 'models'],
    ['what models are there', 'models'],
    ['models pls', 'models'],
    ['the models of Anthropic in London, which versions you have?', 'models'],
    ['models in frankfurt', 'models'],
  ]);
});
