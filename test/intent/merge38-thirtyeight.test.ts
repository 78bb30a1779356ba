/**
 * Round thirty-eight, the merge of its fixers: where one fixer's kind read another's texts wrong, fixed with its
 * look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { reads } from './acted.js';

describe('a dictated name ending in a deployment word: only after our command or a key\'s "for"', () => {
  it.each([
    'regenerate the snapshot for the models dropdown test, the order changed again',
    'book the room for the load balancer test',
  ])('%j names no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
  reads([
    ['deprovision wave buoy feed test', 'deprovision', 'wave-buoy-feed-test'],
    ['revoke the key for kelp map viewer test', 'revoke', 'kelp-map-viewer-test'],
  ]);
});
