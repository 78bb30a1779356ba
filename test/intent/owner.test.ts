import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Who owns the credential: the person named as owner or the one it is for, never a person the
 * message only talks about (who did something, who said something).
 */
describe('the owner a request names', () => {
  it.each([
    ['token for my colleague <@U0RAVI0001> for 3h', 'U0RAVI0001'],
    ['a token for our new intern <@U0JUNO0002>, 1h please', 'U0JUNO0002'],
    ['set up a key for loyalty-api please, <@U0LINA0003> will own it', 'U0LINA0003'],
    [
      'please create a key for the payroll-sync unit. The owner will be my deputy, <@U0OSKA0004>, from next week.',
      'U0OSKA0004',
    ],
    ['key for crm-etl, owner `nina.k@acme.example`', 'nina.k@acme.example'],
    ['key for crm-etl owner <mailto:ops@acme.example|CRM Ops>', 'ops@acme.example'],
  ])('%s → %s', (text, want) => {
    expect(parseRequest(text).owner).toBe(want);
  });

  it.each([
    ['My teammate <@U0TEAM0005> has been using bedrock a lot lately. Could I get a token for 2h?'],
    ['show me everything jo.park@acme.example did last week'],
    ['which keys were revoked by <@U0SEC00006> this month?'],
    ['key for crm-etl, owner me'],
    ['key for crm-etl owner=me'],
  ])('%s → no owner', (text) => {
    expect(parseRequest(text).owner).toBeNull();
  });

  it('a sentence that goes on after "owner" is no owner value to refuse', () => {
    for (const text of [
      'rotate the loyalty-api key, the owner rotated out of the team last week',
      'what did the loyalty-api unit spend last month? the budget owner is asking.',
      'show me what is configured for project Nimbus, I am the product owner from today',
    ]) {
      expect(parseRequest(text).problems ?? [], text).not.toContainEqual(
        expect.objectContaining({ slot: 'owner' }),
      );
    }
  });

  it('an owner that is neither an e-mail nor a mention is still refused', () => {
    const r = parseRequest('key for crm-etl, owner: nina.');
    expect(r.owner).toBeNull();
    expect(r.problems).toContainEqual(expect.objectContaining({ slot: 'owner', stated: 'nina' }));
  });
});
