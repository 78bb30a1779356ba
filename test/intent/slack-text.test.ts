import { describe, expect, it } from 'vitest';
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
