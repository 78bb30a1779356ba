/**
 * Review D of round twenty-four (notours24's, sweep24a's and sweep24b's readers): texts of our own that probe
 * the new readers' edges. Each group: what went wrong, and the look-alikes that must keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked } from './acted.js';

describe('advice "if I were you" is its own sentence: a request in another sentence still acts', () => {
  keeps([
    ["please rotate the growth key. if I were you I'd also check the logs", 'rotate', 'growth'],
    ["revoke the ads key now! if i was you i'd tell security too", 'revoke', 'ads'],
    ["token for 2h please\nin your shoes I'd ask for 4h next time", 'token'],
  ]);
  nothingAsked([
    "I'd rotate the ads key if I were you",
    "if i was u i'd revoke it. it was on the wiki for a week",
    "in your shoes I'd deprovision growth, the team is gone",
    "if I were you I'd ask the bot: rotate the growth key",
  ]);
});

describe('an echo question followed by a request of its own keeps the request', () => {
  keeps([
    ['token? which token, the ads one? ok give me a 4h token', 'token'],
    ['key? what key? I need a key for growth for 90 days', 'create_key', 'growth'],
    ['rotate? rotate what? ah the ads key. please rotate the ads key', 'rotate', 'ads'],
  ]);
  nothingAsked([
    'list? what list? I never got the email',
    'rotate? rotate what?',
    'key? which key, the bike shed one?',
  ]);
});

describe("a unit written as one name with a machine's word in it is still the unit", () => {
  keeps([
    ['deprovision engine-v2', 'deprovision', 'engine-v2'],
    ['deprovision drone-ops-2', 'deprovision', 'drone-ops-2'],
    ['rotate bus-12', 'rotate', 'bus-12'],
    ['deprovision printer-ops-2', 'deprovision', 'printer-ops-2'],
    ['revoke robot-3 please', 'revoke', 'robot-3'],
  ]);
  neverActs([
    'rotate tank CT-2 filters today',
    'deprovision truck RCV-12',
    'decommission the compressor C-4',
  ]);
});

describe("a unit's own rights or login taken away is ours; another system's, named, is not", () => {
  keeps([
    ["revoke marketing's permissions", 'revoke', 'marketing'],
    ["deprovision orion's login", 'deprovision', 'orion'],
    ['revoke all permissions for growth', 'revoke', 'growth'],
  ]);
  neverActs([
    "disable growth's account",
    'revoke the permissions for growth-ml',
    'revoke invoke permissions for growth',
  ]);
  nothingAsked([
    "deprovision Marek's till login",
    'revoke tasking rights for customer ACME-GEO',
    "disable Anna's POS account",
    'we need to revoke the warranty rights for Autohaus Lindner, too many fake claims in Q2',
    "remove Jo's crm permissions",
  ]);
});

describe("a grant's approval asked for Bedrock or a model is a question about our approvals", () => {
  keeps([
    ['growth needs extra budget for bedrock, who approves', 'help'],
    ['ads wants more credits for claude, who approves?', 'help'],
  ]);
  nothingAsked([
    'customer ORB-221 wants 500 more credits, who approves?',
    'the client wants 20 more seats, who signs that off?',
  ]);
});
