import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { decodeSlackText } from '../../src/intent/slack-text.js';

describe('decodeSlackText', () => {
  it('drops a leading mention of the bot and keeps other mentions', () => {
    const d = decodeSlackText('<@U0BOT|bedrock> give <@U024BE7LH|alice> and <@W012A3CDE> a token');
    expect(d.mentions).toEqual(['U024BE7LH', 'W012A3CDE']);
    expect(d.text).not.toContain('U0BOT');
    expect(d.text).toContain('xxuser');
  });

  it('turns mailto links into the address and channels into their name', () => {
    expect(decodeSlackText('owner <mailto:a@b.co|a@b.co>').text).toContain('a@b.co');
    expect(decodeSlackText('key for <#C123|marketing>').text).toContain('marketing');
  });

  it('replaces links (and their labels) with a placeholder', () => {
    const d = decodeSlackText('see <https://wiki.example.com/x|the wiki>');
    expect(d.text).toContain('xxurl');
    expect(d.text).not.toContain('wiki');
  });

  it('decodes HTML entities', () => {
    expect(decodeSlackText('R&amp;D &lt;urgent&gt;').text).toBe('R&D <urgent>');
  });

  it('drops special mentions', () => {
    expect(decodeSlackText('<!here> help').text.trim()).toBe('help');
  });

  it('keeps a leading mention that is the subject of the sentence', () => {
    expect(decodeSlackText('<@U024BE7LH> needs a token').mentions).toEqual(['U024BE7LH']);
    expect(decodeSlackText('<@U0BOT> can I get a token').mentions).toEqual([]);
  });
});

/**
 * Values inside Slack formatting (bold, italics, code, mailto, mentions, links, emoji, quotes, struck
 * text, "(edit: …)") read as the values themselves; the bot addressed is never an owner.
 */
describe('slots inside Slack formatting', () => {
  it.each<[string, keyof ParseResult, unknown]>([
    ['key for *marketing* please', 'businessUnit', 'marketing'],
    ['key for _growth_ owner `ana@acme.io`', 'owner', 'ana@acme.io'],
    ["key for sales owner '`bob@acme.io`'", 'owner', 'bob@acme.io'],
    ['key for sales, owner: `"carol@acme.io"`', 'owner', 'carol@acme.io'],
    ['key for ads owner <mailto:dana@acme.io|dana@acme.io>', 'owner', 'dana@acme.io'],
    ['key for ads owner <mailto:dana@acme.io|Dana>', 'owner', 'dana@acme.io'],
    ['key for `data-eng` in *frankfurt*', 'region', 'eu-central-1'],
    ['key for `data-eng` in *frankfurt*', 'businessUnit', 'data-eng'],
    ['token for *2h* :pray:', 'ttlSeconds', 7200],
    ['token for ~8h~ 6h in _tokyo_ :pray:', 'region', 'ap-northeast-1'],
    ['key for sales in *frankfurt*', 'region', 'eu-central-1'],
    ['token for ~4h~ 2h', 'ttlSeconds', 7200],
    ['token in ~tokyo~ seoul', 'region', 'ap-northeast-2'],
    ['rotate ~sales~ marketing key', 'businessUnit', 'marketing'],
    ['<@U0BOTBOT01> key for ops, owner <@U0OWNER001>', 'owner', 'U0OWNER001'],
    ['<@U0BOTBOT01> token for 2h', 'owner', null],
    ['key for :rocket: launchpad-team :rocket:', 'businessUnit', 'launchpad-team'],
    ['see <https://wiki.acme.io/bedrock|the wiki>; key for search please', 'businessUnit', 'search'],
    ['> token for 12h in tokyo\ntoken for 2h please', 'ttlSeconds', 7200],
    ['> token for 12h in tokyo\ntoken for 2h please', 'region', null],
    ['key for *Customer Success* team', 'businessUnit', 'customer-success-team'],
    ['token (edit: 3h)', 'ttlSeconds', 10800],
    ['token for 2h (edit: 4h)', 'ttlSeconds', 14400],
    ['key for sales (edit: sales-ops)', 'businessUnit', 'sales-ops'],
    ['revoke the keys for sales', 'all', true],
    ['revoke all of the sales keys', 'all', true],
    ['revoke the key for sales', 'all', false],
    ['<@U0BOT0001> key for ops, owner <@U0BOT0001>', 'owner', null],
    ['hi <@U0BOT0001>, key for ops owner <@U0BOT0001>', 'owner', null],
    ['hey <@U0BOT0001> can u give <@U0MARIA0001> a token for 1h?', 'owner', 'U0MARIA0001'],
    ['<@U0ANNA0001> needs a token for 2h', 'owner', 'U0ANNA0001'],
    ['<@U0BOT0001> key for ops for <@U0ANA00001>', 'owner', 'U0ANA00001'],
    [
      "<@U0BOT0001> as <@U0ANNA0001> said above, new key for the translation service, she's owner",
      'owner',
      'U0ANNA0001',
    ],
  ])('%j → %s %j', (text, slot, want) => {
    expect(parseRequest(text)[slot]).toEqual(want);
  });
});
