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
  neverActs([
    'rotate the servicenow key, details in the servicenow ticket',
    'rotate the servicenow key',
  ]);
  keeps([
    ['rotate growth, it leaked in the Jira ticket', 'rotate', 'growth'],
    ['revoke the ads key, details in the servicenow ticket', 'revoke', 'ads'],
  ]);
});
