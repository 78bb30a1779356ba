/**
 * Round fifty-seven, the lead's leftovers from round fifty-six's Spanish: "ármame una key" (Southern Cone "make me
 * one", spanish-verbs.ts), "una key para X" asked with no verb (spanish-verbs.ts's trigger), a week or a month said
 * without a number in Spanish, Portuguese, Italian and French (romance-asks.ts), and the Spanish months and model
 * names now shared by the glossary and the questions' reader (spanish-months.ts, iberian-words.ts's IBERIAN_MODEL).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, reads, slots } from './acted.js';

describe('"ármame" / "armame" / "me armás": a credential made for the one asking', () => {
  reads([
    ['ármame una key para `pagos-web` porfa', 'create_key', 'pagos-web'],
    ['armame una api key para cobranzas-cl', 'create_key', 'cobranzas-cl'],
    ['che, armanos una key para turnos-app que la necesitamos hoy', 'create_key', 'turnos-app'],
    ['me armás un token de 2 horas?', 'token', null],
  ]);
  slots([['armame un token de 3 horas', { ttlSeconds: 10_800 }]]);
});

describe('"armar" without "me"/"nos" builds something else, and is never acted on', () => {
  neverActs([
    'armamos el equipo para el torneo del viernes',
    'hay que armar la lista de invitados',
    'la arma del juego nuevo tiene una key secreta jaja',
    'ya armé el tablero de costos, quedó lindo',
  ]);
});

describe('the noun alone, asked in Spanish ("una key para X") marks the text as Spanish (spanish-verbs.ts)', () => {
  reads([
    ['una key para pagos-web', 'create_key', 'pagos-web'],
    ['una api key para reservas-pe que va a correr en Frankfurt', 'create_key', 'reservas-pe'],
    ['un token para hoy en la tarde', 'token', null],
  ]);
  slots([['una key para pagos-web, el servicio va a correr en Frankfurt', { region: 'eu-central-1' }]]);
  neverActs([
    'una llave para la bodega',
    'un token para el metro, alguien tiene?',
    'una clave para el wifi?',
  ]);
});

describe('a week or a month said in words sets the lifetime (and a token of a week is refused for it)', () => {
  it('a token for "una semana" is read with its week, not acted on as a token of the default lifetime', () => {
    const parse = parseRequest('token por una semana nomás');
    expect(parse.intent).toBe('token');
    expect(parse.problems?.map((p) => p.slot)).toEqual(['ttlSeconds']);
  });
  it('"uma semana" in Portuguese and "une semaine" in French, the same', () => {
    for (const text of ['preciso de um token por uma semana', 'un token pour une semaine svp']) {
      const parse = parseRequest(text);
      expect(parse.intent).toBe('token');
      expect(parse.problems?.map((p) => p.slot)).toEqual(['ttlSeconds']);
    }
  });
  slots([
    ['necesito una key para pagos-web que dure un mes', { businessUnit: 'pagos-web', expiryDays: 30 }],
    ['clé api pour un mois pour crm-fr', { businessUnit: 'crm-fr', expiryDays: 30 }],
  ]);
});

describe('Spanish months and model names, read from one list each', () => {
  slots([
    ['tokens emitidos a correo en noviembre', { period: { kind: 'named-month', month: 11, year: null } }],
    ['cuánto se gastó en IA en setiembre?', { period: { kind: 'named-month', month: 9, year: null } }],
    ['historial de la key de ventas-cl en enero', { period: { kind: 'named-month', month: 1, year: null } }],
  ]);
  reads([
    ['tienen anthropic habilitado?', 'models', null],
    ['¿está disponible claude sonnet?', 'models', null],
  ]);
  neverActs(['la factura de enero de la luz llegó carísima']);
});

describe('a quarter as the period of a spend or history question, in English and the Romance languages', () => {
  slots([
    [
      'how much did we spend on bedrock this quarter?',
      { intent: 'spend', period: { kind: 'quarter', quartersAgo: 0 } },
    ],
    [
      'what did growth-ml cost last quarter',
      { businessUnit: 'growth-ml', period: { kind: 'quarter', quartersAgo: 1 } },
    ],
    [
      'who created keys for payments in Q3',
      { intent: 'history', period: { kind: 'named-quarter', quarter: 3, year: null } },
    ],
    ['Q2 2026 spend for growth', { period: { kind: 'named-quarter', quarter: 2, year: 2026 } }],

    [
      'dépenses bedrock de crm-fr ce trimestre',
      { intent: 'spend', businessUnit: 'crm-fr', period: { kind: 'quarter', quartersAgo: 0 } },
    ],
    [
      'quanto abbiamo speso in IA il trimestre scorso?',
      { intent: 'spend', period: { kind: 'quarter', quartersAgo: 1 } },
    ],
  ]);
  it('a quarter told of in a story is no sign of a spend request: the token asked after it is the request', () => {
    const parse = parseRequest('our cloud spend is under review this quarter; still, a token for 2h please');
    expect([parse.intent, parse.ttlSeconds, parse.period]).toEqual(['token', 7200, null]);
  });
  it('a quarter naming a piece of work is no period, and a token never carries one', () => {
    expect(parseRequest('token for 2 hours for the Q3 launch').period).toBeNull();
    expect(parseRequest('finance are doing the Q3 accruals, spend for September please').period).toEqual({
      kind: 'named-month',
      month: 9,
      year: null,
    });
  });
});
