import { describe, expect, it } from 'vitest';
import { renderOutcome } from '../../src/render/render-outcome.js';
import { limitViolations } from '../../src/render/limits.js';
import { Secret } from '../../src/core/secret.js';
import { at, ctx, MODELS, TOKEN_VALUE, tokenOutcome } from './fixtures.js';
import { buttons, visible } from './helpers.js';

describe('token message', () => {
  const m = renderOutcome(tokenOutcome(), ctx);
  const text = visible(m);

  it('is marked as secret and carries the token in an export line', () => {
    expect(m.containsSecret).toBe(true);
    expect(text).toContain(`export AWS_BEARER_TOKEN_BEDROCK="${TOKEN_VALUE}"`);
    expect(text).toContain('export AWS_REGION="us-east-1"');
  });

  it('escapes the & of the token for Slack, and never leaks it into the notification text', () => {
    expect(JSON.stringify(m.blocks)).toContain('&amp;Version=1');
    expect(m.text).not.toContain(TOKEN_VALUE);
    expect(m.text).not.toContain('bedrock-api-key-');
    expect(m.text).toContain('2026-11-21 20:05 UTC');
  });

  it('shows the real expiry, absolute and relative', () => {
    expect(text).toContain('2026-11-21 20:05 UTC (in 6 h)');
  });

  it('has a curl call to Converse with the URL-encoded inference-profile ID', () => {
    expect(text).toContain(
      'curl -sS "https://bedrock-runtime.${AWS_REGION}.amazonaws.com/model/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0/converse"',
    );
    expect(text).toContain('-H "Authorization: Bearer $AWS_BEARER_TOKEN_BEDROCK"');
    expect(text).toContain(`-d '{"messages":[{"role":"user","content":[{"text":"Hello"}]}]}'`);
  });

  it('leads with the two lines people paste', () => {
    expect(m.blocks[0]?.type).toBe('header');
    const first = visible({ ...m, blocks: m.blocks.slice(1, 2) });
    expect(first).toBe(
      `\`\`\`\nexport AWS_BEARER_TOKEN_BEDROCK="${TOKEN_VALUE}"\nexport AWS_REGION="us-east-1"\n\`\`\``,
    );
  });

  it('is short: fewer blocks than the 13 it used to have', () => {
    expect(m.blocks.length).toBeLessThanOrEqual(10);
  });

  it('has Claude Code, Python (venv), JavaScript (ESM), Anthropic SDK and auto-refresh snippets', () => {
    expect(text).toContain('export CLAUDE_CODE_USE_BEDROCK=1');
    expect(text).toContain("export ANTHROPIC_MODEL='us.anthropic.claude-sonnet-4-5-20250929-v1:0'");
    expect(text).toContain('python3 -m venv ~/.venvs/bedrock');
    expect(text).not.toMatch(/^pip install/m);
    expect(text).toContain('boto3.client("bedrock-runtime", region_name=os.environ["AWS_REGION"])');
    expect(text).toContain('modelId="us.anthropic.claude-sonnet-4-5-20250929-v1:0"');
    expect(text).toContain('bedrock.mjs (ESM, Node 18+)');
    expect(text).toContain('import { AnthropicBedrock } from "@anthropic-ai/bedrock-sdk";');
    expect(text).toContain('import { getTokenProvider } from "@aws/bedrock-token-generator";');
    expect(text).toContain('const ttlSeconds = 21600;');
    expect(text).toContain('authSchemePreference: ["httpBearerAuth"]');
  });

  it('has a Dismiss button and security notes', () => {
    expect(buttons(m).map((b) => b.action_id)).toEqual(['bedrock.dismiss']);
    expect(text).toMatch(/Treat it like a password/);
  });

  it('says why the token is shorter than asked when the signing credentials capped it', () => {
    const capped = renderOutcome(tokenOutcome({ expiresAt: at(59), cappedBySigningCredentials: true }), ctx);
    const t = visible(capped);
    expect(t).toContain('Shorter than the 6 h you asked for');
    expect(t).toContain('cannot outlive the AWS credentials that signed it');
    expect(t).toContain('(in 59 min)');
  });

  it('mentions a role session fallback', () => {
    const t = visible(renderOutcome(tokenOutcome({ roleDurationFallbackSeconds: 3600 }), ctx));
    expect(t).toContain('sessions of at most 1 h');
  });

  it('uses a placeholder and says how to list models, and what to do about access, when none can be called', () => {
    const t = visible(renderOutcome(tokenOutcome({}, [], []), ctx));
    expect(t).toContain('/model/<MODEL_ID>/converse');
    expect(t).toContain('/bedrock models in us-east-1');
    expect(t).toContain('aws-marketplace:Subscribe');
    expect(t).not.toMatch(/Model access page/i);
  });

  it('calls a model on demand by its own ID when no profile is needed', () => {
    const t = visible(
      renderOutcome(
        tokenOutcome(
          {},
          MODELS.filter((x) => x.inferenceTypes.includes('ON_DEMAND')),
          [],
        ),
        ctx,
      ),
    );
    expect(t).toContain('/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse');
  });

  it('splits a very long token into parts that rebuild it, within Slack limits', () => {
    const long = `bedrock-api-key-${'Q'.repeat(5000)}&Version=1`;
    const m2 = renderOutcome(tokenOutcome({ token: new Secret(long) }), ctx);
    expect(limitViolations(m2)).toEqual([]);
    const lines = visible(m2)
      .split('\n')
      .filter((l) => l.startsWith('export AWS_BEARER_TOKEN_BEDROCK='));
    expect(lines.length).toBeGreaterThan(1);
    let value = '';
    for (const l of lines) {
      const v = /^export AWS_BEARER_TOKEN_BEDROCK="(.*)"$/.exec(l)?.[1] ?? '';
      value = v.startsWith('${AWS_BEARER_TOKEN_BEDROCK}')
        ? value + v.slice('${AWS_BEARER_TOKEN_BEDROCK}'.length)
        : v;
    }
    expect(value).toBe(long);
  });
});
