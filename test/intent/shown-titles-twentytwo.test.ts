/**
 * Round twenty-two, the lead's sweep: a one-line title of another system's item (a commit, a pull request,
 * a ticket's title, an agenda item), a wish labelled as one, and a request put to whoever reads the channel
 * are shown or told, not asked of the bot (each was acted on). A field's value ("Ticket: BR-442, please
 * rotate …"), an e-mail's subject pasted with its request, and a request after a thank-you keep theirs.
 */
import { describe } from 'vitest';
import { keeps, neverActs } from './acted.js';

describe('titles, wishes and requests to whoever reads are not acted on', () => {
  neverActs([
    'commit message: rotate payroll key in config',
    'PR #123: revoke unused keys script',
    "ticket title: Rotate ads key (won't do)",
    'MR !42: create key for payroll in terraform',
    'agenda item: revoke the growth key',
    'changelog entry: rotate all keys for ml-sandbox',
    'my dream: a token for 12h that never expires mid-demo',
    'wishlist: key for payroll that rotates itself',
    'whoever is on call, please revoke the growth key',
    'someone pls rotate the ads key, I am on a plane',
    'anyone around, can you create a key for payroll?',
  ]);
});

describe('requests with a field, a subject line or a thank-you keep them', () => {
  keeps([
    ['Ticket: BR-442, please rotate the ads key', 'rotate', 'ads'],
    ['Subject: key request - please create a key for payroll', 'create_key', 'payroll'],
    ['whoever built this bot: thanks! now token 2h please', 'token'],
    ['rotate the ads key please, whoever wrote the runbook was right', 'rotate', 'ads'],
  ]);
});
