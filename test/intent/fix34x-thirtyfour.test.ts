/**
 * Round thirty-four, fix34x: behaviour tests of earlier rounds that the classifier trained on the tuned files read
 * as nothing (a unit's spend asked, the spend of each unit, a unit's expiring key renewed), mended by making the rules
 * sure of each kind of message; with sentences of our own of each kind and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked, reads } from './acted.js';

describe("a named unit's spend, asked or sent for, is spend", () => {
  keeps([
    ['what has the payments platform team spent this month?', 'spend'],
    ['how much did the fraud-ml team spend last quarter?', 'spend'],
    ['spend last month looks odd for ads-ranking, could you pull the figures', 'spend'],
  ]);
  // look-alikes: someone's own spending, and money spent on things bought
  nothingAsked([
    'what did we spend on the team dinner last month?',
    'the area manager wants the regional budgets by friday',
    'seed spend was way over last month, the dry spring again',
  ]);
});

describe('the spend of each unit, whatever it is for, is spend without a unit', () => {
  reads([
    ['spend per team for the board pack', 'spend', null],
    ['spending by unit for the quarterly review please', 'spend', null],
  ]);
  // look-alikes: a price per item of goods
  nothingAsked(['the spend per unit of flour went up again', 'cost per unit of the mugs is 4 pounds']);
});

describe("a unit's key told to expire and then renewed by command is a rotation", () => {
  keeps([
    ['the ledger-sync key expires friday, renew it', 'rotate'],
    ['our search-ranking key is about to expire — please renew it', 'rotate'],
  ]);
  // look-alikes: another vendor's key told to expire, with no command of ours
  nothingAsked(['the stripe api key expires friday, finance are on it', 'the twilio key runs out friday']);
});
