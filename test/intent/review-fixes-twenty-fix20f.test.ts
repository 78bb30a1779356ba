/**
 * Round twenty, fix20f (review D, "acted on at BASE and still at HEAD"): a policy or rule stated, not
 * asked now ("change our key every quarter"), and other trades' forms with Duration/Team/Type fields
 * (leave, vehicle, master key, possession) are not acted on. Sentences of our own per kind, and
 * look-alikes that keep their request.
 */
import { describe } from 'vitest';
import { keeps, neverActs } from './acted.js';

describe('a stated policy or rule ("change our key every quarter") is not acted on', () => {
  neverActs([
    'change our key every quarter',
    'we change our key every quarter',
    'change our key every quarter, said the auditor',
    'the auditor: change our key every quarter',
    'change our key every quarter or so they say',
    'change our key every quarter - reminder for the team',
    'change our key every quarter? is that needed?',
    // our own
    'rotate the finance key every 90 days',
    'we rotate our keys every month',
    'revoke unused keys every quarter',
    'rotate the ads key each quarter',
    'we rotate the growth key once a year',
    'keys get rotated every 90 days here',
    'rotate *all* keys every quarter - team policy',
    'change the marketing key every six months, per the auditor',
    'compliance: rotate our keys every quarter',
    'rotate keys quarterly',
  ]);
  keeps([
    ['rotate our key now, policy says every quarter', 'rotate'],
    [
      "the finance manager says we must change our AI key every quarter and it's that time. Unit is grants team",
      'rotate',
      'grants-team',
    ],
    ['change the growth key please', 'rotate', 'growth'],
    ['rotate the finance key', 'rotate', 'finance'],
    ['please rotate the ads key, we do it every quarter', 'rotate', 'ads'],
    ['rotate the risk api key, each team uses it daily', 'rotate', 'risk'],
    ['rotate the key for billing-ml, our rule is rotation every 60 days', 'rotate', 'billing-ml'],
    ['deprovision `nightly-evals`', 'deprovision', 'nightly-evals'],
    ['<@U0BEDROCK1> revoke the access key for etl-nightly', 'revoke', 'etl-nightly'],
  ]);
});

describe("another trade's form with Duration/Team/Type fields is not acted on", () => {
  neverActs([
    'Leave request\nDuration: 3 days\nTeam: finance-team\nType: annual leave',
    'Vehicle request\nDuration: 2 days\nTeam: logistics\nType: van',
    'Change request\nDuration: 2h\nTeam: infra\nType: server restart',
    'Key request\nTeam: Estates\nType: master key\nDuration: 2 days',
    'Team: Permanent Way\nDuration: 3 days\nType: possession',
    'Possession request\nTeam: Permanent Way\nDuration: 8h\nType: engineering hours',
    // our own
    'Equipment request\nDuration: 1 week\nTeam: marketing\nType: laptop',
    'Room booking\nTeam: growth\nDuration: 2h\nType: meeting room',
    'Team: ads\nDuration: 4 days\nType: sick leave',
    '*Team*: logistics\n*Duration*: 3 days\n*Type*: forklift',
    'Key request\nTeam: facilities\nType: door key\nDuration: 1 week',
    'Training request\nTeam: finance\nDuration: 2 days\nType: course',
    'Access request\nTeam: security\nDuration: 1 day\nType: site visit',
    'Team: plant\nDuration: 8h\nType: crane hire',
  ]);
  keeps([
    ['Team: ads\nDuration: 30 min', 'token'],
    ['Team: marketing\nDuration: 2h\nType: token', 'token'],
    ['Team: growth\nType: API key', 'create_key', 'growth'],
  ]);
});
