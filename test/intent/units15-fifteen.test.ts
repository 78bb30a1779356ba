import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round fifteen (units): the business unit on text nobody tuned on. Sentences written before the
 * parser's answers were looked at, by kind of error, with look-alikes that must not change. Labels follow
 * test/intent/data/README.md ("Units are written as named", "Names said in words", "No unit").
 */
const unitOf = (rows: [string, string | null][]) =>
  it.each(rows)('%j → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit ?? null).toBe(unit);
  });

describe("a client's account or project is read like a project: the noun is dropped", () => {
  unitOf([
    ['rotate the key for the Brennan account', 'brennan'],
    ['create an api key for the Lumalux account, 60 days', 'lumalux'],
    ['what does the nordhavn-shipping account have?', 'nordhavn-shipping'],
    ['revoke all keys of the Castellano client, contract is over', 'castellano'],
    ['how much did the Birchwood account spend in May?', 'birchwood'],
    ['new access key for client project harbor-app', 'harbor-app'],
    ['history for the acme-retail account this week', 'acme-retail'],
    ['create an api key for the ads account', 'ads'],
    ['revoke the key of the risk client', 'risk'],
    ['who rotated keys for the Brennan account last month? client wants to know', 'brennan'],
  ]);
  // Look-alikes: a team noun stays, an account of a tool or a person names no unit.
  unitOf([
    ['rotate the key for the growth team', 'growth-team'],
    ['create an api key for the Pixelwerk team', 'pixelwerk-team'],
    ['rotate the key for the Client Services team', 'client-services-team'],
    ['create a key for the client-portal team', 'client-portal-team'],
    ['please deprovision the Workday account for the contractor who left', null],
    ["token for 2h please, his slack account isn't ready yet", null],
    ['any deepseek models on our account?', null],
    ['the key account list for the DACH region needs an update', null],
    ['service account for hr-assistant please, long term', 'hr-assistant'],
    ['create a key for the customer-360 project', 'customer-360'],
    ["deprov nlp-research, they moved to the university's own AWS account", 'nlp-research'],
  ]);
  it('no look-alike acts', () => {
    expect(acted('please deprovision the Workday account for the contractor who left')).toBe(false);
    expect(acted('the key account list for the DACH region needs an update')).toBe(false);
  });
});

describe('a name of several words: a particle in Title Case, letters said one by one', () => {
  unitOf([
    ['rotate the Quinta do Vale key', 'quinta-do-vale'],
    ['create an api key for the Casa da Musica account', 'casa-da-musica'],
    ['what did Studio van Dijk spend last month?', 'studio-van-dijk'],
    ['revoke the key for Banco de Sol, they left', 'banco-de-sol'],
    ['details for Maison du Pain', 'maison-du-pain'],
    ['rotate the key for n l p lab', 'nlp-lab'],
    ['history for the speech a s r unit this week', 'speech-asr'],
    ['create a key for h r ops please', 'hr-ops'],
    ['what did the m l platform team spend', 'ml-platform-team'],
    ['revoke the key for c r m sync', 'crm-sync'],
  ]);
  // Look-alikes: an article, "do" of a sentence, letters already read.
  unitOf([
    ['details for fraud m l', 'fraud-ml'],
    ['rotate the growth key, do it today', 'growth'],
    ['rotate the key for growth as soon as possible', 'growth'],
    ['Long-term key please, unit should be pixelhaus', 'pixelhaus'],
  ]);
});

describe('words that name no unit alone: how a figure is shown, the whole organisation, others, the story', () => {
  unitOf([
    ['cost breakdown visual-search, past month', 'visual-search'],
    ['cost breakdown for the anthropic models this month', null],
    ['spend breakdown for growth this quarter', 'growth'],
    ['cost breakdown by unit for last month', null],
    ['how much did the whole lab burn on claude last week', null],
    ['what did the whole company spend on bedrock in march', null],
    ['history of key rotations for the whole school this month', null],
    ["revoke the agency's key for checkout-web, we ended the contract", 'checkout-web'],
    ["rotate the partner's key on ads-api, they lost a laptop", 'ads-api'],
    ['create a third key for growth please', 'growth'],
    ['the migration checklist says rotate the key for billing', 'billing'],
    ['revoke bk-22aa91, it was the temporary one for the migration', null],
    ['rotate the key for growth, the client audit is friday', 'growth'],
    ['checklist item 4: deprovision legacy-crm', 'legacy-crm'],
  ]);
  // Look-alikes: real units that hold these words, and English words that are units.
  unitOf([
    ['how much did the search team spend last week', 'search-team'],
    ['what did ads spend this month', 'ads'],
    ['rotate every key for the whole growth team', 'growth-team'],
    ['deprovision the entire platform-eng group', 'platform-eng-group'],
    ['revoke the keys of the whole recsys-v2', 'recsys-v2'],
    ['create a key for agency-creative', 'agency-creative'],
    ['revoke the key for the agency-partners unit', 'agency-partners'],
    ['deprovision old-crm-migration please, the migration is done', 'old-crm-migration'],
    ['what did the customer-insights unit spend last month', 'customer-insights'],
    ['rotate the risk key please', 'risk'],
  ]);
});

describe('an environment in brackets after a name is story: the name reads on as though it were not there', () => {
  unitOf([
    ['what did checkout (staging) spend this week? seems high for a staging env', 'checkout'],
    ['how much did ledger-sync (prod) spend last month', 'ledger-sync'],
    ['what does payments (prod) have?', 'payments'],
    ['rotate the key for cart-svc (prod)', 'cart-svc'],
    ['details for search-api (dev) please', 'search-api'],
    ['revoke the key of billing (staging), it leaked', 'billing'],
    ['create an api key for recs (staging), 30 days', 'recs'],
    ['what did checkout spend this week?', 'checkout'],
  ]);
  // Look-alikes: a bracket that is no environment, a name written with its environment.
  unitOf([
    ["rotate the key for growth (Lena's team)", 'growth'],
    ['rotate the key for billing-api-prod', 'billing-api-prod'],
  ]);
});
