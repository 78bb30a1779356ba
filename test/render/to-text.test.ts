import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/render/block-kit.js';
import { renderOutcome } from '../../src/render/render-outcome.js';
import { listButtons, messageToText, mrkdwnToText } from '../../src/render/to-text.js';
import { at, createPlan, ctx } from './fixtures.js';

describe('messageToText', () => {
  const sample: Message = {
    text: 'fallback',
    containsSecret: false,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Title' } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*Bold* words for <@U0123ABC> &amp; a <https://example.com|link>\n```a &lt; b\nc```',
        },
      },
      {
        type: 'section',
        fields: [{ type: 'mrkdwn', text: '*Region*\nus-east-1' }],
        accessory: {
          type: 'button',
          action_id: 'bedrock.dismiss',
          text: { type: 'plain_text', text: 'Dismiss' },
          value: 'none',
        },
      },
      { type: 'divider' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'a note with `code *kept*`' }] },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'bedrock.confirm',
            text: { type: 'plain_text', text: 'Confirm' },
            value: 'r1',
            style: 'primary',
          },
          {
            type: 'button',
            action_id: 'bedrock.cancel',
            text: { type: 'plain_text', text: 'Cancel' },
            value: 'r1',
          },
        ],
      },
    ],
  };

  it('renders headers, prose, code blocks, fields, context and numbered buttons', () => {
    const t = messageToText(sample);
    expect(t).toContain('Title\n═════');
    expect(t).toContain('Bold words for @U0123ABC & a link (https://example.com)');
    expect(t).toContain('```\na < b\nc\n```');
    expect(t).toContain('  Region: us-east-1\n[1] Dismiss');
    expect(t).toContain('› a note with `code *kept*`');
    expect(t).toContain('[2] Confirm  [3] Cancel');
  });

  it('listButtons numbers buttons in the same order', () => {
    expect(listButtons(sample).map((b) => b.action_id)).toEqual([
      'bedrock.dismiss',
      'bedrock.confirm',
      'bedrock.cancel',
    ]);
  });

  it('a plan card reads well and maps [1] to confirm', () => {
    const m = renderOutcome(
      { type: 'plan', plan: createPlan(), requestId: 'req-1', mode: 'confirm', expiresAt: at(15) },
      ctx,
    );
    const t = messageToText(m);
    expect(t).toContain('[1] Confirm  [2] Cancel');
    expect(t).not.toMatch(/&amp;|&lt;|&gt;/);
    expect(listButtons(m)[0]?.action_id).toBe('bedrock.confirm');
  });

  it('marks danger buttons', () => {
    const m: Message = {
      ...sample,
      blocks: [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'bedrock.confirm',
              text: { type: 'plain_text', text: 'Delete' },
              value: 'r',
              style: 'danger',
            },
          ],
        },
      ],
    };
    expect(messageToText(m)).toBe('[1] Delete (!)');
  });

  it('falls back to the text when there are no blocks', () => {
    expect(messageToText({ text: 'just *this*', blocks: [], containsSecret: false })).toBe('just this');
  });

  it('leaves identifiers with underscores and asterisks in code alone', () => {
    expect(mrkdwnToText('set AWS_REGION and `*-bedrock-user`')).toBe('set AWS_REGION and `*-bedrock-user`');
  });
});
