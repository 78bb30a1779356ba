/**
 * Round forty-nine, fix49j (hunt of look-alikes in Italian, Spanish of Spain, Catalan and Portuguese of Portugal): a
 * request taken back by a clause of its own after it, read with no language detected first. Sentences of our own of
 * the kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { nothingAsked, stillActs } from './acted.js';

describe('a request taken back in Italian, Spanish, Catalan or Portuguese ("bueno no, déjalo", "oblida-ho", "esquece")', () => {
  nothingAsked([
    'revoca la clave de ventas-ia. bueno no, déjalo',
    'token de 2h sisplau... oblida-ho, ja està solucionat',
    'revoga a chave de vendas-ia. afinal não, esquece',
    'dammi un token di 2h — scherzo, non mi serve',
    'dame un token de 2h, es broma, no me hace falta',
    'revoca la clau de vendes-ia. no, deixa-ho, ja ho faig jo',
  ]);
  // look-alikes: the take-back's word inside the request, a correction after it, joking aside
  stillActs([
    'ruota la chiave di crm-ia — lascia stare quella di vendite-ia',
    'token de 2h porfa, déjalo a mi nombre',
    'token 2h per favore — scherzo a parte, serve per la demo',
    'rota la clave de crm-ia y déjalo así',
  ]);
});
