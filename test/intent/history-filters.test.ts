/** History filters read around the parser: periods, people and kinds leave the rest of the text alone. */
import { describe, expect, it } from 'vitest';
import { readHistoryFilters } from '../../src/intent/history-filters.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('history filters', () => {
  it.each([
    ['my history', null, { actor: 'me' }],
    [
      'approvals history for sales yesterday',
      'sales',
      { day: 'yesterday', kinds: ['approval_requested', 'approved', 'denied'] },
    ],
    ['history of failures for sales today', 'sales', { day: 'today', kinds: ['failed'] }],
    ['history for <@U0ALICE01> since 2026-11-01', null, { actor: 'U0ALICE01', since: '2026-11-01' }],
    [
      'history for research from 2026-11-01 to 2026-11-15',
      'research',
      { since: '2026-11-01', until: '2026-11-15' },
    ],
    ['token history since 2026-11-20', null, { since: '2026-11-20', kinds: ['token_issued'] }],
  ])('%s', (text, businessUnit, filters) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('history');
    expect(parse.businessUnit).toBe(businessUnit);
    expect(parse.history).toEqual(filters);
  });

  it("leaves relative periods to the parser's period slot", () => {
    const parse = parseRequest('history of failures for sales in the last 3 days');
    expect(parse).toMatchObject({
      intent: 'history',
      businessUnit: 'sales',
      period: { kind: 'days', days: 3 },
    });
    expect(parse.history).toEqual({ kinds: ['failed'] });
    expect(parseRequest('history for marketing last week').period).toEqual({ kind: 'days', days: 7 });
  });

  it('leaves other requests and plain history alone', () => {
    expect(parseRequest('history').history).toBeUndefined();
    expect(parseRequest('revoke the keys for sales')).toMatchObject({
      intent: 'revoke',
      businessUnit: 'sales',
    });
    expect(parseRequest('revoke the keys for sales').history).toBeUndefined();
    expect(readHistoryFilters('create a key for marketing today')).toBeNull();
  });

  it('ignores impossible dates', () => {
    expect(readHistoryFilters('history since 2026-02-30')).toBeNull();
  });
});
