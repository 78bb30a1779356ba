import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

/**
 * Round twelve: names of systems and teams that no training author used (each author invents its
 * own). The classifier drops features seen in fewer than two authors' files (SETTINGS.minFiles), so an
 * unseen name weighs nothing and the request reads by its verbs; masking such names as one placeholder
 * word was measured leave-one-author-out and not shipped (scripts/intent-training.mjs).
 */
describe('a request naming an invented system reads by its verbs', () => {
  it.each([
    ['rotate the key for lantern-etl please', 'rotate', 'lantern-etl'],
    ['can you revoke the access key for quokka-api', 'revoke', 'quokka-api'],
    ['new api key for ferris-wheel, 60 days', 'create_key', 'ferris-wheel'],
    ['please deprovision tidepool-staging, the project ended', 'deprovision', 'tidepool-staging'],
    ['what keys does nimbus-forecast have?', 'details', 'nimbus-forecast'],
    ["please rotate marmot-ingest's key, it leaked", 'rotate', 'marmot-ingest'],
    ['revoke the key for hollow-pine, the contractor left', 'revoke', 'hollow-pine'],
    ['rotate key for puffin-relay', 'rotate', 'puffin-relay'],
    ['create a long-term key for kestrel-sync please', 'create_key', 'kestrel-sync'],
  ])('"%s" → %s for %s', (text, intent, unit) => {
    expect(parseRequest(text)).toMatchObject({ intent, businessUnit: unit });
  });
});

/** Look-alikes: the same invented names in texts that ask us nothing. */
describe('an invented name in a text that asks nothing does not act', () => {
  it.each([
    'lantern-etl rotated its key yesterday, all good now',
    'fyi quokka-api is down again, the vendor is on it',
    'the tidepool-staging team said they will rotate their own keys next week',
    'ferris-wheel got its new api key last month, thanks all',
    'hollow-pine was deprovisioned in march, nothing to do',
    'kestrel-sync is our new pipeline, launching next quarter',
    "don't rotate the puffin-relay key, it's fine",
  ])('"%s"', (text) => {
    expect(acts(parseRequest(text))).toBe(false);
  });
});
