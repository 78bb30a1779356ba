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
