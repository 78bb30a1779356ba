import { describe, expect, it } from 'vitest';
import { normalizeBusinessUnit } from '../../src/intent/business-unit.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('normalizeBusinessUnit', () => {
  it.each([
    ['Marketing Team', 'marketing-team'],
    ['data_science', 'data-science'],
    ['Production-API', 'production-api'],
    ["Marketing's", 'marketing'],
    ['R&D!', 'rd'],
    ['  --sales--  ', 'sales'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeBusinessUnit(raw)).toBe(want);
  });

  it('returns null when nothing is left', () => {
    expect(normalizeBusinessUnit('!!!')).toBeNull();
  });
});

/**
 * Which word names the unit: the team or system that owns the credential, never a generic word, a
 * time, a place or a word of the story around the request. Several phrasings of each kind.
 */
describe('the business unit a request names', () => {
  it.each([
    [
      "I'm writing on behalf of the legal team. We read the policy. Could you create a Bedrock key for legal-ai please?",
      'legal-ai',
    ],
    [
      'hello, we are the data platform squad. We run a nightly job. could we get a long-term key for it?',
      'data-platform-squad',
    ],
    ['hi, I am on the fraud team. Could we get a permanent key for our scoring service?', 'fraud-team'],
    ['we sit in the payments team, pls create a key for our reconciliation service', 'payments-team'],
    ['the search team is asking me why their job fails. can you show me the details for recsys?', 'recsys'],
    [
      "the marketing team's campaign ends friday, whatever. what keys does growth-marketing have?",
      'growth-marketing',
    ],
    ['access key for the fraud-scoring job (team risk)', 'risk'],
    ['we (team orion) need our own key, 30 days is enough', 'orion'],
    ['long-lived key for the crawler, team search-ranking', 'search-ranking'],
    ['Team Phoenix needs an api key', 'phoenix'],
    ['create a key for the team of Marketing Automation', 'marketing-automation'],
    ['pls make key for team of data science', 'data-science'],
    ['offboard the business unit called Old Marketing', 'old-marketing'],
    ['rotate the key of the unit named Legacy Billing', 'legacy-billing'],
    ['key for the Customer 360 team', 'customer-360-team'],
    ['new key for the web3 team', 'web3-team'],
    ['api key for the quant-research desk', 'quant-research-desk'],
    ['onboard the new Claims Automation unit', 'claims-automation'],
    ['please set up the Sales Automation team with a key', 'sales-automation-team'],
    ["don't wait for monday, rotate the marketing key now", 'marketing'],
    ['rotate the sales key before friday', 'sales'],
    ['delete the previous key for growth after rotation', 'growth'],
    ['key for analytics until the quarterly review', 'analytics'],
    ["revoke the key for ads since tuesday it's leaked", 'ads'],
    ['rev all ads', 'ads'],
    ['revoke all marketing keys', 'marketing'],
    ['rotate every growth key', 'growth'],
    ['need key for service recsys', 'recsys'],
    ['our service kyc-checker needs access to bedrock', 'kyc-checker'],
    ['provision growth', 'growth'],
    ['provision a key for billing-ops', 'billing-ops'],
    ['show changes to recsys', 'recsys'],
    ['log of everything that happened to payments', 'payments'],
    ['hey can u show me what finance has', 'finance'],
    ['show me everything marketing has', 'marketing'],
    ['launching chat-assist next week, need a long-lived key', 'chat-assist'],
    ["we're rolling out doc-summarizer soon and it needs a permanent key", 'doc-summarizer'],
    ['a token for a demo', null],
    ['keys for the weekly export job (team: analytics)', 'analytics'],
    ["the ranking team's crawler needs a key", 'ranking-team'],
    ['the crawler owned by the ranking team needs a key', 'ranking-team'],
    ['key for the invoice-parser service owned by team finance-ops', 'finance-ops'],
    [
      "we're the Payments team. We have a nightly reconciliation job. Can you provision a long-term key?",
      'payments-team',
    ],
    [
      "hey! we're launching the churn-predictor service next week. can you set up long-term creds?",
      'churn-predictor',
    ],
    ['need key for service recsys, owner is me ana@acme.io', 'recsys'],
    ['key for the service billing-api, owner ops@acme.io', 'billing-api'],
    ["don't deprovision growth, just revoke their old access key", 'growth'],
    ['do not offboard the ads team, only rotate their key', 'ads-team'],
    [
      "the marketing team's campaign ends soon and they are done with bedrock after that, but that's their call. for now: what keys does growth-marketing have?",
      'growth-marketing',
    ],
    ["the search folks said they're fine after that, whatever. what does recsys have?", 'recsys'],
    ['revoke all keys payments', 'payments'],
    ['rotate key marketing', 'marketing'],
    ['revoke keys growth pls', 'growth'],
    ['revoke all the keys everywhere, we are compromised', null],
    ['key for growth exp 30d', 'growth'],
    ['key for ads, exp 90 days', 'ads'],
    ['create key bu:growth days:30 owner:ana@acme.io', 'growth'],
    ['create key --bu growth --days 30', 'growth'],
    ['rotate the key for the crawler of team ranking', 'ranking'],
    ['our crawler needs a key, we are team ranking', 'ranking'],
    ['key for the data-eng team :pray:', 'data-eng-team'],
    ['sorry for the delay, the meeting in frankfurt took 3 hours', null],
    ['thanks for the quick help, key for ads please', 'ads'],
  ])('%s → %s', (text, want) => {
    expect(parseRequest(text).businessUnit).toBe(want);
  });
});

