/**
 * Round twenty-three, fix23d: what review D found in asks23's readers (not-ours.ts, mood.ts): requests of
 * ours that the new "another trade's" readers took as remarks. Sentences of our own, written before the
 * parser's answers were looked at, and the look-alikes that must stay non-requests.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe("1. a unit's tokens issued, asked, is history, not another trade's tokens", () => {
  keeps([
    ['how many growth tokens issued today', 'history'],
    ['doc-intel tokens issued last week?', 'history'],
    ['recsys tokens issued this month pls', 'history'],
    ['can you show the search-ranking tokens issued in may', 'history'],
  ]);
  nothingAsked([
    'laundry tokens issued to the dorm this week: 64',
    'bus tokens handed out to the apprentices yesterday, 22 in total',
    'drink tokens given out at the summer party - 410',
  ]);
  neverActs(['laundry tokens issued to the dorm this week: 64, revoke the spare ones']);
});

describe('2. a remark with a request for the reading beside it still asks it', () => {
  keeps([
    ['spend last month was way over for ads, show me', 'spend', 'ads'],
    ['spend this quarter is up a lot for recsys, can you pull the numbers', 'spend'],
    ['history on recsys looks empty, show me', 'history', 'recsys'],
  ]);
  nothingAsked([
    'seed spend was way over last month, the dry spring again',
    'the repair history of the old minibus is a horror story',
    'the gas safety certificates for block C expire in August',
  ]);
});

describe('3. a list of our own things, or a list asked to be sent, is no list told as attached', () => {
  keeps([
    ['can you send the list of units in the shared drive', 'list'],
    ['list of units below pls', 'list'],
    ['could you post a list of teams below?', 'list'],
  ]);
  nothingAsked([
    'list of apprentices starting in september is in the shared drive',
    "list of suppliers who haven't signed the new terms below, pls chase",
  ]);
});

describe('4. a region before "models" asks our models', () => {
  keeps([
    ['which frankfurt models', 'models'],
    ['what tokyo models are there', 'models'],
    ['which ireland models', 'models'],
  ]);
  nothingAsked(['which harvester models have the wider header?']);
});

describe('5. a unit approved is ours', () => {
  keeps([
    ['who approved the ml team', 'history'],
    ['who approved the payments squad?', 'history'],
  ]);
  nothingAsked(['who approved the overtime for the packing crew?']);
});

describe('6. how long someone takes to approve, nothing approved named, asks the approval flow', () => {
  exactly([
    { text: 'how long does finance usually take to approve?', intent: 'help', topic: 'approvals' },
    { text: 'how long does sam take to approve', intent: 'help', topic: 'approvals' },
  ]);
  nothingAsked(['how long does the landlord take to approve a sublet?']);
});
