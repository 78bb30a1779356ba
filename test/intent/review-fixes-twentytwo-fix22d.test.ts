/**
 * Round twenty-two, fix22d: what review D found in reads22's readers (findings 1–11): each finding's
 * texts, sentences of our own, and the look-alikes that must keep reads22's reading (its own test file,
 * reads22-twentytwo.test.ts, still runs). Written before the parser's answers were looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs, nothingAsked } from './acted.js';

const helpOn = (texts: string[]) =>
  it.each(texts)('%j is help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });

describe('1. a request held until someone signs off is not carried out', () => {
  neverActs([
    'Rotate the growth key? Not until Dr. Patel signs off.',
    'Rotate the growth key? Not until Dr. Patel approves.',
    'Revoke the ads key? Not until Dr. Patel says so.',
    'Rotate the growth key. Not until Prof. Lee signs off though.',
    'Rotate the growth key? Not until Sara signs off.',
    'rotate the growth key once sara signs off',
    // our own
    'revoke the payments key once dana approves',
    'rotate the ads key, not until the ciso signs off',
    'deprovision growth-bot? not until Mr. Jones says so',
    'Create a key for growth once Dr. Okafor signs off on it',
    'rotate the search-api key once my manager approves',
    'revoke the ads key. not till sara gives the ok',
    'rotate the growth key after Sara signs off',
    "rotate the growth key, pending sara's approval",
    'Rotate the growth key, but wait for Sara to sign off.',
    'revoke the ads key but wait for the ciso to approve',
  ]);
  // (a request whose reason is a sign-off already given is a request)
  keeps([
    ['sara signed off, rotate the growth key', 'rotate', 'growth'],
    ['Dr. Patel approved it: rotate the growth key', 'rotate', 'growth'],
  ]);
});

describe('2. a command of ours on a unit called answers, marking or colour', () => {
  keeps([
    ['rotate the marking key', 'rotate', 'marking'],
    ['revoke the answers key', 'revoke', 'answers'],
    ['revoke the marking key now', 'revoke', 'marking'],
    ['the marking key leaked, rotate it', 'rotate', 'marking'],
    ['deprovision the answers key', 'deprovision', 'answers'],
    ['give me a marking key for 2h', 'token'],
    ['rotate the color key', 'rotate', 'color'],
    // our own
    ['please revoke the colour key asap', 'revoke', 'colour'],
    ['rotate the answers key, it was pasted in slack', 'rotate', 'answers'],
    ['can you rotate the marking key for us?', 'rotate', 'marking'],
    ['revoke the marking key, it was in a screenshot', 'revoke', 'marking'],
    ['*rotate* the marking key pls', 'rotate', 'marking'],
    ['the colour key got leaked in a screenshot, revoke it', 'revoke', 'colour'],
  ]);
  nothingAsked([
    'who has the answer key for the unit 5 algebra test?',
    'the marking key for the year 10 essay is in the shared drive',
    'the colour key on the map is wrong, red should be the north',
    'can someone send me the answer key for chapter 4?',
    'Dave, can you print the marking key for tomorrow?',
    'the answer key had a typo in question 7',
  ]);
});

describe('3. a command of ours on a clinical, pharmacy or teaching unit', () => {
  keeps([
    ['rotate the clinical credentials', 'rotate', 'clinical'],
    ['revoke the pharmacy credentials now', 'revoke', 'pharmacy'],
    ['rotate the medical credentials please, they leaked', 'rotate', 'medical'],
    ['deprovision the academic credentials', 'deprovision', 'academic'],
    ['the clinical credentials leaked, revoke them', 'revoke', 'clinical'],
    ['the teaching credentials are expired, rotate them', 'rotate', 'teaching'],
    ['credentials verification failed for growth, please rotate them', 'rotate'],
    // our own
    ['please rotate the nursing credentials', 'rotate', 'nursing'],
    ['revoke the professional credentials asap', 'revoke', 'professional'],
    ['can you rotate the pharmacy credentials?', 'rotate', 'pharmacy'],
    ['rotate the clinical creds', 'rotate', 'clinical'],
    ['revoke the academic credentials, they were in a public repo', 'revoke', 'academic'],
    ['the medical credentials were pasted in #general, rotate them', 'rotate', 'medical'],
  ]);
  nothingAsked([
    'the state changed the credentials requirement for paraprofessionals again',
    'her nursing credentials expire in June',
    'credentialing for the new locums takes weeks',
    'do I need teaching credentials to cover a class?',
    'the clinical credentials paperwork is with HR',
    'Dave, can you check her pharmacy credentials before Monday?',
  ]);
});

describe('4. which region our things are under asks the bot', () => {
  helpOn([
    'which region are my credentials under?',
    'which region is the bot running under?',
    'what region is my access under?',
    'which region is the payments bu under?',
    'what region is the growth project under',
    'what region does the ml platform belong to?',
    'which region does the ads account fall under?',
    'what region is growth under?',
    // our own
    'which region are our creds under?',
    'what region is the search-api project under?',
    'which region does my access fall under?',
    'what region is the ads platform under?',
    'which region is the assistant running under',
    'which region does the payments account belong to?',
  ]);
  it('"which region does claude fall under?" is about models', () =>
    expect(parseRequest('which region does claude fall under?').intent).toBe('models'));
  nothingAsked([
    'which region is the Korea dealer network under, APAC or Asia-Pacific-North?',
    'what region do the Scottish schools fall under?',
    'which region does the Leeds store report to?',
    'what region are the northern dealerships under these days?',
    'which sales region does the Bristol office roll up to?',
    'what region is the Glasgow depot under?',
  ]);
});

describe('5. how-tos about the bot, a lifetime, a unit or a developer tool ask the bot', () => {
  helpOn([
    'how do I turn off the DMs from you?',
    'how do I mute notifications from you',
    'how do I unsubscribe from the expiry reminders?',
    'how do I extend my ttl in the web form?',
    'how do I request a longer ttl in the form?',
    'how do I add a new member in growth?',
    'how do I rename my team in the directory?',
    'how do I set the env var in intellij?',
    'how do I use the secret in pycharm?',
    'how do I use the secret in cursor?',
    'how do I export the env var in fish?',
    'how do I set the header in httpie?',
    'how do I delete my request in the queue?',
    // our own
    'how do I stop the reminders from you?',
    'how do I set a shorter ttl in the dm?',
    'how do I store the secret in 1password?',
    'how do I add sara as an owner in growth?',
    'how do I set the env var in webstorm?',
    'how do I cancel my request in the portal?',
  ]);
  nothingAsked([
    'how do I delete a grade in the gradebook? I entered a 0 for the wrong kid',
    'how do I undo a submission in Canvas?',
    'how do I remove a dealer from the DMS?',
    'how do I add a sample in LIMS?',
    'how can I change a due date in Google Classroom?',
    'how do I re-open a ticket in ServiceNow?',
  ]);
});

describe('6. who approves our lifetimes, requests and actions asks the bot', () => {
  helpOn([
    'who would approve a 30 day expiry?',
    'who approves over 24h?',
    "who approves sara's request?",
    "who approves growth's requests?",
    'who approves exceptions to the 12h limit?',
    'who approves ttl extensions?',
    'who approves longer durations?',
    'who approves expiries over 90 days?',
    'who approves bulk revocations?',
    'who approves deletions?',
    'who approves permissions?',
    // our own
    'who approves a 7 day token?',
    'who approves lifetimes over 12h?',
    "who approves dana's requests now?",
    'who approves exceptions to the ttl cap?',
    'who approves deprovisioning requests for growth?',
    'who approves 48h?',
  ]);
  nothingAsked([
    'who approves overtime requests now that Maria left?',
    'who signs off on purchase orders over 5k these days?',
    'who approves school trips now?',
    'who approves field trips now that Dr. Patel retired?',
    'who approves substitute cover on Fridays?',
    'who approves expense claims over 500?',
  ]);
});

describe('7. list requests for units called workspaces, orgs, departments', () => {
  keeps([
    ['list the workspaces that I own', 'list'],
    ['list the orgs that sara owns', 'list'],
    ['list the departments that sara owns', 'list'],
    ['list the users who have access', 'list'],
    ['show me the price list', 'list'],
    ['list the members who have access', 'list'],
    // our own
    ['list the orgs that I own', 'list'],
    ['list all the workspaces that dana owns', 'list'],
    ['list all the departments that dana owns', 'list'],
    ['list the departments that I own please', 'list'],
    ['list the users that have keys', 'list'],
    ['list the members who own units', 'list'],
  ]);
  nothingAsked([
    'can we list the open recalls for VINs sold in Korea?',
    'list the students who missed the algebra test',
    'list the recalled lots shipped to Germany',
    'list price for the MY27 Vantor SE goes up 2%',
    'bitte die Liste der Händler in Region Nord aktualisieren',
    'list the parents who have not paid for the trip',
  ]);
});

describe('8. our own app, form, portal or DM approval step asks the bot', () => {
  helpOn([
    'how long is the approval queue in the app right now?',
    'is the approval step in the form mandatory?',
    'why is the approval step in the portal so slow?',
    'is there an approval step in the dm flow?',
    // our own
    'is the approval step in the dm required for short tokens?',
    'is the approval step in the portal required?',
    'is there an approval step in the app?',
    'why is the approval flow in the app stuck?',
    'the approval step in the dm keeps timing out',
  ]);
  // (Help until round forty-seven's retrain, which leans to nothing at 0.59: never acted on; left.)
  neverActs(['is there an approval queue in the web form?']);
  nothingAsked([
    'the approval workflow in Veeva Vault takes a week for every label change, sigh',
    'the approval flow in SAP Ariba is stuck again for the lab consumables',
    'the approval chain in Workday is broken again',
    'the approval process in Concur is painful',
    'the approval step in TrackWise needs QA sign-off',
    'the approval workflow in ServiceNow timed out for my laptop',
  ]);
});

describe('9. our things rotated without the word key or token', () => {
  keeps([
    ['rotate the ads cred in the vault', 'rotate', 'ads'],
    ['rotate the ads access on the ads account', 'rotate', 'ads'],
    ['rotate all the access in the growth account', 'rotate'],
    ['rotate the growth tkn in the staging account', 'rotate', 'growth'],
    ['rotate the ads login on the portal', 'rotate', 'ads'],
    ['rotate all the growth things in the prod account', 'rotate'],
    // our own
    ['rotate the payments cred in the prod account', 'rotate', 'payments'],
    ['rotate the search-api login on the staging account', 'rotate', 'search-api'],
    ['rotate the growth access in the dev workspace', 'rotate', 'growth'],
    ['rotate the ads tkn on the prod env', 'rotate', 'ads'],
    ['rotate the recs cred in our vault', 'rotate', 'recs'],
    ['rotate the billing login in the growth account', 'rotate'],
  ]);
  nothingAsked([
    'rotate the tyres on the pool van every 10k miles',
    'remember to rotate the stock in the cold room, oldest at the front',
    'please rotate the flasks in the shaker every 6 hours',
    'we rotate the samples on the carousel twice a day per the SOP',
    'rotate the mattresses in the boarding house each term',
    'rotate the crops in the north field next season',
  ]);
});

describe('10. the history of a unit named like a record', () => {
  keeps([
    ['show me the record history for growth', 'history', 'growth'],
    ['show the sample history for sample-prep', 'history', 'sample-prep'],
    ['show me the calibration history for calibration', 'history', 'calibration'],
    // our own
    ['show the device history for device-fleet', 'history', 'device-fleet'],
    ['show me the equipment history for ads', 'history', 'ads'],
    ['what is the lot history for lot-tracking?', 'history', 'lot-tracking'],
    ['show me the grade history for grading-bot', 'history', 'grading-bot'],
    ['show the attendance history for attendance-bot', 'history', 'attendance-bot'],
    ['show me the vehicle history for fleet', 'history', 'fleet'],
  ]);
  nothingAsked([
    'the device history record shows the lot was reworked twice',
    'the calibration history for balance B-12 is missing the June entry',
    'the batch record history has a gap on the Tuesday night shift',
    "the student's grade history shows the change was made after the deadline",
    'warranty history on that car shows two gearbox claims',
    'the attendance history for 9C shows Jayden marked absent twice on the same day',
  ]);
});

describe("11. a title's dot in lower case, and a title never in a unit's name", () => {
  nothingAsked([
    'who approves field trips now that dr. patel retired?',
    'who approves overtime now that mr. jones left?',
    'who signs off on field trips now that prof. lee moved?',
    'who approves school trips now that mrs. smith retired?',
    'who approves cover now that ms. khan is on leave?',
    'who approves field trips now that Dr. Patel retired?',
  ]);
  keeps([
    ['revoke the key Dr. Chen created for growth', 'revoke', 'growth'],
    ['revoke the key dr. chen created for growth', 'revoke', 'growth'],
    ['rotate the key Prof. Chen created for ads', 'rotate', 'ads'],
    ['revoke the token Mr. Jones created for payments', 'revoke', 'payments'],
    ['rotate the key Ms. Khan set up for search-api', 'rotate', 'search-api'],
  ]);
  it('a title is never part of a unit name', () => {
    for (const text of [
      "Please create a key for Dr. Okafor's lab",
      'revoke the key Dr. Chen created for growth',
      'create a key for dr. okafor',
      // (a surname the parser does not know is still read as the unit, "rotate the key Lee created for
      // ads" → lee, as without a title on base; the title at least is not in it)
      'rotate the key Prof. Lee created for ads',
      'revoke the key Mrs. Smith set up for recs',
      'revoke the key Mrs. Patel created for recs',
    ]) {
      expect(parseRequest(text).businessUnit ?? '').not.toMatch(/^(?:dr|prof|mr|mrs|ms)(?:-|$)/);
    }
  });
});
