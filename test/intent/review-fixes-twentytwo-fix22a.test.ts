/**
 * Round twenty-two, fix22a: what code review A found in units22's readers (findings 1–7, 9), each finding's
 * texts, sentences of our own that must read the same way, and look-alikes that must not change. Written
 * before the parser's answers were looked at.
 *
 * Left: a Title Case name ending in people with no everyday word in it ("create access for Airport Shuttle
 * Bus Drivers", "please revoke access for Tennis Club Court Members") is still acted on, as at base: the
 * known "create access for Dave" kind (any Title Case name is read as a unit), not units22's everyday rule.
 * Own spend texts first written as "show me the ads spend, meeting at 4" read unknown at base and here
 * (the classifier, not the unit): kept in the "show me the X spend, <meeting> …" shape of the review.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { unitNeedsKey } from '../../src/intent/unit-needs-key.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';
import { expectNoHang } from './hang-guard.js';

/** Each text is carried out as it stands, on the unit given. */
const actsOn = (rows: [string, string, string][]) =>
  it.each(rows)('%j acts', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
    expect(acted(text)).toBe(true);
  });

describe('1. a Title Case name ending in a people noun names people, no unit', () => {
  neverActs([
    'please revoke access for North Car Park Users',
    'deprovision North Car Park Users',
    'rotate the key for North Car Park Users',
    'create a key for North Car Park Users',
    'create access for West Wing Office Cleaners',
    'create access for Grand Hotel Lobby Staff',
    'please create access for Summer Holiday Camp Kids',
    // our own
    'revoke the key for East Campus Parking Visitors',
    'create access for Riverside Flat Tenants',
    'deprovision Main Street Office Residents',
    'create a key for Grand Hotel Lobby Guests',
    'create access for Primary School Gate Parents',
    'create access for Library Study Room Students',
    'rotate the key for City Car Park Workers',
  ]);
  keeps([
    ['create access for Connected Car Platform', 'create_key', 'connected-car-platform'],
    ['create access for payments', 'create_key', 'payments'],
    ['rotate the growth key', 'rotate', 'growth'],
    ['revoke all keys for old-search', 'revoke', 'old-search'],
    ['create a key for the user-research team', 'create_key', 'user-research-team'],
    ['deprovision guest-wifi-analytics', 'deprovision', 'guest-wifi-analytics'],
  ]);
});

describe('2. "llave" is a physical key: a Spanish unit that needs one asks nothing of the bot', () => {
  neverActs([
    'la unidad de mantenimiento necesita una llave para la puerta',
    'necesito una llave para la unidad de cuidados intensivos',
    'la unidad de cuidados intensivos necesita una llave nueva para la farmacia',
    'la unidad de limpieza necesita una llave para el almacén',
    'la unidad de mantenimiento necesita llaves para el garaje',
    // our own
    'la unidad de logística necesita una llave para el garaje',
    'necesito una llave nueva para la unidad de pediatría',
    'la unidad de urgencias perdió la llave del almacén',
    'la unidad de radiología necesita llaves de la oficina',
    'hay que hacer una llave para la unidad de farmacia',
    'la unidad de seguridad necesita una llave para la sala de servidores',
  ]);
  keeps([
    ['rotar la key de la unidad pv-intake por favor', 'rotate', 'pv-intake'],
    ['revocar la key de la unidad dealer-chat', 'revoke', 'dealer-chat'],
    ['una api key para la unidad lunch-menu, 30 días', 'create_key', 'lunch-menu'],
    ['hola, una key por favor, la unidad es parent-portal', 'create_key', 'parent-portal'],
    ['cuánto gastó la unidad fleet-ops el mes pasado?', 'spend', 'fleet-ops'],
    ['rotar la clave de la unidad pv-intake', 'rotate', 'pv-intake'],
  ]);
});

describe('3. unit-needs-key: no bad backtracking on underscores or ampersands', () => {
  const shapes = [
    `${'_'.repeat(2000)} needs a key x`,
    `the ${'a_'.repeat(1000)}a team needs a key x`,
    `the ${'a & '.repeat(500)}a team needs a key x`,
    `the ${'a _ '.repeat(500)}team needs a key x`,
    `${'_ '.repeat(1000)}needs a key x`,
    `the ${'ab_ '.repeat(500)}(abc) needs a key x`,
    `the ${'a* '.repeat(700)}team needs a key x`,
  ];
  it.each(shapes.map((s) => [s.slice(0, 30), s] as const))(
    'unitNeedsKey(%j…) does not hang',
    (_head, text) => {
      expectNoHang(() => unitNeedsKey(text));
    },
  );
  it.each(shapes.slice(1, 4).map((s) => [s.slice(0, 30), s] as const))(
    'parseRequest(%j…) under 1 s',
    (_head, text) => {
      const t0 = performance.now();
      parseRequest(text);
      expect(performance.now() - t0).toBeLessThan(1000);
    },
  );
  keeps([
    ['the Drug Safety Office (dso) needs a key', 'create_key', 'dso'],
    ['the dealer portal crew needs an api key', 'create_key', 'dealer-portal-crew'],
    ['hey, the Special Education Office (seo) needs a key pls', 'create_key', 'seo'],
    ['the *Warranty Analytics Desk* (wad) needs a key asap', 'create_key', 'wad'],
    ['the Clinical Data Unit (cdu) needs an api key', 'create_key', 'cdu'],
    ['the claims_ops team needs a key', 'create_key'],
  ]);
});

