import { describe, expect, it } from 'vitest';
import { renderOutcome } from '../../src/render/render-outcome.js';
import {
  ACCESS_KEY_ID,
  accessKeyCreated,
  API_KEY_VALUE,
  apiKeyCreated,
  ctx,
  oldApiKey,
  SECRET_ACCESS_KEY,
} from './fixtures.js';
import { buttons, visible } from './helpers.js';

describe('key-created: long-term Bedrock API key', () => {
  const m = renderOutcome(apiKeyCreated(), ctx);
  const text = visible(m);

  it('delivers the key as a bearer token export, only in a secret message', () => {
    expect(m.containsSecret).toBe(true);
    expect(text).toContain(`export AWS_BEARER_TOKEN_BEDROCK="${API_KEY_VALUE}"`);
    expect(text).toContain('export AWS_REGION="us-east-1"');
    expect(m.text).not.toContain(API_KEY_VALUE);
    expect(m.text).toMatch(/save it now/i);
  });

  it('warns it is shown once, gives the expiry date, rotation, cost tags and why tokens are better', () => {
    expect(text).toContain('Save it now: it is shown once');
    expect(text).toContain('Expires: 2026-12-21 14:05 UTC (in 30 days)');
    expect(text).toContain('/bedrock rotate key for production-api');
    expect(text).toContain('• business-unit: production-api');
    expect(text).toContain('• owner: data-team@company.com');
    expect(text).toContain('Cost Explorer');
    expect(text).toContain('Why short-term tokens are better');
    expect(text).toContain('/model/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0/converse');
  });

  it('has a Dismiss button', () => {
    expect(buttons(m).map((b) => b.action_id)).toEqual(['bedrock.dismiss']);
  });

  it('flags a never-expiring key', () => {
    const o = apiKeyCreated();
    if (o.apiKey) o.apiKey.expiresAt = null;
    expect(visible(renderOutcome(o, ctx))).toContain('Expires: ⚠ never');
  });

  it('for a rotation, offers to delete or keep the old key with only the request ID', () => {
    const r = renderOutcome(
      apiKeyCreated({ rotation: { requestId: 'req-rot-1', oldKeys: [oldApiKey] } }),
      ctx,
    );
    const bs = buttons(r);
    expect(bs.map((b) => b.action_id)).toEqual(['bedrock.delete_old', 'bedrock.keep_old', 'bedrock.dismiss']);
    expect(bs.every((b) => b.value === 'req-rot-1')).toBe(true);
    expect(bs[0]?.confirm).toBe(true);
    expect(visible(r)).toContain('Until you do, both work.');
  });
});

describe('key-created: IAM access key', () => {
  const m = renderOutcome(accessKeyCreated(), ctx);
  const text = visible(m);

  it('exports the key pair and lets the AWS CLI sign the call (SigV4)', () => {
    expect(m.containsSecret).toBe(true);
    expect(text).toContain(`export AWS_ACCESS_KEY_ID="${ACCESS_KEY_ID}"`);
    expect(text).toContain(`export AWS_SECRET_ACCESS_KEY="${SECRET_ACCESS_KEY}"`);
    expect(text).toContain('aws bedrock-runtime converse --region "$AWS_REGION"');
    expect(text).toContain("--model-id 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'");
    expect(text).not.toContain('--aws-sigv4');
    expect(text).not.toContain('AWS_BEARER_TOKEN_BEDROCK=');
  });

  it('keeps the secret and the full key ID out of the notification text, and masks other keys', () => {
    expect(m.text).not.toContain(SECRET_ACCESS_KEY);
    expect(m.text).not.toContain(ACCESS_KEY_ID);
    expect(text).toContain('now has 2 access keys');
    expect(text).toContain('`AKIA…WXYZ`');
    expect(text).not.toContain('AKIAOLDKEYEXAMPLWXYZ');
  });
});