/** Requests written like a command line, in other languages, or naming the unit explicitly. */
describe('the unit in parameters, other languages and explicit names', () => {
  it.each([
    ['create_key bu=search-api kind=api-key exp=90', 'search-api'],
    ['/bedrock create-key -bu risk-engine -kind api', 'risk-engine'],
    ['/bedrock key --team=mobile-apps --type=access-key', 'mobile-apps'],
    ['/bedrock rotate growth --force', 'growth'],
    ['/bedrock show vega --json', 'vega'],
    ['/bedrock details --unit billing-v2 -y', 'billing-v2'],
    ['necesitamos una key para el equipo `latam-sales`, por 6 meses, gracias', 'latam-sales'],
    ['Wir brauchen einen key f\u00fcr team Einkauf, bitte f\u00fcr 6 Monate', 'einkauf'],
    ["nous avons besoin d'une key pour l'equipe finance-fr, merci", 'finance-fr'],
    ['new apikey svc recsys 180d', 'recsys'],
    ['Security incident, details in #sec-incident-42. Revoke AKIA9LEAKEDKEY000042 immediately.', null],
    ['the ml-infra unit needs an access key for the model-training cluster', 'ml-infra'],
    ['we need a key for the reporting dashboard, the bi-core unit owns it', 'bi-core'],
    ['please set up an API key for the HR chatbot project. Name it hr-assistant. Thanks!', 'hr-assistant'],
    ['a key for our new summarizer, call it doc-sum please', 'doc-sum'],
    ['Could our Compliance team get long-term access? Unit: compliance-qa, owner me', 'compliance-qa'],
    ['Could the Investor Relations team get a key? (team: investor-relations)', 'investor-relations'],
    ['key for tem sentinel', 'sentinel'],
    ['new key for team kestrel i mean team falcon', 'falcon'],
    ['what keys has the team logistics and when do they expire', 'logistics'],
    ['how many access keys has checkout', 'checkout'],
    ['how many keys have payments', 'payments'],
    ['what changed on team falcon this week', 'falcon'],
    ['long-term key growth 30d', 'growth'],
    ['api key growth 1y', 'growth'],
    ['the ads team migrated on tuesday, all fine. now the recsys service needs its own key', 'recsys'],
  ])('%s → %s', (text, want) => {
    expect(parseRequest(text).businessUnit).toBe(want);
  });
});

/**
 * A name given as the unit's wins over the prose around it: in brackets after a unit or team word,
 * after a key ID or "we"; after the word "unit"; after "team is" / "unit should be".
 */
describe('names given as the unit win over prose names', () => {
  it.each([
    ['please create a key for the Claims Handling unit (claims-hx), 60 days', 'claims-hx'],
    ['new long-term key for our Loyalty department (loyalty-eu)', 'loyalty-eu'],
    ['revoke AKIA3EXAMPLEKEY00007 (bookings) today', 'bookings'],
    ['do we (payroll) have a key yet?', 'payroll'],
    [
      'we (retail apps) run a nightly batch. create an access key for unit shelf-planner please',
      'shelf-planner',
    ],
    ['Hi, a key for the unit we call "Pricing Lab" (pricing-lab in the org chart) please', 'pricing-lab'],
    ['please rotate the keys of unit card-ops, the laptop was stolen', 'card-ops'],
    ['we need a key for the onboarding portal. the team is hr-tools', 'hr-tools'],
    ['key for our reporting job pls, the unit should be fin-reports', 'fin-reports'],
    ['offboard the unit mobile-legacy, everyone moved to the app org', 'mobile-legacy'],
  ])('%s → %s', (text, want) => {
    expect(parseRequest(text).businessUnit).toBe(want);
  });

  it('keeps a hyphenated name whole ("-svc" is part of it, not the word "service")', () => {
    expect(parseRequest('api key for search-svc, 90 days').businessUnit).toBe('search-svc');
    expect(parseRequest('new apikey svc billing 30d').businessUnit).toBe('billing');
  });
});

/**
 * No unit is made of a word that names none: a contraction, a ticket reference, a hyphenated English
 * word, a signature, "AI" in general, a person's or a stranger's possessive.
 */
