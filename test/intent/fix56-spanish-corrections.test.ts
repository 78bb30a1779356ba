/**
 * Round fifty-six: a Spanish request corrected or taken back in the same message, as English's "no wait, the Y one" and
 * "better leave it as it is" are read. The name meant after "nah", "no perdón", "perdón", "mejor dicho" or "digo" once
 * something was asked ("revoca la key de X? nah, la de Y"), and a take-back of a key with "déjala así" and "por ahora"
 * (romance-take-back.ts). Sentences of our own; the kind was found in round fifty-six's reading of the coffee exporter's
 * file (now tuned-coffee).
 */
import { describe } from 'vitest';
import { neverActs, reads, stillActs } from './acted.js';

describe('the unit meant, named after a Spanish correction mark (surface.ts, iberian-words.ts)', () => {
  reads([
    ['revoca la key de pedidos-web? nah, la de pedidos-app', 'revoke', 'pedidos-app'],
    ['borra la llave de promo-norte? nah, la de promo-sur porfa', 'revoke', 'promo-sur'],
    ['rota la clave de inventario-bcn. perdón, la de inventario-mad', 'rotate', 'inventario-mad'],
    ['rotame la key de reservas-co... perdon, la de reservas-pe', 'rotate', 'reservas-pe'],
    ['crea una key pa menu-qr... no perdon, pa menu-pos', 'create_key', 'menu-pos'],
    ['dame una api key para caja-central... no perdón, para caja-norte', 'create_key', 'caja-norte'],
    ['rota la key de turnos-app. mejor dicho, la de turnos-web', 'rotate', 'turnos-web'],
  ]);
});

describe('look-alikes: "perdón" opening a message, or a door\'s key corrected, change nothing', () => {
  reads([['Perdón, la de ventas-mx sigue activa?', 'details', 'ventas-mx']]);
  neverActs([
    'la llave de la bodega? nah, la del cuarto frío',
    'perdón, la de la cocina la tiene Juan',
    'una llave para el equipo de compras? digo, para la puerta del almacén',
  ]);
  stillActs(['rota la key de turnos-app porfa, perdón la hora']);
});

describe('a key taken back with "déjala así" or "por ahora" (romance-take-back.ts)', () => {
  neverActs([
    'revoca la de nomina-mx? no, mejor déjala así por ahora',
    'rota la llave de bodega-data? no, mejor dejala como esta',
    'bórrale la key a envios-ar... mejor déjala, de momento',
    'rota la key de pagos-cl? no, déjalas así por el momento',
  ]);
  stillActs(['rota la key de pagos-cl, déjala con el mismo owner']);
});
