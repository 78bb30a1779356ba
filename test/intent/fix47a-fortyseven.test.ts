/**
 * Round forty-seven, fix47a (tuned-metro, tuned-styles-latam): Latin American Spanish and Spanglish that the parser
 * misread. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a Spanish span looked back over ("hace 2 meses", "en los últimos 14 días", "en lo que va del mes")', () => {
  slots([
    [
      'gasto de pagos-pse hace 2 meses',
      { intent: 'spend', businessUnit: 'pagos-pse', period: { kind: 'month', monthsAgo: 2 } },
    ],
    [
      'historial de ventas-b2b hace 4 meses porfa',
      { intent: 'history', businessUnit: 'ventas-b2b', period: { kind: 'month', monthsAgo: 4 } },
    ],
    [
      'spend de rutas-ia en las últimas 3 semanas',
      { intent: 'spend', businessUnit: 'rutas-ia', period: { kind: 'days', days: 21 } },
    ],
    [
      'cuánto lleva gastado cobros-ia en lo que va del mes?',
      { intent: 'spend', businessUnit: 'cobros-ia', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'cuánto nos costó la IA el mes pasado',
      { intent: 'spend', businessUnit: null, period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  // look-alikes: the trade's own past, told
  nothingAsked([
    'hace 2 meses se dañó el torniquete de Poblado',
    'los últimos 3 días el metrocable estuvo lento',
    'en lo que va del mes llevamos 40 reportes',
  ]);
  neverActs(['cuánto nos costó el almuerzo del equipo?']);
});

describe('a key\'s past asked in Spanish ("qué pasó con el key de x", "quién aprobó la key de x")', () => {
  slots([
    [
      'qué pasó con el key de cobros-ia la semana pasada?',
      { intent: 'history', businessUnit: 'cobros-ia', period: { kind: 'days', days: 7 } },
    ],
    ['quién aprobó la api key de rutas-ia?', { intent: 'history', businessUnit: 'rutas-ia' }],
  ]);
  // look-alikes: a bus's or a rota's past is the trade's
  nothingAsked(['qué pasó con el bus 14 ayer?', 'quién aprobó el turno de diciembre?']);
});

describe('Spanish hours said fondly or in parts ("2 horitas", "un cuarto de hora", "un par de horas")', () => {
  slots([
    ['dame un token por 2 horitas', { intent: 'token', ttlSeconds: 7200 }],
    ['token de un cuarto de hora porfa', { intent: 'token', ttlSeconds: 900 }],
    ['un token de un par de horas pa probar', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: "ahorita" (right now) is no hour; an hour asked of a person is no token
  nothingAsked(['ahorita te paso el reporte', 'me das una horita para revisar el turno?']);
});

describe('Spanish "llamar" (to call) is no model family "llama"', () => {
  slots([
    ['con un token puedo llamar a claude?', { intent: 'help', provider: 'anthropic' }],
    ['con un token puedo llamar a llama?', { intent: 'help', provider: 'meta' }],
  ]);
  nothingAsked(['te llamo en un rato, estoy en la estación', 'la llamada con el proveedor fue a las 3']);
});

describe('how our things work, asked in Spanish ("qué es un token?", "cómo veo el gasto de mi unidad?", "token o api key?")', () => {
  slots([
    ['qué es un token? soy nueva en el CCO', { intent: 'help', topic: 'key-kinds' }],
    ['cómo veo cuánto gastó mi equipo?', { intent: 'help', topic: 'spend', businessUnit: null }],
    ['cómo veo el historial de mi unidad?', { intent: 'help', topic: 'history', businessUnit: null }],
    ['token o api key para el script del tablero?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
  ]);
  // look-alikes: the trade's things asked about
  nothingAsked([
    'qué es un torniquete inteligente?',
    'cómo veo el horario del metrocable?',
    'como máximo llegamos a las 6 al taller',
  ]);
});

describe('a Spanish long-term "llave" for a unit, and a token for "mi compañera <@U…>"', () => {
  slots([
    ['una llave de largo plazo para rutas-ia porfa', { intent: 'create_key', businessUnit: 'rutas-ia' }],
    [
      'token para mi compañero <@U09ABCD1> por 1 hora',
      { intent: 'token', owner: 'U09ABCD1', ttlSeconds: 3600 },
    ],
  ]);
  // look-alikes: a cabinet's key lost, a colleague's token told
  nothingAsked(['la llave de largo plazo del armario de Parque Berrío se perdió']);
  neverActs(['mi compañero <@U09ABCD1> ya tiene token']);
});

describe('Spanish words that end a unit\'s name ("cuando", "porfis")', () => {
  reads([
    ['rota la key de cobros-ia cuando termine el turno', 'rotate', 'cobros-ia'],
    ['detalles de la unidad rutas optimizadas porfis', 'details', 'rutas-optimizadas'],
  ]);
  // look-alike: a train's arrival, asked of a person
  nothingAsked(['cuando llegue el tren 23 me avisas porfis']);
});
