/**
 * Pasted material (intent/pasted.ts): a fenced block beside the person's own words is something they
 * copied. Its words say what the message is about; its values (Regions, durations, e-mails, key IDs)
 * and identifiers (paths, job and user names) are never the request's. A block that is all that was
 * written, a command to the bot or a request form keeps its values.
 */
import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { markPasted } from '../../src/intent/pasted.js';

const fence = (body: string): string => `\`\`\`\n${body}\n\`\`\``;

describe('values inside a pasted block are not the request', () => {
  it.each([
    [
      `the nightly job died with\n${fence('2026-11-29T01:00:03Z ERROR session expired after 12h region=ap-southeast-2')}\nneed a token for 3 hours`,
      { intent: 'token', ttlSeconds: 10_800, region: null },
    ],
    [
      `${fence('ExpiredTokenException: The security token included in the request is expired (eu-north-1, 45m)')}\nfresh token please, 2h`,
      { intent: 'token', ttlSeconds: 7_200, region: null },
    ],
    [
      `scanner found this:\n${fence('Secret detected: AKIAQ7RZ4M2N8PLX5WTY\nfile: services/search-api/.env\ncommitter: dev@example.com')}\nplease revoke it, it is the search key`,
      { keyId: null, owner: null },
    ],
    [
      `${fence('Traceback (most recent call last):\n  File "/srv/fraud-ml/app.py", line 40\nbotocore.exceptions.NoRegionError: You must specify a region.')}\ncan I have a token in us-west-2 for an hour?`,
      { intent: 'token', region: 'us-west-2', ttlSeconds: 3_600 },
    ],
  ])('%#: %s', (text, expected) => {
    expect(parseRequest(text)).toMatchObject(expected);
  });

  it('an identifier in the paste is no business unit; the one the person names is', () => {
    const text = `${fence('WARN key leaked in logs: pipeline=nightly-etl-runner user=ingest-bedrock-user')}\nrotate the key for data-eng please`;
    expect(parseRequest(text)).toMatchObject({ intent: 'rotate', businessUnit: 'data-eng' });
    const bare = `${fence('AccessDenied for arn:aws:iam::123456789012:user/forecasting-bedrock-user')}\nrotate it pls`;
    expect(parseRequest(bare).businessUnit).toBeNull();
  });
});

describe('a paste shared for discussion asks nothing', () => {
  it.each([
    `${fence('ThrottlingException: Rate exceeded (us-east-1), retry in 30s')}\nanyone else getting this today?`,
    `fun one from staging\n${fence('2026-11-30 04:00:00 token refresh ok, next in 6h')}\nlooks healthy to me`,
    `${fence('$ aws sts get-caller-identity\n{"Arn": "arn:aws:iam::123456789012:user/reporting-bedrock-user"}')}\nso that's the user our dashboard runs as`,
  ])('%s', (text) => {
    const p = parseRequest(text);
    expect(ACTING_INTENTS.has(p.intent)).toBe(false);
    expect(p.ttlSeconds).toBeNull();
    expect(p.region).toBeNull();
  });
});

describe('a block that is the request keeps its values', () => {
  it('nothing else written: the block is what was said', () => {
    expect(parseRequest(fence('token 2h eu-west-1'))).toMatchObject({
      intent: 'token',
      ttlSeconds: 7_200,
      region: 'eu-west-1',
    });
  });

  it('a command to the bot, and a request form, are left as written', () => {
    const command = `can you run this for me\n${fence('/bedrock token 4h in us-east-2')}`;
    expect(markPasted(command)).toBe(command);
    const form = `filling in the template:\n${fence('team: claims-ai\nowner: lead@example.com\nkey type: api key')}`;
    expect(markPasted(form)).toBe(form);
    expect(parseRequest(form)).toMatchObject({ businessUnit: 'claims-ai', owner: 'lead@example.com' });
  });

  it('brackets the person typed are not taken for a paste: their values stay', () => {
    expect(parseRequest('token ⟦2h⟧ in eu-west-1 please')).toMatchObject({
      intent: 'token',
      ttlSeconds: 7_200,
      region: 'eu-west-1',
    });
  });

  it('a text with no fence, or an unclosed one, is returned as it is', () => {
    expect(markPasted('token 2h in us-east-1')).toBe('token 2h in us-east-1');
    const unclosed = 'token 2h ``` in us-east-1';
    expect(markPasted(unclosed)).toBe(unclosed);
  });
});
