/**
 * Round eighteen, units18: kinds of business unit the round's tuning files (unseen-*.jsonl) got wrong,
 * with sentences of our own written before the parser's answer was looked at (other units, verbs and
 * word orders) and look-alikes that must not change (counts, lifetimes, meters, key numbers).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
  });

describe('a name a three-digit number opens ("the 311 chatbot") keeps its number', () => {
  reads([
    ['rotate the key for the 411 helpline', 'rotate', '411-helpline'],
    ['new api key for the 360 feedback team, 60 days', 'create_key', '360-feedback-team'],
    ['what did the 911 dispatch team spend last month?', 'spend', '911-dispatch-team'],
    ['revoke the 211 helpdesk key', 'revoke', '211-helpdesk'],
    ['details for the 101 hotline please', 'details', '101-hotline'],
    ['history for the 511 traffic assistant over the last 2 weeks', 'history', '511-traffic-assistant'],
    ["deprovision the 311 pilot, it's finished", 'deprovision', '311-pilot'],
    ["can you rotate the 311 chatbot's key", 'rotate', '311-chatbot'],
    ['team: 411 helpline, rotate the key', 'rotate', '411-helpline'],
  ]);
});

describe('a number that counts, measures or names a key or a meter opens no name', () => {
  reads([
    ['new key for growth, 180 days', 'create_key', 'growth'],
    ['rotate the 3 keys for ads', 'rotate', 'ads'],
    ['spend for ads in the last 30 days', 'spend', 'ads'],
    ['revoke the 2 old keys of payments', 'revoke', 'payments'],
    ['rotate key 42 for growth', 'rotate', 'growth'],
    ['create a key for risk, 365 days, eu-west-1', 'create_key', 'risk'],
    ['a 90 day key for search please', 'create_key', 'search'],
    ['the 100 interns need keys for the search team', 'create_key', 'search-team'],
    ['Unit: 311 days\nKind: api key', 'create_key', null],
  ]);
});

describe('a public body\'s formal name ("the Department of Transportation") is one name, written whole', () => {
  reads([
    ['create a key for the Department of Health, 90 days', 'create_key', 'department-of-health'],
    ['what did the Ministry of Justice spend last quarter?', 'spend', 'ministry-of-justice'],
    ['revoke the Bureau of Statistics key', 'revoke', 'bureau-of-statistics'],
    ['details for the Department of Education please', 'details', 'department-of-education'],
    ['history for the Division of Water Quality', 'history', 'division-of-water-quality'],
    ['what did the Agency of Natural Resources spend in March?', 'spend', 'agency-of-natural-resources'],
    ['new key for the Board of Elections please, 30 days', 'create_key', 'board-of-elections'],
    ['rotate the key for the Office of Budget Planning', 'rotate', 'office-of-budget-planning'],
    ['revoke the key for the Office of Data Analytics', 'revoke', 'office-of-data-analytics'],
    ["rotate the Ministry of Health's key", 'rotate', 'ministry-of-health'],
    [
      "Kindly deprovision the Department of Transportation's unit after the restructure",
      'deprovision',
      'department-of-transportation',
    ],
  ]);
});

describe('a body or team said in prose, lower case or approving, keeps its old reading', () => {
  reads([
    ['please to create the key for department of procurement', 'create_key', 'procurement'],
    [
      'I am writing for create one key for the team of Marketing Automation',
      'create_key',
      'marketing-automation',
    ],
    ['rotate the growth key, per the Department of Finance', 'rotate', 'growth'],
    ['the Department of Labor asked us to revoke the payroll key', 'revoke', 'payroll'],
    ['rotate the payroll key. Thanks, Dana, Department of Finance', 'rotate', 'payroll'],
    ['create a key for the marketing department', 'create_key', 'marketing-department'],
    ['revoke the key of ads', 'revoke', 'ads'],
    ['Please list the attendees for the Board offsite in the spreadsheet.', 'unknown', null],
    ['the office of my dreams has a nice key cabinet', 'unknown', null],
  ]);
});

describe('a code in brackets, in backticks or not, is the unit, said once ("Copilot (`copilot`)")', () => {
  reads([
    ['new api key for the Department of Revenue (`dor-tax`)', 'create_key', 'dor-tax'],
    ['new api key for the Department of Revenue (dor-tax)', 'create_key', 'dor-tax'],
    ['rotate the key for the Department of Transportation (`dot-ops`)', 'rotate', 'dot-ops'],
    ['create a key for the Payments Copilot (`payments-copilot`), 60 days', 'create_key', 'payments-copilot'],
    ['new api key for the Fraud Copilot (`fraud-copilot`)', 'create_key', 'fraud-copilot'],
    ['the fraud team (`fraud-ml`) needs a new key', 'create_key', 'fraud-ml'],
    [
      "the Directorate of Housing's analytics team needs a key, unit code is `housing-analytics`",
      'create_key',
      'housing-analytics',
    ],
    ['Token for Ravi (<@U06MPT5K2D>) — forty five minutes', 'token', null],
  ]);
});