describe("4. a unit's need of a key the classifier already reads as a request is carried out", () => {
  actsOn([
    ['team payments needs a key', 'create_key', 'payments'],
    ['the kyc unit needs a key', 'create_key', 'kyc'],
    ['the recsys team needs an api key asap', 'create_key', 'recsys-team'],
    ['the doc-ai team needs an access key', 'create_key', 'doc-ai-team'],
    ['hi, team ocr needs a key', 'create_key', 'ocr'],
    ['the Know Your Customer unit (kyc) needs a key please', 'create_key', 'kyc'],
    ['the Tenant Referencing unit (tref) needs a key', 'create_key', 'tref'],
    ['the Multi-Tiered System of Supports unit (mtss) needs a key', 'create_key', 'mtss'],
    ['the Live Sports Data unit (lsd) needs a key', 'create_key', 'lsd'],
    ['the Residual Value Modelling unit (rvm) needs a key', 'create_key', 'rvm'],
  ]);
  keeps([
    ['the fraud team needs a key', 'create_key'],
    ['team growth needs a new key', 'create_key', 'growth'],
    ['the ads unit needs an api key please', 'create_key'],
    ['the search squad needs a key', 'create_key'],
    ['hey, the billing team needs a key', 'create_key'],
    ['the ml-platform team needs a bedrock key', 'create_key'],
  ]);
  neverActs([
    'the film crew needs a key',
    'the film crew needs a key to the gym',
    'the Drug Safety Office (dso) needs a key to the archive room',
    'ops said: the Drug Safety Office (dso) needs a key',
    'the maintenance team needs a key for the boiler room',
    'the cleaning crew needed a key last year',
    'Dave, the Quality Office (qo) needs a key, can you sort it out with facilities?',
  ]);
});

describe("5. a meeting word after a comma is another clause, not the spend's subject", () => {
  keeps([
    ['show me the payments spend, meeting with the cfo later', 'spend', 'payments'],
    ['show me the payments spend, review tomorrow', 'spend', 'payments'],
    // our own
    ['show me the growth spend, meeting with the cfo later', 'spend', 'growth'],
    ['show me the fraud spend, call with finance tomorrow', 'spend', 'fraud'],
    ['show me the recsys spend, sync tomorrow', 'spend', 'recsys'],
    ['show me the ads spend; review later', 'spend', 'ads'],
    ['show me the ml-platform spend, presentation later', 'spend', 'ml-platform'],
    ['what did oncology-ml spend last month? the spend review is Thursday', 'spend', 'oncology-ml'],
    ['what did the clinical-trial unit spend last month?', 'spend', 'clinical-trial'],
  ]);
  it.each([
    ['how much did we spend on bedrock last month? the marketing spend review is tomorrow'],
    ['total bedrock spend this month please, the school board budget review is friday'],
  ])('%j names no unit', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('spend');
    expect(parse.businessUnit).toBeNull();
  });
  nothingAsked(['the clinical trial spend review is Thursday, bring snacks']);
});

describe('6. initials spelling a name: the everyday words are not named by a loop that never ran', () => {
  neverActs(['new key for the Car Park Office (cpo)', 'the car park office needs a key']);
});

describe('7. "the team moves to <name>" after a request tells a story, the team is no unit', () => {
  it.each([
    ['deprovision adas-l4-study, the team moves to growth-analytics'],
    ['deprovision adas-l4-study, the team moves to growth next month'],
    // our own
    ['revoke all keys for old-search, the team moves to search-v2'],
    ['deprovision legacy-etl, the team moves to data-platform'],
    ['please deprovision trial-sim-2, the team moves to oncology'],
    ['shut down everything for bus-gps-poc, the team moves to routing-v2'],
  ])('%j is not on "moves"', (text) => {
    const parse = parseRequest(text);
    expect(parse.businessUnit).not.toBe('moves');
    if (acted(text)) expect(parse.businessUnit).toBe(text.split(/[ ,]/).find((w) => w.includes('-')));
  });
  neverActs(['the team moves to payments, deprovision it']);
  keeps([
    ['deprovision adas-l4-study, the team moves to the L2+ program', 'deprovision', 'adas-l4-study'],
    ['tear down everything for trial-sim-2, the staff moves to oncology', 'deprovision', 'trial-sim-2'],
    ['key for team sales to use', 'create_key'],
  ]);
  nothingAsked(['the team moves to the L2+ program next month']);
});

describe('9. a unit named "es" is no Spanish "is"', () => {
  keeps([
    ['key for team es por favor', 'create_key', 'es'],
    ['crea una clave para es, 30 dias', 'create_key', 'es'],
    ['hola, una key por favor, la unidad es parent-portal', 'create_key', 'parent-portal'],
  ]);
});
