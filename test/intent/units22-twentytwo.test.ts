/**
 * Round twenty-two, units22: which words name the business unit, from round twenty-one's blind files (now
 * tuned-{pharma,automotive,schools}). Sentences of our own, written before the parser's answer was looked at
 * (other units, verbs, word orders, lengths, Slack markup), and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked } from './acted.js';
import { expectNoHang } from './hang-guard.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });

describe('"<Name> (<initials>) needs a key": the initials are the unit, and the text asks for a key', () => {
  reads([
    ['the Drug Safety Office (dso) needs a key', 'create_key', 'dso'],
    ['the Clinical Data Unit (cdu) needs an api key', 'create_key', 'cdu'],
    ['hey, the Special Education Office (seo) needs a key pls', 'create_key', 'seo'],
    ['the Vehicle Data Team (vdt) needs a bedrock key', 'create_key', 'vdt'],
    ['the *Warranty Analytics Desk* (wad) needs a key asap', 'create_key', 'wad'],
  ]);
  // requests whose other reading is right
  reads([['team nimbus needs a new api key', 'create_key', 'nimbus']]);
  // another trade's key, a story, said to a person, told or quoted: never acted on
  nothingAsked([
    'the Drug Safety Office (dso) needs a key to the archive room',
    'the Front Office (fo) needs a key cut for the new door',
    'the Quality Office (qo) needed a key last year, it was a mess',
  ]);
  neverActs([
    'Dave, the Quality Office (qo) needs a key, can you sort it out with facilities?',
    'ops said: the Drug Safety Office (dso) needs a key',
    'does the Pricing Office (po) need a key?',
  ]);
});

describe('Title Case words before pod/team/unit/squad/desk/office/crew are the name', () => {
  reads([
    ['key for the Market Access pod, 30 days', 'create_key', 'market-access-pod'],
    ['new key for the Medical Affairs pod', 'create_key', 'medical-affairs-pod'],
    ['rotate the key of the Brand Insights squad', 'rotate', 'brand-insights-squad'],
    ['api key for the Dealer Network desk, 60 days', 'create_key', 'dealer-network-desk'],
    ['revoke the key for the Fleet Telematics crew', 'revoke', 'fleet-telematics-crew'],
    ['key for the Family Literacy office, 90 days', 'create_key', 'family-literacy-office'],
    ['what did the Health Economics pod spend last month?', 'spend', 'health-economics-pod'],
    ['details for the Supply Planning unit', 'details', 'supply-planning'],
    ['key for the Launch Excellence team, 30 days', 'create_key', 'launch-excellence-team'],
  ]);
  nothingAsked([
    'the Market Access pod had a great quarter',
    'greetings from the Lisbon office',
    "the key for the Market Access pod's fridge is lost",
  ]);
});

describe('"crew" is a group noun, as "team" is', () => {
  reads([
    ['api key for the bus routing crew, 45 days', 'create_key', 'bus-routing-crew'],
    ['new key for the pit lane crew', 'create_key', 'pit-lane-crew'],
    ['rotate the key of the facilities data crew', 'rotate', 'facilities-data-crew'],
    ['api key for the test track crew, 30 days', 'create_key', 'test-track-crew'],
    ['what did the yearbook crew spend last month?', 'spend', 'yearbook-crew'],
    ['the dealer portal crew needs an api key', 'create_key', 'dealer-portal-crew'],
    ['key for the label review crew pls, 60 days', 'create_key', 'label-review-crew'],
  ]);
  nothingAsked([
    'the bus routing crew is out on the road today',
    'the crew lost the key to the van',
    'the film crew needs a key to the gym',
  ]);
});

describe('a system named with a tool noun at its end keeps the tool noun', () => {
  reads([
    ['a key for whoever owns the recall letter generator, api key', 'create_key', 'recall-letter-generator'],
    ['new key for the lesson plan assistant', 'create_key', 'lesson-plan-assistant'],
    ['api key for the dealer faq bot, 90 days', 'create_key', 'dealer-faq-bot'],
    ['rotate the key of the adverse event summariser', 'rotate', 'adverse-event-summariser'],
    ['key for the service manual parser', 'create_key', 'service-manual-parser'],
    ['revoke the keys of the parent letter generator', 'revoke', 'parent-letter-generator'],
    ['a key for whoever runs the label text checker, api key', 'create_key', 'label-text-checker'],
    ['what did the claim narrative summarizer spend last month?', 'spend', 'claim-narrative-summarizer'],
  ]);
  nothingAsked([
    'the recall letter generator is broken again',
    'who has the key for the generator room?',
    'the lesson plan assistant was great today',
  ]);
});

describe('letters spelt one by one after a name join into one word', () => {
  reads([
    ['key for warranty claims n l p, api key, 90 days', 'create_key', 'warranty-claims-nlp'],
    ['new key for drug safety m l', 'create_key', 'drug-safety-ml'],
    ['rotate the key for claims o c r', 'rotate', 'claims-ocr'],
    ['revoke the key for dealer q a', 'revoke', 'dealer-qa'],
    ['key for fleet n l p please', 'create_key', 'fleet-nlp'],
    ['details for trial ops b i', 'details', 'trial-ops-bi'],
  ]);
  nothingAsked(['a b c, easy as that', 'n l p is a big field these days']);
});

describe('"create access for <Title Case name>" asks for a key for that unit', () => {
  reads([
    ['create access for Connected Car Platform', 'create_key', 'connected-car-platform'],
    ['create access for Clinical Data Hub', 'create_key', 'clinical-data-hub'],
    ['create access for Parent Portal Chatbot', 'create_key', 'parent-portal-chatbot'],
    ['please create access for Market Access Analytics', 'create_key', 'market-access-analytics'],
    ['create access for Route Planner', 'create_key', 'route-planner'],
    ['create bedrock access for Vehicle Health Monitor', 'create_key', 'vehicle-health-monitor'],
    ['can you create access for Lesson Builder, 90 days', 'create_key', 'lesson-builder'],
    ['create access for Pharmacovigilance Intake', 'create_key', 'pharmacovigilance-intake'],
  ]);
  nothingAsked(['we created access for Connected Car Platform last year']);
  neverActs([
    'create access for Monday',
    'Dave, can you create access for Route Planner in Jira?',
    'ops said: create access for Connected Car Platform',
  ]);
});

describe('the hyphenated name right after "for" wins over a word of the next clause', () => {
  reads([
    [
      'Hi, the Level 4 robotaxi study is stopped by the board 😢 please shut down everything for adas-l4-study, the team moves to the L2+ program',
      'deprovision',
      'adas-l4-study',
    ],
    [
      'please shut down everything for ota-pilot, the people move to the infotainment team',
      'deprovision',
      'ota-pilot',
    ],
    ['deprovision everything for lunch-menu-bot, the vendor takes over', 'deprovision', 'lunch-menu-bot'],
    ['tear down everything for trial-sim-2, the staff moves to oncology', 'deprovision', 'trial-sim-2'],
    [
      'please revoke the keys for ev-range-study, the team joins the battery group',
      'revoke',
      'ev-range-study',
    ],
    ['rotate the key for exam-grader, the intern leaves friday', 'rotate', 'exam-grader'],
    [
      'shut down everything for adas-l3-pilot, team moves to the ADAS core program',
      'deprovision',
      'adas-l3-pilot',
    ],
    [
      'please remove everything for bus-gps-poc, the district moves to another vendor',
      'deprovision',
      'bus-gps-poc',
    ],
  ]);
  nothingAsked([
    'the team moves to the L2+ program next month',
    'everything for adas-l4-study moves to the archive',
  ]);
});

describe('German function words are never a unit; a hyphenated name is', () => {
  reads([
    ['wie viel hat leasing-desk letzten Monat für bedrock ausgegeben?', 'spend', 'leasing-desk'],
    ['wie viel hat dealer-chat letzten Monat ausgegeben?', 'spend', 'dealer-chat'],
    ['was hat pv-intake im März für bedrock ausgegeben?', 'spend', 'pv-intake'],
    ['wie viel hat die einheit fleet-ops letzten Monat ausgegeben?', 'spend', 'fleet-ops'],
    ['wie viel haben wir für claims-nlp letzten Monat ausgegeben?', 'spend', 'claims-nlp'],
    ['wieviel hat ota-updates diesen Monat ausgegeben', 'spend', 'ota-updates'],
    ['bitte den key für leasing-desk rotieren', 'rotate', 'leasing-desk'],
    ['wie viel hat das team warranty-ml im letzten Monat ausgegeben?', 'spend', 'warranty-ml'],
  ]);
  nothingAsked(['wie viel hat das Mittagessen gekostet?', 'wie viel Uhr ist es?']);
});

describe("Spanish and other words before the unit's name are not part of it", () => {
  reads([
    [
      'Hola, necesitamos una key para el equipo de traducción, unit es family-engagement-office, dueña `lrodriguez@lakeviewusd.org`, por 6 meses',
      'create_key',
      'family-engagement-office',
    ],
    [
      'revocar la access key de la unidad bus-routing por favor, el proveedor ya no trabaja con nosotros',
      'revoke',
      'bus-routing',
    ],
    ['necesitamos una key para el equipo de ventas, unit es sales-ai, por 90 días', 'create_key', 'sales-ai'],
    ['hola, una key por favor, la unidad es parent-portal', 'create_key', 'parent-portal'],
    ['rotar la key de la unidad pv-intake por favor', 'rotate', 'pv-intake'],
    ['revocar la key de la unidad dealer-chat', 'revoke', 'dealer-chat'],
    ['cuánto gastó la unidad fleet-ops el mes pasado?', 'spend', 'fleet-ops'],
    ['una api key para la unidad lunch-menu, 30 días', 'create_key', 'lunch-menu'],
    ['por favor, una key nueva, unit es bus-routing', 'create_key', 'bus-routing'],
  ]);
  nothingAsked(['la unidad de cuidados intensivos está llena', 'la unidad bus-routing tuvo un buen mes']);
});

describe('a story\'s "the X spend review" names no unit for a question that names none', () => {
  reads([
    [
      'what have we spent on bedrock over the last month? the clinical trial spend review is Thursday and someone will ask',
      'spend',
      null,
    ],
    ['how much did we spend on bedrock last month? the marketing spend review is tomorrow', 'spend', null],
    ["what's our bedrock spend this month? finance has the quarterly cost review on Monday", 'spend', null],
    [
      'how much have we spent on bedrock in March? the dealer network spend review is next week',
      'spend',
      null,
    ],
    ['total bedrock spend this month please, the school board budget review is friday', 'spend', null],
    ['what have we spent over the last month? the oncology spend review is Thursday', 'spend', null],
    [
      'what did we spend on bedrock last month? the warranty cost review is tomorrow and someone will ask',
      'spend',
      null,
    ],
    ['how much did we spend on bedrock this month? it is for the IT spend review', 'spend', null],
  ]);
  // the question's own unit stays
  reads([
    ['what did the clinical-trial unit spend last month?', 'spend', 'clinical-trial'],
    ['what did oncology-ml spend last month? the spend review is Thursday', 'spend', 'oncology-ml'],
    ['spend for the marketing team last month', 'spend', 'marketing-team'],
  ]);
  nothingAsked(['the clinical trial spend review is Thursday, bring snacks']);
});

/**
 * Left (written before the parser was asked, not reached in this round's time box; none acted on unless said):
 * - initials in brackets after a name one of whose words reads as premises, everyday or a lab ("the Medical
 *   Information Office (mio)" reads details, "Supplier Quality Office (sqo) … 90 days" everyday, "the
 *   Powertrain Test Lab (ptl)" no unit, "… (sso) needs a key for the enrolment chatbot" not ours, "the Data
 *   Protection Office (dpo) needs its key rotated" unknown): the rules or the classifier read the name's
 *   words before the bracket; "the Drug Safety Office (dso) needs a key" and its like are read;
 * - "revoke the keys for the lunch menu crew": "lunch" is an everyday word, so the text reads unknown;
 * - "api key for student records e t l" (→ student) and "what did supply chain m l spend" (→ chain-ml): the
 *   letters join now, but "records" (a history word) and "supply" (a verb) end or open the name first;
 * - "I need to create access for Parent Portal users in Canvas" reads create_key parent-portal, asked;
 * - "create access for Dave" reads create_key dave and is acted on, as before this round (a person's name
 *   after "create access for"; requests22/person names, not the unit's words).
 */
describe('left: never acted on', () => {
  neverActs([
    'the Medical Information Office (mio) needs a key',
    'Supplier Quality Office (sqo) needs a new key, 90 days',
    'the Powertrain Test Lab (ptl) needs an access key',
    'the Student Services Office (sso) needs a key for the enrolment chatbot',
    'the Data Protection Office (dpo) needs its key rotated',
    'revoke the keys for the lunch menu crew',
    'I need to create access for Parent Portal users in Canvas',
  ]);
});

describe('adversarial texts stay fast', () => {
  it.each([
    'the A B C (abc) needs a key '.repeat(80),
    'create access for '.repeat(110),
    'create access for Aa Bb '.repeat(90),
    'key for a b c d e '.repeat(110),
    'la unidad de la unidad '.repeat(90),
    'unit es '.repeat(250),
    'wie viel hat '.repeat(160),
    'the X Y pod '.repeat(170),
    'the spend review '.repeat(120),
    'everything for a-b, the x '.repeat(80),
    'the a b generator bot '.repeat(90),
  ])('%#', (text) => {
    expectNoHang(() => parseRequest(text.slice(0, 2000)));
  });
});
