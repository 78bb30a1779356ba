/**
 * Two kinds of non-request that round ten's blind files showed acted on: a request followed by a bare
 * "ignore" with a reason (the writer takes it back), and a key of another tool (Grafana, Splunk, …)
 * asked of a colleague. Sentences of our own, with look-alikes that must keep acting.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

describe('a request taken back with a bare "ignore"', () => {
  it.each([
    'rotate the key for billing-api\nignore, wrong unit',
    'token 3h pls. ignore - found it',
    'revoke AKIAZZZZ1111YYYY2222. ignore, my bad',
    'create a key for growth. ignore typo city',
    'delete the payments key\nignore: sorted',
  ])('"%s" is not acted on', (text) => {
    expect(acts(parseRequest(text))).toBe(false);
  });

  it.each([
    ['create a key for growth\nignore the warning about quotas', 'create_key'],
    ['rotate the key for risk-ml, ignore the old ticket', 'rotate'],
  ])('"%s" still asks for what it names', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe("another tool's key", () => {
  it.each([
    'rotate the grafana api key pls <@U0PEER001>',
    'can someone revoke the splunk token from the old dashboard',
    'pls rotate the opsgenie api key <@U0PEER002>',
    'create a new datadog key for the on-call integration',
    'rotate the splunk api token for the checkout integration',
    'regenerate the circleci token, it leaked in the logs',
  ])('"%s" is no request of ours', (text) => {
    const r = parseRequest(text);
    expect(acts(r)).toBe(false);
    expect(['unknown', 'help']).toContain(r.intent);
  });

  it('a key of ours for a system named after another tool is still ours', () => {
    const r = parseRequest('create a key for the slack bot');
    expect(r.intent).toBe('create_key');
    expect(r.businessUnit).toBe('slack-bot');
  });

  it('our own key for a unit with an ordinary name still acts', () => {
    const r = parseRequest('rotate the key for observability-team please');
    expect(r.intent).toBe('rotate');
    expect(r.businessUnit).toBe('observability-team');
  });
});
