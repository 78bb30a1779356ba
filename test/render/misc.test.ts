import { describe, expect, it } from 'vitest';
import { choice, slotsFull } from '../../src/core/choices.js';
import { humanDuration } from '../../src/core/durations.js';
import { formatUtc, groupDigits, maskKeyId, relative } from '../../src/render/format.js';
import { renderApology, renderOutcome } from '../../src/render/render-outcome.js';
import { encodeModelId } from '../../src/render/snippets.js';
import { ctx, NOW, oldAccessKey, oldApiKey } from './fixtures.js';
import { buttons, visible } from './helpers.js';

describe('help', () => {
  it('has the examples; admins also see list, history and deprovision', () => {
    const admin = visible(renderOutcome({ type: 'help', isAdmin: true }, ctx));
    for (const s of [
      '/bedrock token 6h',
      '/bedrock key for production-api owner x@co.com',
      '/bedrock rotate key for production-api',
      '/bedrock revoke key',
      '/bedrock details for production-api',
      '/bedrock models in us-west-2',
      '/bedrock list',
      '/bedrock history',
      '/bedrock deprovision production-api',
    ]) {
      expect(admin).toContain(s);
    }
    const member = visible(renderOutcome({ type: 'help', isAdmin: false }, ctx));
    expect(member).not.toContain('/bedrock deprovision');
    expect(member).toContain('go to the admins for approval');
  });
});

describe('question, unknown, notices', () => {
  it('question: one choose button per choice plus Cancel, values are the request ID', () => {
    const m = renderOutcome(
      {
        type: 'question',
        question: 'Is this for you or for a system?',
        requestId: 'req-q',
        choices: [
          choice('token', 'For me: a token', { intent: 'token' }, 'token', 'primary'),
          choice(
            'key',
            'For a system',
            { intent: 'create_key', businessUnit: 'marketing' },
            'key for marketing',
          ),
        ],
      },
      ctx,
    );
    expect(buttons(m).map((b) => [b.action_id, b.value])).toEqual([
      ['bedrock.choose.token', 'req-q'],
      ['bedrock.choose.key', 'req-q'],
      ['bedrock.cancel', 'req-q'],
    ]);
    expect(visible(m)).toContain('Is this for you or for a system?');
  });

  it('unknown suggests what to try', () => {
    const t = visible(renderOutcome({ type: 'unknown', text: 'make me a sandwich' }, ctx));
    expect(t).toContain("I didn't understand “make me a sandwich”");
    expect(t).toContain('/bedrock help');
  });

  it('slots-full lists the keys masked and the ways forward', () => {
    const m = renderOutcome(slotsFull('marketing', 'access-key', [oldAccessKey, oldAccessKey]), ctx);
    expect(visible(m)).toContain('`AKIA…WXYZ`');
    expect(visible(m)).toContain('/bedrock rotate key for marketing');
    expect(buttons(m)).toEqual([]);
    const offered = renderOutcome(
      { ...slotsFull('marketing', 'api-key', [oldApiKey, oldApiKey]), requestId: 'req-s' },
      ctx,
    );
    expect(buttons(offered).map((b) => [b.action_id, b.value])).toEqual([
      ['bedrock.choose.rotate', 'req-s'],
      ['bedrock.cancel', 'req-s'],
    ]);
  });

  it('keys-deleted, reconciled, deprovisioned, done, cancelled, expired, dismissed', () => {
    expect(
      visible(
        renderOutcome(
          {
            type: 'keys-deleted',
            businessUnit: 'm',
            userName: 'm-bedrock-user',
            deleted: [oldApiKey, oldAccessKey],
            notes: [],
          },
          ctx,
        ),
      ),
    ).toContain('Deleted 2 keys');
    expect(
      visible(
        renderOutcome(
          {
            type: 'reconciled',
            businessUnit: 'm',
            deleted: [oldApiKey],
            message: 'Removed a key that was never delivered',
          },
          ctx,
        ),
      ),
    ).toContain('never delivered');
    expect(
      visible(
        renderOutcome(
          {
            type: 'deprovisioned',
            businessUnit: 'm',
            userName: 'm-bedrock-user',
            removed: ['access key AKIA…WXYZ'],
          },
          ctx,
        ),
      ),
    ).toContain('m deprovisioned');
    expect(
      visible(
        renderOutcome(
          {
            type: 'done',
            title: 'Key created',
            actorName: 'Dana',
            succeeded: true,
            summary: ['Created user'],
          },
          ctx,
        ),
      ),
    ).toContain('Done: Key created');
    expect(visible(renderOutcome({ type: 'cancelled', title: 'Rotate' }, ctx))).toContain(
      'Cancelled: Rotate',
    );
    expect(visible(renderOutcome({ type: 'expired-notice', title: 'Rotate' }, ctx))).toContain(
      'Expired: Rotate',
    );
    const d = renderOutcome({ type: 'dismissed' }, ctx);
    expect(d.containsSecret).toBe(false);
    expect(buttons(d)).toEqual([]);
  });

  it('apology carries the reference', () => {
    const m = renderApology('abc-123');
    expect(visible(m)).toContain('`abc-123`');
    expect(m.text).toContain('abc-123');
  });
});

describe('formatting', () => {
  it('groups digits by thousands as en-US does (list page headers)', () => {
    for (const n of [0, 7, 999, 1000, 1045, 20000, 1234567])
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });
  it('dates and durations', () => {
    expect(formatUtc(NOW)).toBe('2026-11-21 14:05 UTC');
    expect(humanDuration(5 * 3600 + 59 * 60 + 30)).toBe('5 h 59 min');
    expect(humanDuration(900)).toBe('15 min');
    expect(humanDuration(12 * 3600)).toBe('12 h');
    expect(humanDuration(3 * 86400 + 4 * 3600)).toBe('3 days 4 h');
    expect(relative(new Date(NOW.getTime() + 6 * 3600_000), NOW)).toBe('in 6 h');
    expect(relative(new Date(NOW.getTime() - 3 * 86_400_000), NOW)).toBe('3 days ago');
  });

  it('a fresh 30-day key reads "in 30 days", seconds after it was made', () => {
    const expires = new Date(NOW.getTime() + 30 * 86_400_000);
    expect(relative(expires, new Date(NOW.getTime() + 5_000))).toBe('in 30 days');
    expect(humanDuration(30 * 86_400 - 5)).toBe('30 days');
    expect(humanDuration(3 * 86_400 + 4 * 3600 - 30)).toBe('3 days 4 h');
  });

  it('masks access key IDs', () => {
    expect(maskKeyId('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA…MPLE');
  });

  it('encodes the colon in model IDs for the path', () => {
    expect(encodeModelId('us.anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe(
      'us.anthropic.claude-sonnet-4-5-20250929-v1%3A0',
    );
  });
});

describe('esc', () => {
  it('neutralises formatting characters at word boundaries only, and entities', async () => {
    const { esc, unesc, code } = await import('../../src/render/format.js');
    expect(esc('*b* _i_ ~s~ `c`')).toBe('∗b∗ ＿i＿ ∼s∼ ˋcˋ');
    expect(esc('jane_doe@example.com a*b')).toBe('jane_doe@example.com a*b');
    expect(esc('<@U1> & <https://x|y>')).toBe('&lt;@U1&gt; &amp; &lt;https://x|y&gt;');
    expect(unesc(esc('*b* _i_ & <x>'))).toBe('*b* _i_ & <x>');
    expect(code('~/.aws/credentials')).toBe('`~/.aws/credentials`');
  });
});
