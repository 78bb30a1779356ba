import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

const intentOf = (text: string): string => parseRequest(text).intent;

/**
 * Round eleven, the help/unknown line: a question put to the bot about the bot and our credentials
 * is help; a question about another tool's access, another process's approval, or put to people is
 * unknown. Each kind has look-alikes that must stay where they are.
 */
describe('help or unknown, round eleven', () => {
  it.each([
    'who do I ask for Miro access for a new hire?',
    'how long does a PO approval usually take in SAP Ariba?',
    'how long does the travel approval take for the bedrock summit in Berlin?',
    'our intern needs Lucidchart access from Monday, who should I ask?',
    'is there a spare Adobe licence somewhere?',
    'do we have a Loom subscription the team could share?',
    'who do I chase for my Tableau licence?',
    'how long does hardware approval take for a second monitor?',
    'does anyone have a Canva seat I could borrow for the bedrock launch slides?',
  ])('"%s": access, a licence or an approval of another thing is unknown', (text) => {
    expect(intentOf(text)).toBe('unknown');
  });

  it.each([
    ['who approves key requests?', 'help'],
    ['how long does approval take for a bedrock key?', 'help'],
    ['I need bedrock access for our new designer, who do I ask?', 'help'],
    ['who approves access to claude?', 'help'],
  ])('"%s" stays %s (the access or approval is ours)', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('put to people or to the bot, round eleven', () => {
  it.each([
    'quick poll: who still uses access keys?',
    'folks, straw poll for the offsite: short tokens or long-term keys?',
    'question for the team: do you rotate your keys monthly or only when asked?',
    'show of hands, who has a long-term key for their pipeline?',
    'Q for the channel: how long do your tokens usually last before you ask again?',
    'not for the bot, just curious: does anyone here use claude 3?',
    '<@U07KAI01> is your token still working?',
    '<@U07KAI01|kai> same for you? my key is dead too',
    '> <@U0BEDROCK1> rotate the ads key\n<@U05ANA001> why rotate and not revoke? just curious',
    '> <@U0BEDROCK1> token 4h\n<@U05ANA001> did that work for you?',
  ])('"%s": asked of the people in the channel, unknown', (text) => {
    expect(intentOf(text)).toBe('unknown');
  });

  it.each([
    ['poll results are in, token 2h please', 'token'],
    ['> <@U0LEAD0001>: can someone rotate the ads key?\n<@U0BEDROCK1> rotate the key for ads', 'rotate'],
    ['> <@U0BEDROCK1> token 2h\n<@U0BEDROCK1> make it 4h', 'token'],
    ['which is better, short tokens or long-term keys?', 'help'],
  ])('"%s" stays %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each([
    '<@U0BEDROCK1> hello?? anyone home',
    '<@U0BEDROCK1> hi? are you there?',
    '<@U0BEDROCK1> hello? anybody in there',
    '/bedrock hey? you awake',
    '<@U0BEDROCK1> yo? u alive?',
  ])('"%s": the bot knocked on asks for its help', (text) => {
    expect(intentOf(text)).toBe('help');
  });

  it.each([
    'hello?? anyone home',
    'hi all, anyone around?',
    '<@U0BEDROCK1> thanks!',
    '<@U02LUCAS1> hey, you around?',
  ])('"%s" stays unknown (greets the channel, thanks, or a colleague)', (text) => {
    expect(intentOf(text)).toBe('unknown');
  });
});
