/**
 * A message put to a colleague by its leading mention, end to end (round sixteen, acted16): a signed
 * app_mention event into Bolt's real receiver, the real engine and parser. Bolt knows the bot's own
 * user ID (auth.test) and the listener passes it to the parser: "<@colleague> can you revoke the
 * payments key? … cc <@bot>" is put to the colleague, so nothing is offered, done or issued; the bot
 * spoken to after the colleague's mention acts as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../support/fake-slack.js';
import { BOT_USER_ID } from '../support/fake-slack.js';
import { ADMIN, MEMBER, startE2EBot, withButton, type E2EBot } from '../support/e2e-bot.js';
import { mentionEvent } from '../support/slack-signing.js';

let bot: E2EBot | null = null;

afterEach(async () => {
  await bot?.stop();
  bot = null;
});

const COLLEAGUE = 'U02B7XW4L';
const BOT = `<@${BOT_USER_ID}>`;

/** An app_mention whose text is exactly `text` (the helper's mention puts the bot first). */
async function mentionAsTyped(b: E2EBot, text: string, userId = ADMIN): Promise<RecordedCall[]> {
  const before = b.slack.calls.length;
  const event = { ...mentionEvent({ userId, text: '', channelId: 'CTEAM001' }), text };
  const res = await b.client.event(event);
  expect(res.status).toBe(200);
  await b.slack
    .waitFor((calls) => calls.slice(before).some((c) => c.method.startsWith('chat.')), 5_000)
    .catch(() => undefined);
  await b.settle();
  return b.slack.calls.slice(before);
}

function seedPayments(b: E2EBot): void {
  b.aws.seedUser({
    userName: 'payments-bedrock-user',
    tags: [
      { key: 'business-unit', value: 'payments' },
      { key: 'created-by', value: 'bedrock-bot' },
    ],
  });
  b.aws.seedApiKey('payments-bedrock-user');
}

describe('a leading mention of a colleague (the bot only copied)', () => {
  it.each([
    `<@${COLLEAGUE}> can you revoke all keys for payments? I'm on my phone in a cab. cc ${BOT}`,
    `<@${COLLEAGUE}> revoke all keys for payments please ${BOT}`,
    `hey <@${COLLEAGUE}>, could you ask ${BOT} to revoke all keys for payments for me?`,
  ])('%s: no confirmation offered, no key touched', async (text) => {
    bot = await startE2EBot();
    seedPayments(bot);
    const calls = await mentionAsTyped(bot, text);
    expect(withButton(calls, 'bedrock.confirm')).toBeUndefined();
    expect(bot.aws.mutatingCalls()).toHaveLength(0);
    expect(bot.aws.userState('payments-bedrock-user')?.apiKeys).toHaveLength(1);
  });

  it('a token asked of a colleague, the bot copied: no token issued, nothing secret posted', async () => {
    bot = await startE2EBot();
    const calls = await mentionAsTyped(
      bot,
      `<@${COLLEAGUE}> can you get me a token for 2h? cc ${BOT}`,
      MEMBER,
    );
    expect(bot.aws.issuedSecrets).toHaveLength(0);
    for (const call of calls) expect(call.raw).not.toMatch(/SECRET-\d+/);
  });
});

describe('the bot spoken to (look-alikes that still act)', () => {
  it('the bot first: the revoke is offered for confirmation', async () => {
    bot = await startE2EBot();
    seedPayments(bot);
    const calls = await mentionAsTyped(bot, `${BOT} revoke all keys for payments`);
    expect(withButton(calls, 'bedrock.confirm')).toBeDefined();
  });

  it('the bot spoken to after a colleague is told: the token is issued, privately', async () => {
    bot = await startE2EBot();
    const calls = await mentionAsTyped(bot, `<@${COLLEAGUE}> fyi — ${BOT} token for 2h please`, MEMBER);
    expect(bot.aws.issuedSecrets).toHaveLength(1);
    const [secret] = bot.aws.issuedSecrets as [string];
    const carriers = calls.filter((c) => c.raw.includes(secret));
    expect(carriers.map((c) => c.method)).toEqual(['chat.postEphemeral']);
  });
});
