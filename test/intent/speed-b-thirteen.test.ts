import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round thirteen (speed): a reply under a quote that neither corrects the quote nor points back at
 * it is read as the message, without first being parsed on its own (the cheap test of
 * repliesToQuote comes before that parse). What it asks is what the reply asks.
 */
describe('a reply that stands on its own under a quote', () => {
  it.each([
    ['> can someone rotate the growth key?\nlist the units', 'list'],
    ['> the billing key leaked yesterday\nhow do I rotate a key?', 'help'],
    ['> who owns checkout?\nshow the history for payments-api', 'history'],
    ['> token for 2h pls\nwhat models can I use in frankfurt?', 'models'],
    ['> we should revoke the old marketing key\nwhat did search spend last month', 'spend'],
    ['> anyone know why the build failed?\ngive me a token for 3 hours', 'token'],
    ['> ping me when the deploy is done\nwho owns fraud-ml?', 'details'],
    ['> rotate the ads key\nlist my keys please', 'list'],
  ])('%j reads as the reply: %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it.each([
    '> rotate the ads key\nthanks!',
    '> revoke the fraud-ml key\nlol',
    '> deprovision the old analytics unit\ngood morning all',
    '> rotate the search key now\nhaha same',
  ])('%j acts on nothing', (text) => {
    expect(acted(text)).toBe(false);
  });
});

/** Look-alikes: a reply that corrects the quote or points back at it still reads with the quote. */
describe('a reply that corrects or points back at the quote', () => {
  it.each([
    ['> rotate key for card-ops\nsorry, I meant card-disputes', 'rotate'],
    [
      '> we will need the key for geo-routing next sprint\nok then please create it now, 90 days',
      'create_key',
    ],
    ['> the fraud-ml key was pasted in #random\nplease revoke it', 'revoke'],
    ['> revoke the key for tax-reporting\nno, for tax-filing', 'revoke'],
  ])('%j reads as %s, asked about before anything is done', (text, intent) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(acted(text)).toBe(false);
  });

  it('takes the corrected unit from the reply', () => {
    expect(parseRequest('> rotate key for card-ops\nsorry, I meant card-disputes').businessUnit).toMatch(
      /card.disputes/,
    );
  });
});
