/**
 * Round fifteen, leftovers15: wrong readings the last review left. Sentences written before the
 * parser's answer was looked at, with look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly } from './acted.js';

describe('a reply in the same message that keeps the thing takes the request back', () => {
  exactly([
    { text: 'deprovision growth? no, keep the unit', intent: 'unknown' },
    { text: 'revoke the ads key. actually no, leave it', intent: 'unknown' },
    { text: 'rotate the search key... on second thought keep it as is', intent: 'unknown' },
    { text: "offboard team-atlas. scratch that, don't", intent: 'unknown' },
    { text: 'delete the risk key — no wait, keep it, we still need it', intent: 'unknown' },
    { text: 'deprovision nimbus please. on second thought, leave nimbus alone', intent: 'unknown' },
    { text: "rotate growth's key. nah, keep it for now", intent: 'unknown' },
    { text: 'decommission the ads unit? no no keep it', intent: 'unknown' },
    { text: "kill the payments key — actually don't, keep it running", intent: 'unknown' },
    { text: 'tear down risk-ml. wait no, keep risk-ml', intent: 'unknown' },
    { text: "rotate the ledger key? actually leave it, it's fine", intent: 'unknown' },
  ]);
  describe('look-alikes keep their request', () => {
    exactly([
      {
        text: 'rotate the ads key and keep the old one for a day',
        intent: 'rotate',
        businessUnit: 'ads',
        expiryDays: 1,
      },
      { text: 'revoke the old key for ads, keep the new one', intent: 'revoke', businessUnit: 'ads' },
      { text: 'deprovision growth? yes, go ahead', intent: 'deprovision', businessUnit: 'growth' },
      { text: 'rotate the ads key. no rush, keep it simple', intent: 'rotate', businessUnit: 'ads' },
      { text: 'keep growth, deprovision ads', intent: 'deprovision', businessUnit: 'ads' },
      { text: 'no, keep the unit, just revoke the key for growth', intent: 'revoke', businessUnit: 'growth' },
    ]);
  });
});

describe('an action on a condition not met yet is asked about, not done now', () => {
  const later = [
    'Team: atlas / Request: deprovision / When: after the migration, not before',
    'revoke the ads key once the new one is live',
    'deprovision nimbus after the audit',
    'rotate the growth key when the release is out',
    'offboard team-orion after the contract ends on friday',
    "revoke search's access key as soon as the replacement works",
    'create a key for billing after legal signs off',
    "rotate ledger's key after the freeze is lifted",
    "delete the risk key once we've migrated to the new one",
    'deprovision pixel when the quarter closes',
    'Unit: ledger\nAction: rotate\nWhen: after the cutover',
  ];
  it.each(later)('%j keeps its action and asks', (text) => {
    const parse = parseRequest(text);
    expect(['rotate', 'revoke', 'deprovision', 'create_key']).toContain(parse.intent);
    expect(acted(text)).toBe(false);
  });
  describe('look-alikes: a reason in the past, a lifetime, a condition met', () => {
    const now = [
      'rotate the ads key after it leaked yesterday',
      'revoke the ads key, it was exposed after the demo',
      'create a key for growth that expires after 90 days',
      'revoke the key for ads now that the new one is live',
      'deprovision nimbus, we finished the migration last week',
      'rotate the growth key, it was posted in #general after the standup',
      'Team: atlas / Request: deprovision / When: now',
    ];
    it.each(now)('%j is still done', (text) => expect(acted(text)).toBe(true));
  });
});

describe('a holder described ("whoever owns billing") names the thing\'s unit, never a person', () => {
  exactly([
    { text: 'create a key for whoever owns billing', intent: 'create_key', businessUnit: 'billing' },
    { text: 'Team: whichever team has the ads key / Request: rotate', intent: 'rotate', businessUnit: 'ads' },
    { text: 'rotate the key for whoever runs search', intent: 'rotate', businessUnit: 'search' },
    { text: 'revoke the key of whichever team owns ads', intent: 'revoke', businessUnit: 'ads' },
    { text: 'Unit: whoever owns billing\nAction: create key', intent: 'create_key', businessUnit: 'billing' },
    { text: 'deprovision whichever unit has the pixel key', intent: 'deprovision', businessUnit: 'pixel' },
    { text: 'create a key for whoever manages growth', intent: 'create_key', businessUnit: 'growth' },
    { text: 'rotate the key for whatever team handles payments', intent: 'rotate', businessUnit: 'payments' },
  ]);
  it.each([
    'whoever owns billing should rotate their key soon',
    'whoever has the ads key, ping me pls',
    'thanks to whoever rotated the search key',
  ])('%j is not acted on', (text) => expect(acted(text)).toBe(false));
  it('"whoever is on call" is no unit', () => {
    expect(parseRequest('revoke the key for whoever is on call').businessUnit).toBeNull();
  });
});

describe('Title Case runs are paired by word: rewrites before the run do not shift it', () => {
  exactly([
    {
      text: 'can u pls create a key for team Llama Drama',
      intent: 'create_key',
      businessUnit: 'llama-drama',
    },
    {
      text: 'hey can u make a new key for Prompt Goblins w/ 90 days expiry',
      intent: 'create_key',
      businessUnit: 'prompt-goblins',
      expiryDays: 90,
    },
    {
      text: 'b/c of the audit, rotate the key for Doc Intel asap',
      intent: 'rotate',
      businessUnit: 'doc-intel',
    },
    { text: 'creat a key 4 the Byte Me team', intent: 'create_key', businessUnit: 'byte-me-team' },
    { text: 'revoke the Growth Key asap', intent: 'revoke', businessUnit: 'growth' },
  ]);
});
