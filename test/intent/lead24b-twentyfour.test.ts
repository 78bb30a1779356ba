/**
 * Round twenty-four's blind files acted on three of their non-requests when first scored; those three texts, and
 * no other, were read, and their kinds fixed with texts of our own: a request struck through as Markdown (~~x~~)
 * is taken back as Slack's ~x~ is; a person mentioned first and asked to make a token because the writer's
 * laptop died is asked, not the bot; a stand-up written as "yesterday / today / doing / blockers" is a report.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';

describe('a request struck through as Markdown (~~x~~) is taken back', () => {
  nothingAsked([
    '~~revoke the search-api key~~ keep it, the pilot got extended',
    '~~rotate growth~~ never mind',
    '~~token 2h~~ got one already',
    '~~deprovision old-chatbot~~',
  ]);
  keeps([
    ['~~rotate growth~~ revoke growth', 'revoke', 'growth'],
    ['rotate ~~sales-ops~~ sales-eng', 'rotate', 'sales-eng'],
    ['rotate the growth key, it was in a ~~private~~ public repo', 'rotate', 'growth'],
  ]);
});

describe("a person asked to make one because the writer's machine is down", () => {
  nothingAsked([
    '<@U0ANA123> can you make me a token for 3h? my laptop died',
    '<@U0ANA123> could you get me a token for 2h, my laptop is dead',
    "<@U0ANA123> can you grab me a key for growth? my macbook won't boot",
  ]);
  it('said to the bot, the same words ask it', () => {
    expect(acted('my laptop died, token for 2h please')).toBe(true);
    expect(parseRequest('<@U0ANA123> can you make me a token for 3h?').intent).toBe('token');
  });
});

describe('a stand-up written as fields is a report', () => {
  neverActs([
    'stand-up:\n- done: door list for friday\n- doing: rotate staff for the bar\n- blockers: safe key missing',
    'yesterday: revoked the old ads key\ntoday: rotate growth\nblockers: none',
    'standup\n- yesterday: fixed the dashboards\n- today: rotate the search key\n- blocked: no',
    'WIP: deprovision old-chatbot\nBlocker: waiting on legal',
  ]);
  keeps([
    ['Unit: growth\nRequest: rotate', 'rotate', 'growth'],
    ['token 2h please, today is demo day', 'token'],
  ]);
});

describe("a box, store or hall that names a unit's office or system is no lock's", () => {
  it.each(['new key for the returns box', 'key for the instrument store, the lock was changed'])(
    '%j is a lock key',
    (text) => {
      expect(acted(text)).toBe(false);
    },
  );
  keeps([
    ['rotate the key for the box-office team', 'rotate', 'box-office-team'],
    ['api key for the store api, 30 days', 'create_key'],
  ]);
});

describe('a lifetime beside a thing of another trade made for a unit asks for no credential (fix24d found it)', () => {
  nothingAsked(['need a rota for the k-9 unit for 8h', 'we need a seating plan for the b-wing team for 2h']);
  keeps([
    ['need a token for the demo for 8h', 'token'],
    ['need access for 8h', 'token'],
  ]);
});

describe("after the retrain: a closing 'ping me', another product's subscription, a thing's models", () => {
  keeps([
    ['rotate the key for growth and ping me', 'rotate', 'growth'],
    ['revoke the ads-bot key & let me know when done', 'revoke', 'ads-bot'],
  ]);
  it('is acted on as it stands, no question', () => {
    expect(acted('rotate the key for growth and ping me')).toBe(true);
  });
  nothingAsked([
    'do we have a Loom subscription the team could share?',
    'is there a Figma licence spare for the new designer?',
    'which models of phone should we buy the field officers?',
  ]);
  keeps([['what model of chatbot should we use for support?', 'models']]);
});

describe('a team named for the wifi is ours (fix24a found it lost)', () => {
  keeps([['create a key for the wifi analytics team', 'create_key', 'wifi-analytics-team']]);
  nothingAsked(['rotate the wifi password for the events team', 'rotate the wifi key for the guest network']);
});

describe('a held token told of as run out or expired is a report (requests24 saw it acted on)', () => {
  nothingAsked(['my token for 2h ran out', 'the token for 4h expired during the board meeting']);
  keeps([
    ['my token for 2h expired, need another', 'token'],
    ['my token for 2h ran out, token for 2h again pls', 'token'],
    ['my token expired, token for 2h please', 'token'],
  ]);
});
