/**
 * Round thirty-three, fix33a: non-requests the parser read as help or a read, or as a change it then asked about:
 * remarks to colleagues and questions about the company's own other things. Sentences of our own of each kind, and
 * the near ones that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs, nothingAsked } from './acted.js';

describe("approval of the trade's own things, nothing of ours named, is nothing asked (others-approval.ts)", () => {
  nothingAsked([
    'claim payout approval for CL-20931 — who signs off above 500 euro?',
    'the approval flow for damage claims over 1000 euro now goes via the claims lead',
    'our approval process for events is so slow, 3 weeks for a bake sale',
    'We still need approval from the estate before the remaster goes out',
    'refund approval for order 5512, who signs off over €200?',
    'the approval process for school visits is a nightmare this term',
    'we need sign-off from the council before the mural goes up',
  ]);
  // look-alikes: the approval of our keys, tokens and requests stays help
  it.each([
    'who approves key requests?',
    'how long does approval usually take?',
    'is there an approval step for rotate, or does it go through straight away?',
    'my key request needs approval from my lead, who do I chase?',
    'how long do approvals usually take? conference deadline is Friday',
  ])('%j is help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
  neverActs(['we need approval from finance before the bedrock key for the claims bot is created']);
});

describe('a Polish physical key asked after or lost is no credential (lost-key-abroad.ts)', () => {
  nothingAsked([
    'kto ma klucz do busa 17? stoi zamknięty pod magazynem',
    'kto ma klucz do magazynu w archiwum?',
    'zgubiłem klucz do szafki, ktoś widział?',
    'kto ma klucze do biura na weekend?',
  ]);
  // look-alikes: a key of ours in Polish, and an English request, keep their reading
  keeps([['rotate the magazyn-sync key', 'rotate', 'magazyn-sync']]);
  neverActs(['kto ma klucz API do bedrocka dla zespołu growth?']);
});

describe('models of a product the trade stocks are not ours (others-things.ts MODELS_STOCKED)', () => {
  nothingAsked([
    'which models of turntable are we stocking for the Christmas bundle?',
    'what models of scanner do we stock for the branches?',
  ]);
  keeps([
    ['which models can we use in eu-west-1?', 'models'],
    ['what models of claude do you support?', 'models'],
  ]);
});

describe('spend on goods bought, or a bill told as it went, asks nothing (spend-elsewhere.ts)', () => {
  nothingAsked([
    'how much did we spend on the Summer Reading Challenge prizes last year?',
    'what did we spend on catering for the launch party?',
    "last month's bedrock bill was fine btw, finance said thanks",
    'the AI bill was totally normal this month, finance said thanks',
  ]);
  keeps([
    ['how much did we spend on bedrock last month?', 'spend'],
    ['what did growth spend last month?', 'spend', 'growth'],
    ['spend for marketing last month', 'spend', 'marketing'],
    ['last month the bill was fine but can you show bedrock spend for growth this month?', 'spend', 'growth'],
  ]);
});

describe("a label's, a streaming service's or a courier's history is not ours (rules.ts OTHER_HISTORY)", () => {
  nothingAsked([
    "who's writing the label history for the 30th anniversary booklet?",
    'her streaming history shows 40% of plays from Brazil, worth a São Paulo show?',
    'the delivery history for that address shows three failed drops',
    "the borrowing history of the branch's card holders is in the LMS",
  ]);
  keeps([
    ['history for growth last week', 'history', 'growth'],
    ['show me the key history for the label-ops team', 'history', 'label-ops-team'],
  ]);
});

describe("the trade's regions, and a song's key named by its title, are not ours (trade-regions.ts, not-ours.ts)", () => {
  nothingAsked([
    'what region does the new Latin America promo team cover, is Mexico in it too?',
    'which regions does the north depot serve these days?',
    'shipping regions are UK and Ireland only for now',
    'release regions for the EP: UK, Ireland, Germany, Australia. US waits two weeks',
    'tour regions for the spring: Benelux, Nordics. Japan waits 3 weeks',
    "what key is 'Harbour Lights' in? I hear E but the demo sounds more like F",
    'what key is "Slow Tide" in? the band wants charts',
  ]);
  keeps([
    ['token in eu-west-1 for 2h', 'token'],
    ['we ship to the UK and Ireland. token in eu-west-2 for 2h please', 'token'],
  ]);
  it.each([
    'which regions does bedrock cover?',
    'which region is the bot running in?',
    'what key is the growth team using?',
  ])('%j is still asked of the bot', (text) => {
    expect(parseRequest(text).intent).not.toBe('unknown');
  });
});

describe('who owns what, told for information, asks nothing (ownership-told.ts)', () => {
  nothingAsked([
    'fyi Nadia is the owner of care-drafts now, Tomás handed it over',
    'who owns what, fyi:\nunit | owner\nmerch-desc | kofi\ndemo-triage | maya\nlyric-translate | rika',
    'heads up: Omar took over route-planner from Jess last week',
  ]);
  // look-alikes: the owner asked for or changed, details asked
  keeps([
    ['fyi Nadia owns care-drafts now, please update the owner to nadia@corp.com', 'details'],
    ['who is the owner of care-drafts?', 'details', 'care-drafts'],
    ['details for care-drafts', 'details', 'care-drafts'],
  ]);
});

describe('a choice weighed for the team, opinions asked last, is put to the channel (rules.ts opinionsAsked)', () => {
  nothingAsked([
    "is it better that we get our own key from the bot or keep borrowing the claims desk's one? what do you all think",
    'would it be better to share one token per shift or each get our own? thoughts?',
  ]);
  // look-alikes: asked of the bot, no opinions asked
  it('"is it better to use a token or an api key for a cron job?" stays help', () => {
    expect(parseRequest('is it better to use a token or an api key for a cron job?').intent).toBe('help');
  });
});
