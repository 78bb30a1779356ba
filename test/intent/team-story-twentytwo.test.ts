/**
 * Round twenty-two, the lead's sweep: a team that opens a clause of its own after a comma and tells what it
 * did ("revoke all keys for old-search, the search team moved to search-v2") is story; the named unit asked
 * for before it is the request's (every key of search-team was revoked). A team said to own it stays the
 * owner rule's ("…, the recsys team is the owner").
 */
import { describe } from 'vitest';
import { exactly } from './acted.js';

describe('a team telling its story after a comma is not the unit asked for', () => {
  exactly([
    {
      text: 'revoke all keys for old-search, the search team moved to search-v2',
      intent: 'revoke',
      businessUnit: 'old-search',
      all: true,
    },
    {
      text: 'rotate the key for old-search, the search team moved to search-v2',
      intent: 'rotate',
      businessUnit: 'old-search',
    },
    {
      text: 'revoke the key for chat-bot, the support team has a new one',
      intent: 'revoke',
      businessUnit: 'chat-bot',
    },
    {
      text: 'please deprovision legacy-ocr, the documents team switched to textract',
      intent: 'deprovision',
      businessUnit: 'legacy-ocr',
    },
    {
      text: 'revoke the pricing-v1 key, our pricing team already migrated',
      intent: 'revoke',
      businessUnit: 'pricing-v1',
    },
  ]);
});

describe('a team in a clause of reasons is not the unit asked for', () => {
  exactly([
    {
      text: 'rotate the key for ads-ml since the ads team leaked it',
      intent: 'rotate',
      businessUnit: 'ads-ml',
    },
    {
      text: 'revoke keys for fraud-v1 now that the fraud team runs fraud-v2',
      intent: 'revoke',
      businessUnit: 'fraud-v1',
      all: true,
    },
    {
      text: 'please rotate recsys key, the ml team shared it in a notebook',
      intent: 'rotate',
      businessUnit: 'recsys',
    },
    {
      text: 'revoke the doc-ai key because the docs team posted it on the wiki',
      intent: 'revoke',
      businessUnit: 'doc-ai',
    },
  ]);
});

describe('a team said to own it, or asked for itself, keeps its reading', () => {
  exactly([
    {
      text: 'create a key for recsys-v2, the recsys team is the owner',
      intent: 'create_key',
      businessUnit: 'recsys-team',
    },
    { text: 'create a key for the search team', intent: 'create_key', businessUnit: 'search-team' },
    {
      text: 'the search team moved to search-v2, please create a key for them',
      intent: 'create_key',
      businessUnit: 'search-team',
    },
  ]);
});
