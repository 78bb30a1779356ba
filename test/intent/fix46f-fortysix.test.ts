/**
 * Round forty-six, fix46f (tuned-styles-latam): Latin American Spanish and Spanglish typed on a phone. A request taken
 * back after a pause ("… mejor no", "… pensándolo bien no") and a token asked in theory and not needed yet ("en teoría
 * … no lo necesito todavía") are read as English reads "better not", "on second thought" and "in theory".
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a Spanish request taken back after a pause is not acted on', () => {
  nothingAsked([
    'rota el key de cobranza... mejor no, mañana lo vemos',
    'revoca el key de pagos-mx... pensándolo bien no, lo usa producción',
    'token de 3 horas... pensandolo bien no',
  ]);
  neverActs(['en teoria me das un token de 11 horas? no lo necesito aun']);
  slots([
    ['en teoria me das un token de 11 horas? no lo necesito aun', { intent: 'help', topic: 'limits' }],
    // look-alikes: "mejor" before a value corrects it; "mejor no" before a verb is advice, the request stands
    ['token de 4h, no, mejor 5h', { intent: 'token', ttlSeconds: 18000 }],
    ['token de 2 horas porfa, mejor no arriesgar', { intent: 'token', ttlSeconds: 7200 }],
    [
      'crea una key para cobranza-mx, pensándolo bien con vencimiento de 60 días',
      { intent: 'create_key', businessUnit: 'cobranza-mx', expiryDays: 60 },
    ],
  ]);
  reads([['rota el key de pagos-mx, mejor no tocar el de cobranza', 'rotate', 'pagos-mx']]);
});

describe('Latin American imperatives of our verbs act on the key or unit named', () => {
  reads([
    ['mata el key de pagos-mx porfa', 'revoke', 'pagos-mx'],
    ['pausá la key de scoring-ar', 'revoke', 'scoring-ar'],
    ['quitá la clave a pagos-ar', 'revoke', 'pagos-ar'],
    ['cámbiame el api key de facturas-mx', 'rotate', 'facturas-mx'],
    ['renuévame la llave de cobranza-mx porfa', 'rotate', 'cobranza-mx'],
    ['rota todos los keys de tesoreria', 'rotate', 'tesoreria'],
    ['desmantelen todo lo de piloto-ia', 'deprovision', 'piloto-ia'],
    ['apaga todo lo de chatbot-v0, ya nadie lo usa', 'deprovision', 'chatbot-v0'],
  ]);
  // look-alikes: a process, a meeting, a shift, the office, an alarm and a door's key
  nothingAsked([
    'mata el proceso de la base de datos',
    'pausa la reunión hasta las 3',
    'cambia el turno de guardia del sábado',
    'apaga todo lo de la oficina antes de salir',
    'desactiva la alarma de la casa',
    'cambia la llave de la puerta del cuarto de servidores',
    'quitale las llaves a Juan, ya no trabaja aca',
  ]);
});

describe('a Spanish unit corrected by "no, el de Y" is Y', () => {
  reads([
    ['rota la key de cobranza, no, la de pagos-mx', 'rotate', 'pagos-mx'],
    ['revoca el key de ventas-mx? no, el de ventas-co', 'revoke', 'ventas-co'],
    ['rota el key de scoring-mx, no espera, el de scoring-ar', 'rotate', 'scoring-ar'],
  ]);
  // look-alikes: a day's key and last time's are no unit; the request is not acted on
  neverActs([
    'revoca el key de pagos? no, el de ayer',
    'crea un key para cobranza, no, el de la otra vez sigue sirviendo',
  ]);
});

describe('a key or the list asked as phones type it in Spanish', () => {
  reads([
    ['no tengo key para cobranza-pe, me lo creas?', 'create_key', 'cobranza-pe'],
    ['hazme un api key pa la bu tesoreria-mx porfa', 'create_key', 'tesoreria-mx'],
    ['listame las unidades porfa', 'list', null],
  ]);
  // look-alikes: a favour, a pizza, the day's tasks, a doubt about the bot
  nothingAsked([
    'hazme un favor, pásame el pdf',
    'hazme una pizza pa la noche',
    'listame las tareas de hoy',
    'me lo creas? no creo que el bot funcione',
  ]);
});