describe('words that never name a unit', () => {
  it.each([
    ["I'd like a token for two hours to try the summariser"],
    ["We'd need a token for 1h to test the new prompts"],
    ['rotate AKIA3EXAMPLEKEY00009 now, see the ticket (CHG-20451)'],
    ['revoke ACCA3EXAMPLEKEY00011 please, ref INC-4412'],
    ['revoke AKIA3EXAMPLEKEY00013, it was shown at the all-hands'],
    ['how much did we spend on AI in total last month?'],
    ["rotate AKIA3EXAMPLEKEY00015 please, it leaked in the contractor's Confluence page"],
    ["Priya's team shipped the new search today, well done!"],
    ['Dear bot, please revoke AKIA3EXAMPLEKEY00017. Kind regards, Treasury Ops'],
  ])('%s → no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });

  it('a possessive of a team or of what owns a credential still names the unit', () => {
    expect(parseRequest("rotate the billing-core team's key").businessUnit).toBe('billing-core-team');
    expect(parseRequest("rotate checkout's access key please").businessUnit).toBe('checkout');
  });

  it('a unit named after a signature is still found ("… unit. Regards, X")', () => {
    expect(
      parseRequest('Please deprovision the events-2024 business unit. Regards, Office of the CTO')
        .businessUnit,
    ).toBe('events-2024');
  });
});

/** A unit renamed later in the message: the name after the correction is the unit. */
describe('a unit renamed in the same message', () => {
  it.each([
    ['key for the search-infra team — I meant search-core, sorry', 'search-core'],
    ['rotate the billing key. actually I meant the billing-eu one', 'billing-eu'],
    ['revoke the maps-api key — hm no, the maps-tiles key', 'maps-tiles'],
    ['please revoke the crm-sync key, no sorry, the crm-export key', 'crm-export'],
    ['rotate key for kiosk-eu, no, for kiosk-us', 'kiosk-us'],
    ['rot ledger-v1, no wait, rot ledger-v2', 'ledger-v2'],
    ['Please rotate the claims key. Sorry, not claims - I meant the claims-intake unit.', 'claims-intake'],
  ])('%s → %s', (text, want) => {
    expect(parseRequest(text).businessUnit).toBe(want);
  });

  it("a name given as the unit in a story sentence wins over the request's prose name", () => {
    expect(
      parseRequest(
        "The claims intake team needs a key for their triage service. They're called intake-ops in the org chart.",
      ).businessUnit,
    ).toBe('intake-ops');
  });
});

/** Smaller kinds of where the unit stands. */
describe('the unit in questions, history commands and "Group X" names', () => {
  it.each([
    ['Please create a key for the Group Marketing unit, 90 days', 'group-marketing'],
    ['We are Group Logistics (unit name logistics). Long-term key please, 1 year.', 'logistics'],
    ['can billing-eu get a key for their invoice parser?', 'billing-eu'],
    ['please revoke the key of the contractors unit', 'contractors'],
    ['key for the Offboarding Team please, 30 days', 'offboarding-team'],
    ['history payroll-sync', 'payroll-sync'],
    ['hist ledger 30d', 'ledger'],
    ['when was ledger-api last rotated?', 'ledger-api'],
  ])('%s → %s', (text, want) => {
    expect(parseRequest(text).businessUnit).toBe(want);
  });

  it('"it" after a negated clause is the unit named in it', () => {
    expect(parseRequest("please don't rotate the kiosk-eu key - revoke it.").businessUnit).toBe('kiosk-eu');
    expect(parseRequest("don't revoke the ledger-api key, rotate it please").businessUnit).toBe('ledger-api');
  });

  it.each([
    ['the owner of the bakery downstairs gave us free cookies'],
    ['who has the key for the bike room? I left my helmet there'],
    ["I'd need something to call claude for roughly an hour"],
  ])('everyday places and things name no unit: %s', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });

  it.each([
    ['how much did we spend on bedrock in October? I need it for the quarterly forecast deck'],
    ['For anything urgent while I am away please contact the data-platform team.'],
    ['token for 1h please, I want to show the finance team how the summaries look'],
  ])('a purpose, or people one talks to or shows something, name no unit: %s', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });

  it('a token never carries a unit, even when the story names a team', () => {
    const r = parseRequest(
      'I am from the team of billing, my colleague said to ask here. Please token for me 2 hour',
    );
    expect(r.intent).toBe('token');
    expect(r.businessUnit).toBeNull();
  });

  it('out of office: a team to contact is no key request', () => {
    const r = parseRequest(
      'Out of office until Monday. For Bedrock questions please contact the ml-ops team.',
    );
    expect(r.businessUnit).toBeNull();
    expect(['create_key', 'token', 'rotate', 'revoke', 'deprovision']).not.toContain(r.intent);
  });

  it('a corporate "Group X" that signs a message is no unit', () => {
    expect(
      parseRequest('Hello, Group Risk here. Please rotate AKIA3EXAMPLEKEY00019 right away.').businessUnit,
    ).toBeNull();
  });
});

describe('an emoji between words ends the story clause before the unit', () => {
  // Once a known gap: an emoji used as a full stop did not end the story, so "team ocr" was read as
  // part of it. Between two words an emoji now reads as a comma (prepare.ts), not a sentence end
  // ("my token expired 😩 new one for 3 hours" stays one request).
  it('our key was in a screenshot on confluence :scream: team ocr, pls rotate → ocr', () => {
    expect(
      parseRequest('our key was in a screenshot on confluence :scream: team ocr, pls rotate').businessUnit,
    ).toBe('ocr');
  });
});
