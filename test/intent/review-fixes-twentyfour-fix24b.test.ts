/**
 * Round twenty-four, review B of units24's readers (fix24b): texts of our own where a name-like thing sits
 * near a request or a non-request. Each describe holds what was wrong and its look-alikes that must keep
 * their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs } from './acted.js';

describe("another system's word opening a team's name is still that system's credential", () => {
  neverActs([
    'rotate the vault access team credentials',
    'revoke the slack admin team token',
    'revoke the jenkins build team token',
    'rotate the github deploy team password',
  ]);
  keeps([
    ['a key for the duty compliance team', 'create_key', 'duty-compliance-team'],
    ['key for the Duty Compliance team, 90 days', 'create_key', 'duty-compliance-team'],
    ['key for the invite processing team', 'create_key', 'invite-processing-team'],
  ]);
});

describe("a tracker's ticket taken out leaves another system's key foreign", () => {
  neverActs(['rotate the servicenow key, details in the servicenow ticket', 'rotate the servicenow key']);
  keeps([
    ['rotate growth, it leaked in the Jira ticket', 'rotate', 'growth'],
    ['revoke the ads key, details in the servicenow ticket', 'revoke', 'ads'],
  ]);
});

describe('a bare name before "review", "audit" or "invoices" is still the unit asked for', () => {
  keeps([
    ['rotate the key for growth audit', 'rotate', 'growth'],
    ['create a key for ads-team review tomorrow', 'create_key', 'ads-team'],
    ['create a key for payments review', 'create_key', 'payments'],
  ]);
  it.each([
    ['need the record of every token issued in February 2026 for the security review', 'history'],
    ['bedrock spend this month, separately from our hosting invoices', 'spend'],
    ['history of keys created in March for the board review', 'history'],
  ])('%j names no unit', (text, intent) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, null]);
  });
  neverActs(['new key for the security review']);
});
