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
