import { describe, expect, it } from 'vitest';
import { scanRegions } from '../../src/intent/regions.js';

/**
 * Round fourteen (speed14): scanRegions runs each of its patterns only on a text that has what the
 * pattern needs (a direction, a letter before a digit, a run of letters that opens a description, an
 * airport code or a place). These texts sit at the edges of those tests (names written without their
 * dot, space or bracket, codes glued or said in words, airport codes in and out of a Region's
 * position, look-alikes): each expectation is the answer of main's build before the change.
 */
describe('Region scan gates find what the full scan found', () => {
  it.each([
    ['token in ncalifornia for 2h', ''],
    ['key in n.california', 'us-west-1'],
    ['key in n. california please', 'us-west-1'],
    ['models in n virginia', 'us-east-1'],
    ['key in nvirginia', ''],
    ['models in europe(frankfurt)', 'eu-central-1'],
    ['models in europe (frankfurt)', 'eu-central-1'],
    ['models in europefrankfurt', ''],
    ['token in africacape town', ''],
    ['key in africa (cape town)', 'af-south-1'],
    ['us east (n. virginia) models', 'us-east-1'],
    ['asia pacific(tokyo) key', 'ap-northeast-1'],
    ['rotate use1 key', 'us-east-1'],
    ['token in us-e-1 for 3h', 'us-east-1'],
    ['key for mars-west-1', '!mars-west-1'],
    ['token in ap-moon-1', '!ap-moon-1'],
    ['eu west one token', 'eu-west-1'],
    ['models in us east two', 'us-east-2'],
    ['token in eu_central_1', 'eu-central-1'],
    ['token in euc1', 'eu-central-1'],
    ['token 2h in syd', 'ap-southeast-2'],
    ['the syd team key', ''],
    ['token in fra please', 'eu-central-1'],
    ['token 2h pdx', 'us-west-2'],
    ['the pdx team', ''],
    ['rotate the key for lhr', ''],
    ['token in tokyo', 'ap-northeast-1'],
    ['the tokyo team needs a key', ''],
    ['need a key for newyork', ''],
    ['key for new york team', ''],
    ['models in tel aviv', 'il-central-1'],
    ['token in telaviv', ''],
    ['key in sao paulo', 'sa-east-1'],
    ['north-star key rotate', ''],
    ['the northwest team', ''],
    ['token in us-west-2', 'us-west-2'],
    ['key 42 for growth', ''],
    ['list the units', ''],
    ['h100 cluster key', ''],
    ['gpt4 key for research', ''],
    ['key in zurich2', ''],
  ])('%s → %s', (text, expected) => {
    const found = scanRegions(text)
      .found.map((f) => f.code ?? `!${f.stated}`)
      .join(',');
    expect(found).toBe(expected);
  });
});
